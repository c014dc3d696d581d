// A disclosure that closes a post's byline line instead of standing in an element of its own ("By Ela on 31 October |
// 18 Comments. This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases."). Hiding
// the line would hide who wrote the post and when; leaving it shows the notice the reader came to skip. Its sentences
// are wrapped in an element of ours (RUN_TAG, the contract's clearfolio- prefix: unwrapping restores the text exactly)
// so that the finder can hide them alone. Pure DOM logic: it runs in Node for the CLI and the tests too.
import { collapse } from '../article/text-length.ts';
import { RUN_TAG, SPLIT_ATTR } from '../dom/contract.ts';
import { disclosureShare } from './evidence.ts';
import { isDisclosureText } from './rules.ts';

/** A byline line is short; a longer block is a paragraph of the post, whose sentences stay whole. */
const LINE_MAX_CHARS = 600;
/** The disclosure's own sentences at most. */
const RUN_MAX_CHARS = 400;
/** Of the run's words, this share at least says the disclosure (an asterisk or a link word may be left over). */
const RUN_DISCLOSURE_SHARE = 0.8;

/** What marks the rest of the line as a byline: the author, the date. */
const BYLINE_MARKS = 'time, [rel~="author" i], [itemprop="author" i], [class*="author" i], [class*="byline" i], [class*="date" i]';

/** Elements a run may hold: inline text styling and links, not the byline's author or date. */
const RUN_INLINE = new Set(['a', 'abbr', 'b', 'em', 'i', 'mark', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

/** Where a run may start inside a text node: after a sentence's end or a byline separator (". ", " | ", " · "). */
const RUN_BREAK = /[.!?…]["'”’)]?\s+|\s+[|·•–—]\s+/g;

/**
 * The disclosure run that closes this byline line, wrapped (an existing wrapper is returned as is), or null when the
 * line holds none: the line's last nodes are plain text and inline elements whose words, from a sentence's start to
 * the end, are all disclosure; the words before them are not, and the author or the date is among them.
 */
export function disclosureRun(line: Element): Element | null {
  const last = lastNode(line);
  if (last?.nodeType === 1 && (last as Element).localName === RUN_TAG) return last as Element;
  const text = collapse(line.textContent ?? '');
  if (!text || text.length > LINE_MAX_CHARS || !line.querySelector(BYLINE_MARKS)) return null;
  if (line.querySelector('div, p, section, article, aside, ul, ol, table, h1, h2, h3, h4, h5, h6, form, figure, header, footer'))
    return null;
  const start = runStart(line);
  if (!start) return null;
  return wrap(line, start.node, start.offset);
}

/** The line's last node that shows something (trailing whitespace aside). */
function lastNode(line: Element): ChildNode | null {
  let n = line.lastChild;
  while (n && n.nodeType === 3 && !(n as Text).data.trim()) n = n.previousSibling;
  return n;
}

/** The earliest start whose tail is a disclosure run, walking back over the line's trailing text and inline nodes. */
function runStart(line: Element): { node: ChildNode; offset: number } | null {
  let best: { node: ChildNode; offset: number } | null = null;
  let tail = '';
  for (let n = line.lastChild; n; n = n.previousSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (!RUN_INLINE.has(el.localName) || el.matches(BYLINE_MARKS) || el.querySelector(BYLINE_MARKS)) break;
    } else if (n.nodeType !== 3) continue;
    const data = n.textContent ?? '';
    // Starts inside this node, latest first (a text node); then the node's own start.
    const offsets =
      n.nodeType === 3
        ? [...data.matchAll(RUN_BREAK)]
            .map((m) => m.index + m[0].length)
            .filter((o) => o < data.length)
            .reverse()
        : [];
    for (const o of [...offsets, 0]) {
      const run = collapse(data.slice(o) + tail);
      if (run.length > RUN_MAX_CHARS) return best;
      if (run && isRun(run) && isHead(n, o)) best = { node: n, offset: o };
    }
    tail = data + tail;
  }
  return best;
}

/** The words are a disclosure, from their first sentence on ("18 Comments. This post may contain ..." is not one). */
function isRun(run: string): boolean {
  if (!isDisclosureText(run) || disclosureShare(run) < RUN_DISCLOSURE_SHARE) return false;
  const end = new RegExp(RUN_BREAK.source).exec(run);
  return !end || disclosureShare(run.slice(0, end.index + end[0].length)) >= RUN_DISCLOSURE_SHARE;
}

/** The words before the start are a byline's: some, not themselves a disclosure, with the author or the date. */
function isHead(node: ChildNode, offset: number): boolean {
  let head = node.nodeType === 3 ? (node as Text).data.slice(0, offset) : '';
  let marked = false;
  for (let n = node.previousSibling; n; n = n.previousSibling) {
    head = (n.textContent ?? '') + head;
    if (n.nodeType === 1 && ((n as Element).matches(BYLINE_MARKS) || (n as Element).querySelector(BYLINE_MARKS))) marked = true;
  }
  const words = collapse(head);
  return marked && /\p{L}/u.test(words) && !isDisclosureText(words);
}

/** Wraps the line's nodes from `node` (split at `offset`) to its end in one RUN_TAG element. */
function wrap(line: Element, node: ChildNode, offset: number): Element {
  const doc = line.ownerDocument;
  let first: ChildNode = node;
  let split = false;
  if (node.nodeType === 3 && offset > 0) {
    first = (node as Text).splitText(offset);
    split = true;
  }
  const run = doc.createElement(RUN_TAG);
  if (split) run.setAttribute(SPLIT_ATTR, 'b');
  line.insertBefore(run, first);
  for (let n: ChildNode | null = first; n;) {
    const next: ChildNode | null = n.nextSibling;
    run.appendChild(n);
    n = next;
  }
  return run;
}
