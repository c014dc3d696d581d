// One TreeWalker pass over the article roots: text nodes are grouped into blocks (a paragraph's text across
// its links and spans), each block's text is matched once as a whole string, and matches are mapped back to
// the text nodes they lie in: a match the reader sees across inline elements ("NASDAQ: <a>NVDA</a>") becomes
// one run per node, each wrapped where it is, so no link is ever split. Skip zones (editors, code, scripts, SVG, our own UI, hidden clutter) are never entered.
// Bare symbols are looked for in a second pass over the kept block texts, once every marked symbol is known.
import type { TickerCandidate } from '../types.ts';
import {
  bareSteps,
  dropOverlaps,
  markedSteps,
  hrefSymbols,
  linkSymbol,
  outsideSpans,
  mayHoldMarked,
  mayHoldSpans,
  standaloneSymbol,
  type GrammarMatch,
} from './grammar.ts';
import { SUFFIX_EXCHANGE } from '../exchange-codes.ts';
import { HIDDEN_ATTR, TAG_PREFIX, TICKER_TAG } from '../dom/contract.ts';
import { FORM_CONTROL_TAGS, UNTOUCHED_TAGS, isEditable } from '../dom/untouched.ts';
import { CHECK_EVERY, SLICE_MS, runInSlices, runThrough, walkDepthFirst, type Walk } from '../time-budget.ts';
import { BLOCK_TAGS } from '../dom/blocks.ts';

export interface ScanOptions {
  /** Symbols the page already marked outside these roots (late content: the rest of the article). */
  marked?: Iterable<string>;
  /**
   * Read only the blocks of a root that its text says may hold something (default true); false reads every
   * node, for tests that the result does not depend on it.
   */
  focus?: boolean;
}

const TICKER_HEADER = /^(?:ticker|symbol|code|ticker symbol|stock symbol|stock code)$/i;

/** True for an element whose subtree the scan must never read or change. */
export function isSkipZone(el: Element): boolean {
  const tag = el.localName;
  if (UNTOUCHED_TAGS.has(tag) || FORM_CONTROL_TAGS.has(tag) || tag.startsWith(TAG_PREFIX)) return true;
  if (el.hasAttribute(HIDDEN_ATTR) || el.hasAttribute('hidden')) return true;
  return isEditable(el);
}

function insideSkipZone(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipZone(e)) return true;
  return false;
}

/**
 * One block element as one walk read it: how many candidate mentions it holds, marked (counted as the walk
 * finishes its pieces) and bare (counted by each look of `candidates`). A block of more than
 * MAX_BLOCK_MENTIONS is a symbol dump (see there): it gives no candidates, and the walk stops reading it.
 */
interface Owner {
  marked: number;
  bare: number;
}

/**
 * Candidate mentions one block (a paragraph, list item, cell, div: the nearest block element, as the scan
 * groups text) holds at most. More is a symbol dump (a ticker list, a data table flattened into one div, an
 * attack), not prose a reader reads: none of its mentions is highlighted, so the page is not changed inside it
 * and the browser does not lay the whole block out again (a div of 100,000 links took about a second each time).
 * Real pages hold at most 12 in one block (bench/block-mentions.ts over the fixtures, real-news, real-tickers,
 * real-clutter and Readability pages, whole pages, 196 pages): the cap is over 15 times that.
 */
export const MAX_BLOCK_MENTIONS = 200;

const isDump = (o: Owner) => o.marked + o.bare > MAX_BLOCK_MENTIONS;

/** What a text node's parent tells the scan: its block, and the quote link it sits in, if any. */
interface Context {
  block: Element;
  owner: Owner;
  /** The nearest enclosing quote link (href or data-symbol) and the symbols its markup names. */
  link: QuoteLink | null;
}

interface QuoteLink {
  el: Element;
  symbols: readonly string[];
}

/** Addresses whose symbols one scan remembers: pages repeat a few quote links many times. */
const MAX_HREFS = 1024;

