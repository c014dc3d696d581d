// Wraps each highlighted mention's exact text in a <clearfolio-ticker>, by splitting text nodes (never
// innerHTML), and undoes it exactly. A wrapper remembers which of its edges we split
// (data-clearfolio-split: "b" before, "a" after), so unwrapping re-joins only those and the page's own
// text nodes come back as they were, the original node object included.
//
// The page's own text node never moves: it keeps the text before the first mention (possibly none), and
// everything after it is new nodes we own ("pieces"). Frameworks (React, Preact, Vue) keep a reference to the
// text node they rendered and later rewrite its data or remove it; `dropPieces` lets the content script
// discard our stale pieces when that happens, so the page shows exactly what the framework rendered.
import { tickerAttribute, type TextRun, type TickerMention } from '../types.ts';
import { runThrough, type Walk } from '../time-budget.ts';
import { RUN_TAG, SPLIT_ATTR, TICKER_ATTR, TICKER_TAG, VERIFIED_ATTR } from './contract.ts';

export interface WrapOptions {
  /** The accessible name of a wrapper; English by default (core code has no access to the locale). */
  label?: (m: TickerMention) => string;
}

export function defaultLabel({ candidate: c, company }: TickerMention): string {
  const listing = `${c.exchange ?? company?.exchange ?? ''}${c.exchange || company ? ': ' : ''}${c.symbol}`;
  return company ? `${company.name}, ${listing} - show company card` : `${listing}, not in Clearfolio's data - show company card`;
}

/** Wrappers one text node gets at most: a node with more ticker-like runs is a data dump or an attack, not prose. */
export const MAX_WRAPS_PER_NODE = 100;
/** Mentions one pass wraps at most; the rest of a page that has more stays plain text. */
export const MAX_WRAPS_PER_PASS = 2000;
/** Text nodes rebuilt between two looks at the clock. */
const NODES_PER_CHECK = 32;

/** One run of a mention's text in one node, with the text it must still hold. */
interface Run extends TextRun {
  mention: TickerMention;
  /** The first run of its mention: the focusable wrapper that stands for the mention. */
  primary: boolean;
  expect: string;
}

function runsOf(m: TickerMention): Run[] {
  const c = m.candidate;
  const runs: Run[] = [];
  let at = 0;
  for (const r of [{ node: c.node, start: c.start, end: c.end }, ...(c.parts ?? [])]) {
    const len = r.end - r.start;
    runs.push({ ...r, mention: m, primary: !runs.length, expect: c.text.slice(at, at + len) });
    at += len;
  }
  return runs;
}

/**
 * The runs of one node that can be wrapped, in text order: each node's text is read once, runs sorted and
 * swept once for overlaps (an overlapping run, or one whose text changed, is refused with its whole mention).
 */
function checkNode(node: Text, runs: Run[], refused: Set<TickerMention>): Run[] {
  const parent = node.parentNode;
  if (!parent || (parent.nodeType === 1 && (parent as Element).closest(TICKER_TAG))) {
    for (const r of runs) refused.add(r.mention);
    return [];
  }
  const data = node.data;
  runs.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Run[] = [];
  let reach = 0;
  for (const r of runs) {
    if (r.start < reach || r.end > data.length || kept.length >= MAX_WRAPS_PER_NODE || data.slice(r.start, r.end) !== r.expect) {
      refused.add(r.mention);
      continue;
    }
    kept.push(r);
    reach = r.end;
  }
  return kept;
}

/** Wraps every mention whose text is still where the scan saw it; returns the wrappers in mention order. */
export function wrapMentions(doc: Document, mentions: readonly TickerMention[], opts: WrapOptions = {}): HTMLElement[] {
  return runThrough(wrapWalk(doc, mentions, opts));
}

/** One text node's wrappers and text pieces, built off the page: what the walk's last step puts in after the node's head. */
interface Built {
  node: Text;
  /** The node's text the pieces were cut from. */
  data: string;
  runs: Run[];
  frag: DocumentFragment;
  pieces: Node[];
  /** The focusable wrapper of each mention whose first run is here, and the further pieces of mentions. */
  primaries: [TickerMention, HTMLElement][];
  seconds: [HTMLElement, TickerMention][];
}

function build(doc: Document, node: Text, runs: Run[], label: (m: TickerMention) => string): Built {
  const data = node.data;
  const frag = doc.createDocumentFragment();
  const out: Built = { node, data, runs, frag, pieces: [], primaries: [], seconds: [] };
  runs.forEach((r, k) => {
    const next = k + 1 < runs.length ? runs[k + 1]!.start : data.length;
    const w = doc.createElement(TICKER_TAG);
    const c = r.mention.candidate;
    w.setAttribute(TICKER_ATTR, tickerAttribute(c.symbol, c.exchange));
    if (r.primary) {
      w.setAttribute('tabindex', '0');
      w.setAttribute('role', 'button');
      w.setAttribute('aria-label', label(r.mention));
      out.primaries.push([r.mention, w]);
    } else {
      // A further piece of a mention across elements: clickable, but one tab stop and one name per mention.
      w.setAttribute('tabindex', '-1');
      out.seconds.push([w, r.mention]);
    }
    if (!r.mention.company) w.setAttribute(VERIFIED_ATTR, 'false');
    w.setAttribute(SPLIT_ATTR, r.end < next ? 'ba' : 'b');
    w.appendChild(doc.createTextNode(data.slice(r.start, r.end)));
    frag.appendChild(w);
    out.pieces.push(w);
    if (r.end < next) out.pieces.push(frag.appendChild(doc.createTextNode(data.slice(r.end, next))));
  });
  return out;
}

