// Wraps each highlighted mention's exact text in a <clearfolio-ticker>, by splitting text nodes (never
// innerHTML), and undoes it exactly. A wrapper remembers which of its edges we split
// (data-clearfolio-split: "b" before, "a" after), so unwrapping re-joins only those and the page's own
// text nodes come back as they were, the original node object included.
//
// The page's own text node never moves: it keeps the text before the first mention (possibly none), and
// everything after it is new nodes we own ("pieces"). Frameworks (React, Preact, Vue) keep a reference to the
// text node they rendered and later rewrite its data or remove it; `dropPieces` lets the content script
// discard our stale pieces when that happens, so the page shows exactly what the framework rendered.
import { tickerAttribute, type TickerMention } from '../types.ts';
import { SPLIT_ATTR, TICKER_ATTR, TICKER_TAG, VERIFIED_ATTR } from './contract.ts';

export interface WrapOptions {
  /** The accessible name of a wrapper; English by default (core code has no access to the locale). */
  label?: (m: TickerMention) => string;
}

export function defaultLabel({ candidate: c, company }: TickerMention): string {
  const listing = `${c.exchange ?? company?.exchange ?? ''}${c.exchange || company ? ': ' : ''}${c.symbol}`;
  return company ? `${company.name}, ${listing} - show company card` : `${listing}, not in Clearfolio's data - show company card`;
}

/** Wraps every mention whose text is still where the scan saw it; returns the wrappers in mention order. */
export function wrapMentions(doc: Document, mentions: readonly TickerMention[], opts: WrapOptions = {}): HTMLElement[] {
  const label = opts.label ?? defaultLabel;
  const byNode = new Map<Text, TickerMention[]>();
  for (const m of mentions) {
    const list = byNode.get(m.candidate.node);
    if (list) list.push(m);
    else byNode.set(m.candidate.node, [m]);
  }
  const wrappers = new Map<TickerMention, HTMLElement>();
  for (const [node, list] of byNode) {
    const pieces: Node[] = [];
    // From the end: splitting keeps `node` as the head, so earlier offsets stay valid.
    const sorted = [...list].sort((a, b) => b.candidate.start - a.candidate.start);
    let limit = node.data.length;
    for (const m of sorted) {
      const { start, end, text } = m.candidate;
      const parent = node.parentNode;
      if (!parent || end > limit || node.data.slice(start, end) !== text) continue;
      if (parent.nodeType === 1 && (parent as Element).closest(TICKER_TAG)) continue;
      if (end < node.data.length) pieces.unshift(node.splitText(end));
      const middle = node.splitText(start);
      const w = doc.createElement(TICKER_TAG);
      w.setAttribute(TICKER_ATTR, tickerAttribute(m.candidate.symbol, m.candidate.exchange));
      w.setAttribute('tabindex', '0');
      w.setAttribute('role', 'button');
      w.setAttribute('aria-label', label(m));
      if (!m.company) w.setAttribute(VERIFIED_ATTR, 'false');
      w.setAttribute(SPLIT_ATTR, end < limit ? 'ba' : 'b');
      parent.insertBefore(w, middle);
      w.appendChild(middle);
      pieces.unshift(w);
      wrappers.set(m, w);
      mentionOf.set(w, m);
      limit = start;
    }
    if (pieces.length) piecesOf.set(node, [...(piecesOf.get(node) ?? []), ...pieces]);
  }
  return mentions.flatMap((m) => {
    const w = wrappers.get(m);
    return w ? [w] : [];
  });
}

const piecesOf = new WeakMap<Text, Node[]>();
const mentionOf = new WeakMap<Element, TickerMention>();

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

/** Removes every wrapper under root (root included), re-joining exactly the text nodes wrapping split. */
export function unwrapAll(root: Element): void {
  const all = [...root.querySelectorAll(TICKER_TAG)];
  if (root.localName === TICKER_TAG) all.unshift(root);
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