/** `hrefs` keeps what each address named (read-only lists), so a link repeated ten thousand times is parsed once. */
function quoteLinkSymbols(el: Element, hrefs: Map<string, readonly string[]>): readonly string[] {
  const data = el.getAttribute('data-symbol');
  if (data) return [data.trim().toUpperCase()];
  if (el.localName !== 'a') return [];
  const href = el.getAttribute('href');
  if (!href) return [];
  let symbols = hrefs.get(href);
  if (!symbols) {
    symbols = hrefSymbols(href);
    if (hrefs.size < MAX_HREFS) hrefs.set(href, symbols);
  }
  return symbols;
}

interface Block {
  /** The block element's count, shared by every piece of it (a block of thousands of nodes is read in pieces). */
  owner: Owner;
  nodes: Text[];
  /** Offset of each node's text in `text`, and its length (read once, as the walk met it). */
  starts: number[];
  lengths: number[];
  text: string;
  cell: boolean;
  matches: GrammarMatch[];
  /**
   * Spans of text already inside our wrappers (a paragraph scanned again). Their text stays in `text` so the
   * grammar sees the same neighbours as on the first pass, and no match may touch them: "TYO:6758$MSFT" must
   * not yield "$MSFT" on a rescan just because "6758" is hidden from it.
   */
  held: [number, number][];
}

/** The matches (in text order) that do not touch text already inside our wrappers. */
const awayFromHeld = <T extends GrammarMatch>(block: Block, matches: T[]) =>
  block.held.length ? outsideSpans(matches, block.held, true) : matches;

/** Text nodes in one block at most; more are read as further blocks. */
const MAX_BLOCK_NODES = 512;
/**
 * Characters of one block the grammar reads: far more than any paragraph, and the bound on what one block's
 * matching costs (a page's single text node of megabytes is a data dump or an attack, not prose).
 */
export const MAX_BLOCK_CHARS = 32_768;

/** A mention crosses this many text nodes at most ("NASDAQ: " + <a>NVDA</a> is two). */
const MAX_RUNS = 4;
/** Candidates one scan yields at most: more is a data dump or an attack, and each costs a lookup and a wrapper. */
export const MAX_CANDIDATES = 5000;

function firstRow(table: Element): Element | null {
  for (const child of table.children) {
    if (child.localName === 'tr') return child;
    if (child.localName === 'thead' || child.localName === 'tbody') {
      for (const row of child.children) if (row.localName === 'tr') return row;
    }
  }
  return null;
}