const sameRuns = (a: readonly Run[], b: readonly Run[]) => a.length === b.length && a.every((r, i) => r === b[i]);

/**
 * `wrapMentions` as a walk that pauses between text nodes, for a caller that wraps in time slices. Linear in
 * the text and the mentions: a text node is read once to check, once more only when the page ran in a pause,
 * and rebuilt in one step (its head stays, everything after it becomes new nodes in one fragment).
 *
 * The wrappers are built off the page in slices and put in all in the last step: every change to the page
 * makes the browser lay out again the block it is in, as long as that block's first layout took (over a
 * second for a div of 100,000 links), so changes spread over slices would pay that once per frame between them.
 */
export function* wrapWalk(doc: Document, mentions: readonly TickerMention[], opts: WrapOptions = {}): Walk<HTMLElement[]> {
  const label = opts.label ?? defaultLabel;
  const byNode = new Map<Text, Run[]>();
  for (const m of mentions.slice(0, MAX_WRAPS_PER_PASS)) {
    for (const r of runsOf(m)) {
      const list = byNode.get(r.node);
      if (list) list.push(r);
      else byNode.set(r.node, [r]);
    }
  }
  const refused = new Set<TickerMention>();
  const checked = [...byNode].map(([node, runs]) => [node, checkNode(node, runs, refused)] as const);
  let built: Built[] = [];
  let ran = false;
  let done = 0;
  for (const [node, all] of checked) {
    if (++done % NODES_PER_CHECK === 0) ran = (yield) || ran;
    const runs = all.filter((r) => !refused.has(r.mention));
    if (runs.length) built.push(build(doc, node, runs, label));
  }
  if (ran) {
    // The page ran while the wrappers were built: each node is checked again as it is now, and built again
    // when its text or the runs it still holds changed.
    const again = new Set<TickerMention>();
    const kept = built.map((b) => [b, checkNode(b.node, [...b.runs], again)] as const);
    built = kept.flatMap(([b, runs]) => {
      const left = runs.filter((r) => !again.has(r.mention));
      if (!left.length) return [];
      return [sameRuns(left, b.runs) && b.node.data === b.data ? b : build(doc, b.node, left, label)];
    });
  }
  const wrappers = new Map<TickerMention, HTMLElement>();
  const seconds: [HTMLElement, TickerMention][] = [];
  for (const b of built) {
    const { node, runs } = b;
    for (const [m, w] of b.primaries) {
      wrappers.set(m, w);
      mentionOf.set(w, m);
    }
    for (const [w, m] of b.seconds) {
      seconds.push([w, m]);
      mentionOf.set(w, m);
    }
    node.parentNode!.insertBefore(b.frag, node.nextSibling);
    node.data = b.data.slice(0, runs[0]!.start);
    piecesOf.set(node, [...b.pieces, ...(piecesOf.get(node) ?? [])]);
  }
  for (const [w, m] of seconds) {
    const first = wrappers.get(m);
    if (first) primaryOf.set(w, first);
  }
  return mentions.flatMap((m) => {
    const w = wrappers.get(m);
    return w ? [w] : [];
  });
}

const piecesOf = new WeakMap<Text, Node[]>();
const mentionOf = new WeakMap<Element, TickerMention>();
const primaryOf = new WeakMap<Element, Element>();

/** The wrapper that stands for the mention `wrapper` is a piece of (itself, unless the mention crosses elements). */
export function primaryWrapper(wrapper: Element): Element {
  return primaryOf.get(wrapper) ?? wrapper;
}

/**
 * The mention a wrapper was made for. The list wrapMentions returns leaves out mentions whose text had changed,
 * so a caller pairing it with its mention list by position could give a ticker another one's card.
 */
export function wrappedMention(wrapper: Element): TickerMention | null {
  return mentionOf.get(wrapper) ?? null;
}

/** True when `node` is a page text node that wrapping split (so later pieces of its text are ours). */
export function hasPieces(node: Node): boolean {
  return node.nodeType === 3 && piecesOf.has(node as Text);
}

/**
 * The page rewrote or removed a text node we split: remove the wrappers and text pieces we made from it
 * (their text is stale now). Returns the parent to scan again, if the node is still in the page.
 */
export function dropPieces(node: Text): Element | null {
  const pieces = piecesOf.get(node);
  if (!pieces) return null;
  piecesOf.delete(node);
  for (const p of pieces) p.parentNode?.removeChild(p);
  return node.isConnected ? node.parentElement : null;
}

/**
 * Removes every wrapper under root (root included), re-joining exactly the text nodes wrapping split: the tickers'
 * and the disclosure runs' (clutter/disclosure-run.ts).
 */
export function unwrapAll(root: Element): void {
  const all = [...root.querySelectorAll(`${TICKER_TAG}, ${RUN_TAG}`)];
  if (root.localName === TICKER_TAG || root.localName === RUN_TAG) all.unshift(root);
  for (const w of all) {
    const parent = w.parentNode;
    if (!parent) continue;
    const split = w.getAttribute(SPLIT_ATTR) ?? '';
    const first = w.firstChild;
    const last = w.lastChild;
    while (w.firstChild) parent.insertBefore(w.firstChild, w);
    parent.removeChild(w);
    if (split.includes('a') && last?.nodeType === 3) joinNext(last as Text);
    if (split.includes('b') && first?.nodeType === 3) {
      const prev = first.previousSibling;
      if (prev?.nodeType === 3) joinNext(prev as Text);
    }
  }
}

function joinNext(node: Text): void {
  const next = node.nextSibling;
  if (next?.nodeType !== 3) return;
  node.appendData((next as Text).data);
  next.parentNode!.removeChild(next);
}