const cellsOf = (row: Element) => [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th');

/**
 * Indexes of a table's columns headed Ticker / Symbol / Code. The header row is the first row of <thead>, or
 * a first row of <th> cells. Walks children rather than using HTMLTableElement.rows, which not every DOM has,
 * and runs only for tables the scan meets a cell of.
 */
function tickerColumns(table: Element): number[] {
  const head = firstRow(table);
  if (!head) return [];
  const inThead = head.parentElement?.localName === 'thead';
  const cols: number[] = [];
  cellsOf(head).forEach((c, i) => {
    if ((inThead || c.localName === 'th') && TICKER_HEADER.test((c.textContent ?? '').trim())) cols.push(i);
  });
  return cols;
}

/** True when a block is (or sits directly in) a body cell of a Ticker column. */
function inTickerColumn(block: Element, columns: Map<Element, number[]>): boolean {
  const cell = block.localName === 'td' || block.localName === 'th' ? block : block.parentElement;
  const row = cell?.parentElement;
  if (!cell || !row || row.localName !== 'tr' || (cell.localName !== 'td' && cell.localName !== 'th')) return false;
  const table = row.parentElement?.localName === 'table' ? row.parentElement : row.parentElement?.parentElement;
  if (!table || table.localName !== 'table') return false;
  let cols = columns.get(table);
  if (!cols) columns.set(table, (cols = tickerColumns(table)));
  return cols.length > 0 && row !== firstRow(table) && cols.includes(cellsOf(row).indexOf(cell));
}

// Elements quoteLinkSymbols can read a symbol from: a superset of the addresses hrefSymbols reads, in the
// spellings pages use (selectors match href values case-sensitively).
const QUOTE_LINKS = ['data-symbol', 'quote', 'stock', 'symbol', 'ticker', 'compan', 'market', 'equit', 'sym=', 'Quote', 'Stock', 'Symbol']
  .map((w) => (w === 'data-symbol' ? '[data-symbol]' : `a[href*="${w}"]`))
  .join(', ');

/**
 * Whether the walk of `root` can find anything, asked with native calls only (one textContent, two selector
 * queries) so that the many articles without a single ticker skip the per-node walk. Says yes on any doubt.
 */
export function mayHoldTickers(root: Element, marked: ReadonlySet<string>): boolean {
  return mayHoldTickersIn(root, root.textContent ?? '', marked);
}

/** Nodes in document order, without any that lies inside another (a root inside a root is scanned once). */
function outermost(roots: readonly Element[]): Element[] {
  const unique = [...new Set(roots)].filter((r) => !roots.some((o) => o !== r && o.contains(r)));
  return unique.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

function nodeAt(block: Block, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function toCandidate(block: Block, m: GrammarMatch): TickerCandidate | null {
  const i = nodeAt(block, m.start);
  const node = block.nodes[i]!;
  // The page may have dropped the text while the walk was paused.
  if (!node.isConnected) return null;
  const start = m.start - block.starts[i]!;
  const end = Math.min(m.end - block.starts[i]!, block.lengths[i]!);
  const c: TickerCandidate = {
    node,
    start,
    end,
    text: block.text.slice(m.start, m.end),
    symbol: m.symbol,
    exchange: m.exchange,
    form: m.form,
  };
  // A mention the reader sees across inline elements ("NASDAQ: " + <a>NVDA</a>): one run of text per node.
  for (let j = i + 1, at = block.starts[i]! + end; at < m.end; j++) {
    if (j >= block.nodes.length || j - i >= MAX_RUNS || block.starts[j] !== at || !block.nodes[j]!.isConnected) return null;
    const run = { node: block.nodes[j]!, start: 0, end: Math.min(block.lengths[j]!, m.end - at) };
    (c.parts ??= []).push(run);
    at += run.end;
  }
  if (m.nameBefore !== undefined) c.nameBefore = m.nameBefore;
  return c;
}

/**
 * A link or cell whose whole text is one symbol, as a match on that text node's span. For a link, the text
 * must be a symbol its markup names; /quote/BP.L behind the text "BP" also says which listing.
 */
function wholeTextMatch(block: Block, i: number, form: 'quote-link' | 'table-cell', named: readonly string[] | null): GrammarMatch | null {
  const data = block.nodes[i]!.data;
  if (block.starts[i]! + data.length > block.text.length) return null;
  const trimmed = data.trim();
  const lead = data.indexOf(trimmed);
  const read = named ? linkSymbol(trimmed) : { symbol: standaloneSymbol(trimmed), start: 0, end: trimmed.length };
  const symbol = read?.symbol;
  if (!read || !symbol) return null;
  let exchange: string | null = null;
  if (named && !named.includes(symbol)) {
    const suffixed = named.find((n) => n.startsWith(symbol) && SUFFIX_EXCHANGE[n.slice(symbol.length)]);
    if (!suffixed) return null;
    exchange = SUFFIX_EXCHANGE[suffixed.slice(symbol.length)]!;
  }
  const start = block.starts[i]! + lead + read.start;
  return { start, end: start + read.end - read.start, symbol, exchange, form };
}

/**
 * Candidate mentions under the roots, in document order: every marked form, and bare mentions of every symbol
 * written in a marked form (or given in `opts.marked`).
 */
export function findCandidates(roots: readonly Element[], opts: ScanOptions = {}): TickerCandidate[] {
  return runThrough(everyCandidate(new CandidateScan(roots, opts)));
}

/**
 * `findCandidates` in slices of work that give the page's main thread back in between (`yieldToBrowser`);
 * same result when the page does not change meanwhile, and text the page removed meanwhile is left out.
 */
export function findCandidatesInSlices(
  roots: readonly Element[],
  yieldToBrowser: () => Promise<void>,
  opts: ScanOptions = {},
  sliceMs = SLICE_MS,
): Promise<TickerCandidate[]> {
  return runInSlices(everyCandidate(new CandidateScan(roots, opts)), yieldToBrowser, sliceMs);
}

function* everyCandidate(scan: CandidateScan): Walk<TickerCandidate[]> {
  yield* scan.readMarked();
  // readMarked has read every block that holds a marked form, so the blocks read for bare mentions mark no
  // symbol more: one look is enough (scan-prune.test.ts checks it against a walk of every node).
  yield* scan.seekBare(scan.marked);
  return yield* scan.candidates();
}

/**
 * A scan of the roots in looks a caller can put other work between: `readMarked` reads every block that
 * holds a marked form (and bare mentions of `opts.marked`); `seekBare` reads the blocks where more symbols
 * appear, for their bare mentions. Bare "AAPL" counts only where the page's own "(NASDAQ: AAPL)" proved to
 * be a company, so a caller that asks the dataset in between seeks only those: the acronyms an article puts
 * in brackets, "(GDP)", "(PDF)", send no scan through every paragraph that repeats them.
 */
export class CandidateScan {
  /** Symbols written in a marked form in the blocks read so far, and those `opts.marked` gave. */
  readonly marked: Set<string>;
  /** Symbols whose bare mentions were sought. */
  private readonly sought = new Set<string>();
  private readonly columns = new Map<Element, number[]>();
  private readonly hrefs = new Map<string, readonly string[]>();
  /** Each block element's count of candidates, and the count of the block each candidate given out came from. */
  private readonly blockOwners = new Map<Element, Owner>();
  private readonly owners = new WeakMap<TickerCandidate, Owner>();
  /** Each part of the page read so far (a root, or a block of one) and the blocks of text it gave. */
  private readonly read = new Map<Element, Block[]>();
  /** Roots read in parts, with their text, for `seekBare`; a root read whole has every block already. */
  private readonly focused: { root: Element; text: string }[] = [];

  constructor(
    private readonly roots: readonly Element[],
    private readonly opts: ScanOptions = {},
  ) {
    this.marked = new Set(opts.marked ?? []);
  }

  *readMarked(): Walk<void> {
    const given = [...this.marked];
    for (const root of outermost(this.roots)) {
      if (insideSkipZone(root)) continue;
      const text = root.textContent ?? '';
      if (!mayHoldTickersIn(root, text, this.marked)) continue;
      const units = this.opts.focus === false ? null : yield* unitsToRead(root, text, mayHoldSpans(text, MAX_UNITS), true);
      if (!root.isConnected) continue;
      if (units) this.focused.push({ root, text });
      yield* this.readUnits(units ?? [root]);
    }
    yield* this.seekBare(given);
  }

  /** Reads the blocks where `symbols` appear, for their bare mentions; each symbol is sought once. */
  *seekBare(symbols: Iterable<string>): Walk<void> {
    const fresh = [...symbols].filter((s) => !this.sought.has(s));
    for (const s of fresh) this.sought.add(s);
    if (!fresh.length) return;
    for (const { root, text } of this.focused) {
      const spans: [number, number][] = [];
      // More than MAX_UNITS places and the root is read whole (unitsToRead): counting further is no use.
      for (const symbol of fresh)
        for (let i = text.indexOf(symbol); i >= 0 && spans.length <= MAX_UNITS; i = text.indexOf(symbol, i + 1))
          spans.push([i, i + symbol.length]);
      if (!spans.length) continue;
      const units = yield* unitsToRead(root, text, spans, false);
      if (root.isConnected) yield* this.readUnits(units ?? [root]);
    }
  }

  /**
   * The marked forms of the blocks read, and bare mentions of the symbols sought, in document order; with
   * `bareOf` (symbols sought already), only the bare mentions of those.
   */
  *candidates(bareOf?: ReadonlySet<string>): Walk<TickerCandidate[]> {
    const units = [...this.read.keys()].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    const blocks = units.flatMap((u) => this.read.get(u)!);
    const symbols = bareOf ?? this.sought;
    // First every block's matches (a block read in pieces is a dump or not by all of them), then the candidates.
    const found: [Block, GrammarMatch[]][] = [];
    for (const b of blocks) {
      // A block holds up to MAX_BLOCK_NODES nodes or MAX_BLOCK_CHARS of text: a checkpoint after each, and
      // inside a long one (bareSteps), keeps a page of thousands of blocks or one huge one from running long.
      yield;
      if (isDump(b.owner)) continue;
      const bare = symbols.size ? awayFromHeld(b, yield* bareSteps(b.text, symbols, b.matches)) : [];
      b.owner.bare += bare.length;
      const all = bareOf ? bare : bare.length ? [...b.matches, ...bare].sort((x, y) => x.start - y.start) : b.matches;
      if (all.length) found.push([b, all]);
    }
    const out: TickerCandidate[] = [];
    for (const [b, all] of found) {
      if (isDump(b.owner)) continue;
      for (const m of all) {
        const c = toCandidate(b, m);
        if (c) {
          out.push(c);
          this.owners.set(c, b.owner);
        }
        if (out.length >= MAX_CANDIDATES) return out;
      }
    }
    return out;
  }

  /**
   * `list` without the candidates of blocks that a later look (more bare mentions) made a symbol dump: what
   * a caller that merges the looks keeps.
   */
  withoutDumps(list: readonly TickerCandidate[]): TickerCandidate[] {
    return list.filter((c) => {
      const owner = this.owners.get(c);
      return !owner || !isDump(owner);
    });
  }

  /** Reads the parts not read yet, leaving out any inside another; a part holding one read before replaces it. */
  private *readUnits(units: readonly Element[]): Walk<void> {
    const fresh = new Set(units.filter((u) => u.isConnected && !within(u, this.read, true)));
    if (!fresh.size) return;
    for (const u of fresh) if (within(u, fresh, false)) fresh.delete(u);
    for (const r of [...this.read.keys()]) if (within(r, fresh, false)) this.read.delete(r);
    for (const unit of fresh) {
      const blocks: Block[] = [];
      yield* walkRoot(unit, blocks, this.columns, this.hrefs, this.blockOwners);
      if (!unit.isConnected) continue;
      this.read.set(unit, blocks);
      // A symbol dump proves no symbol: its mentions are not mentions.
      for (const b of blocks) if (!isDump(b.owner)) for (const m of b.matches) this.marked.add(m.symbol);
    }
  }
}

/** Whether `el` (with `self`) or an ancestor of it is in `set`. */
function within(el: Element, set: { has(e: Element): boolean }, self: boolean): boolean {
  for (let a: Element | null = self ? el : el.parentElement; a; a = a.parentElement) if (set.has(a)) return true;
  return false;
}

/** Parts of a root read one by one at most; more, and the root is read whole. */
const MAX_UNITS = 200;

/**
 * The parts of `root` a scan must read to find what a walk of all of it finds: the block (nearest block
 * element, or the root) of every text node that `spans` of the root's textContent touch, and, on the first
 * look (`links`), the blocks of quote links and the tables with a Ticker column. A text node inside a skip
 * zone counts for nothing, as the walk never reads it. Null: read the whole root (a root inside a table, whose
 * header may lie outside it, or a page that changed while this paused).
 */
function* unitsToRead(root: Element, text: string, spans: [number, number][], links: boolean): Walk<Element[] | null> {
  if (root.closest('table')) return null;
  // So many places to look at that reading them one by one would cost more than a walk of the root.
  if (spans.length > MAX_UNITS) return null;
  const units = new Set<Element>();
  // What each element climbed from says: its unit (nearest block or the root), or null inside a skip zone.
  // Kept, so that ten thousand links in one block climb past their block once, not ten thousand times.
  const unitOf = new Map<Element, Element | null>();
  const add = (from: Element) => {
    const path: Element[] = [];
    let above: Element | null | undefined;
    for (let a: Element | null = from; a; a = a === root ? null : a.parentElement) {
      above = unitOf.get(a);
      if (above !== undefined) break;
      path.push(a);
    }
    // From the top down: a skip zone anywhere above makes everything below it count for nothing.
    let unit: Element | null = above === undefined ? null : above;
    let skipped = above === null;
    for (let i = path.length - 1; i >= 0; i--) {
      const a = path[i]!;
      if (!skipped && isSkipZone(a)) skipped = true;
      if (!skipped && (a === root || BLOCK_TAGS.has(a.localName))) unit = a;
      unitOf.set(a, skipped ? null : unit);
    }
    const found = unitOf.get(from);
    if (found) units.add(found);
  };
  if (links) {
    if (root.matches(QUOTE_LINKS)) return null;
    let count = 0;
    for (const link of root.querySelectorAll(QUOTE_LINKS)) {
      // The list is static: when the page ran meanwhile, read the whole root rather than trust it.
      if (++count % CHECK_EVERY === 0 && (yield)) return null;
      add(link);
    }
    for (const head of root.querySelectorAll('th, thead td')) {
      const table = head.closest('table');
      if (table && root.contains(table) && TICKER_HEADER.test((head.textContent ?? '').trim())) add(table);
    }
  }
  if (spans.length) {
    spans.sort((a, b) => a[0] - b[0]);
    const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    let si = 0;
    let pos = 0;
    let count = 0;
    for (let n = walker.nextNode() as Text | null; n && si < spans.length; n = walker.nextNode() as Text | null) {
      // Offsets hold only while the page stands still.
      if (++count % CHECK_EVERY === 0 && (yield)) return null;
      const end = pos + n.data.length;
      if (si < spans.length && spans[si]![0] < end && end > pos) add(n.parentElement ?? root);
      pos = end;
      // Past the last span, the walk stops without reading another node.
      while (si < spans.length && spans[si]![1] <= pos) si++;
    }
    if (pos > text.length) return null;
  }
  return units.size > MAX_UNITS ? null : [...units];
}

/** mayHoldTickers with the root's text already read. */
function mayHoldTickersIn(root: Element, text: string, marked: ReadonlySet<string>): boolean {
  if (mayHoldMarked(text)) return true;
  for (const symbol of marked) if (text.includes(symbol)) return true;
  if (root.matches(QUOTE_LINKS) || root.querySelector(QUOTE_LINKS)) return true;
  // A root inside a table may be a body cell whose Ticker header lies outside it.
  if (root.closest('table')) return true;
  for (const head of root.querySelectorAll('th, thead td')) if (TICKER_HEADER.test((head.textContent ?? '').trim())) return true;
  return false;
}

/** Reads the blocks under `root` into `blocks`, in document order. */
function* walkRoot(
  root: Element,
  blocks: Block[],
  columns: Map<Element, number[]>,
  hrefs: Map<string, readonly string[]>,
  owners: Map<Element, Owner>,
): Walk<void> {
  const contexts = new Map<Element, Context>();
  // One count per block element for the whole scan (a look's bare mentions add to it), its marked part counted
  // again when a walk reads the block again (a later look can read a root whole that was read in parts).
  const ownerOf = (el: Element): Owner => {
    const owner = owners.get(el);
    if (!owner) {
      const fresh = { marked: 0, bare: 0 };
      owners.set(el, fresh);
      return fresh;
    }
    owner.marked = 0;
    return owner;
  };
  const contextOf = (el: Element): Context => {
    let ctx = contexts.get(el);
    if (ctx) return ctx;
    const isBlock = el === root || BLOCK_TAGS.has(el.localName) || !el.parentElement;
    const parent = isBlock ? null : contextOf(el.parentElement!);
    const symbols = quoteLinkSymbols(el, hrefs);
    ctx = {
      block: parent ? parent.block : el,
      owner: parent ? parent.owner : ownerOf(el),
      link: symbols.length ? { el, symbols } : (parent?.link ?? null),
    };
    contexts.set(el, ctx);
    return ctx;
  };

  let current: Block | null = null;
  let currentBlock: Element | null = null;
  let pieces: string[] = [];
  let length = 0;
  let links: (QuoteLink | null)[] = [];
  // Blocks the walk closed and whose matching is still to do: it runs between the walk's checkpoints, in
  // checkpointed steps of its own (a block's text can be 32 KB of ticker-like runs).
  const pending: [Block, (QuoteLink | null)[]][] = [];
  const flush = () => {
    if (current) {
      const text = pieces.join('');
      current.text = text.length > MAX_BLOCK_CHARS ? text.slice(0, MAX_BLOCK_CHARS) : text;
      pending.push([current, links]);
      blocks.push(current);
    }
    current = null;
    currentBlock = null;
    pieces = [];
    length = 0;
    links = [];
  };
  /** Finishes the pending blocks; true when the page ran in one of their pauses. */
  function* finishPending(): Walk<boolean> {
    let ran = false;
    for (let next = pending.shift(); next; next = pending.shift()) ran = (yield* finishBlock(...next)) || ran;
    return ran;
  }

  const blockFor = (ctx: Context): Block => {
    // A block of more text nodes than any paragraph has (tens of thousands of links in one div) is read in
    // pieces, so that no one block's matching runs long between the walk's pauses.
    if (ctx.block !== currentBlock || !current || current.nodes.length >= MAX_BLOCK_NODES) {
      flush();
      currentBlock = ctx.block;
      current = {
        owner: ctx.owner,
        nodes: [],
        starts: [],
        lengths: [],
        text: '',
        cell: inTickerColumn(ctx.block, columns),
        matches: [],
        held: [],
      };
    }
    return current;
  };

  const visitText = (text: Text) => {
    const data = text.data;
    if (!data) return;
    const ctx = contextOf(text.parentElement ?? root);
    if (isDump(ctx.owner)) return;
    const block = blockFor(ctx);
    block.nodes.push(text);
    block.starts.push(length);
    block.lengths.push(data.length);
    links.push(ctx.link);
    pieces.push(data);
    length += data.length;
  };

  const visitHeld = (wrapper: Element) => {
    const text = wrapper.textContent ?? '';
    if (!text) return;
    const ctx = contextOf(wrapper.parentElement ?? root);
    if (isDump(ctx.owner)) return;
    const block = blockFor(ctx);
    block.held.push([length, length + text.length]);
    pieces.push(text);
    length += text.length;
  };

  const walk = walkDepthFirst(
    root,
    (el) => {
      // A zone left unread ends the run of text: "NYSE: <code>x</code> AAPL" is not one mention.
      if (isSkipZone(el) || el.localName === 'br') flush();
      if (isSkipZone(el)) return false;
      // Inside a block already found to be a symbol dump, the rest of its inline content is not read.
      const up = el.parentElement && !BLOCK_TAGS.has(el.localName) ? contexts.get(el.parentElement) : undefined;
      return !up || !isDump(up.owner);
    },
    (node) => {
      if (node.nodeType === 3) visitText(node as Text);
      else if (node.nodeType === 1 && (node as Element).localName === TICKER_TAG) visitHeld(node as Element);
    },
  );
  // The walk, with the blocks it closed finished at each of its checkpoints; it hears whether the page ran
  // in any pause since its last step, as it would have at one checkpoint.
  for (let resumed = false; ;) {
    const step = walk.next(resumed);
    const ran = yield* finishPending();
    if (step.done) break;
    resumed = (yield) || ran;
  }
  flush();
  // A root that left the page while the walk paused holds nothing to find: its blocks are not matched.
  if (!root.isConnected) pending.length = 0;
  yield* finishPending();
}

/**
 * The marked matches of one block: the grammar's, plus quote links and Ticker-column cells. Returns true when
 * the page ran in one of its pauses.
 */
function* finishBlock(block: Block, links: readonly (QuoteLink | null)[]): Walk<boolean> {
  let ran = false;
  if (isDump(block.owner)) return dropText(block);
  const steps = markedSteps(block.text);
  let step = steps.next(false);
  while (!step.done) {
    const resumed: boolean = yield;
    ran ||= resumed;
    step = steps.next(resumed);
  }
  const matches = step.value;
  links.forEach((link, i) => {
    const m = link && wholeTextMatch(block, i, 'quote-link', link.symbols);
    // The node must be the link's whole text: "JPM" alone, not "JPM" inside "JPM earnings preview".
    if (m && (link.el.textContent ?? '').trim() === block.nodes[i]!.data.trim()) matches.push(m);
  });
  if (block.cell) {
    const filled = block.nodes.flatMap((n, i) => (n.data.trim() ? [i] : []));
    const m = filled.length === 1 ? wholeTextMatch(block, filled[0]!, 'table-cell', null) : null;
    if (m) matches.push(m);
  }
  block.matches = dropOverlaps(
    awayFromHeld(
      block,
      matches.sort((a, b) => a.start - b.start),
    ),
  );
  block.owner.marked += block.matches.length;
  if (isDump(block.owner)) dropText(block);
  return ran;
}

/** A piece of a symbol dump keeps nothing (its text can be 32 KB, its nodes hundreds). */
function dropText(block: Block): boolean {
  block.nodes = [];
  block.starts = [];
  block.lengths = [];
  block.text = '';
  block.matches = [];
  return false;
}
