// The ticker grammar on plain strings: which spans of a block's text are written as a ticker, and how.
// Every pattern is compiled once at module load; the scanner runs them over each block's concatenated text.
// The forms written in text are entries of TICKER_FORMS (forms.ts); an overlap keeps the stronger (PRIORITY).
// Here: running them, bare symbols (AAPL, looked for only once the page has marked them) and the quote-link
// and Ticker-cell readings of one string. Whether a match is a ticker is settled later, against the dataset.
import type { MentionForm } from '../types.ts';
import { TICKER_FORMS, type GrammarMatch } from './forms.ts';
import { runThrough, type Walk } from '../time-budget.ts';

export type { GrammarMatch } from './forms.ts';

// A bare word in capitals, not part of a longer token, not possessive (TD's), not hyphenated (the A-team),
// not in the name position just before a bracket ("TD (TSX:TD)", "BP (BP.L)": there the word is the name).
const BARE_RE = /(?<![A-Za-z0-9$.&@/'\u2019_-])([A-Z][A-Z0-9]{1,5}(?:\.[A-Z])?)(?![A-Za-z0-9&_]|[-'\u2019][A-Za-z]|\.[A-Za-z0-9]|\s*\()/g;

const STANDALONE_RE = /^\$?([A-Z][A-Z0-9]{0,5}(?:[.-][A-Z])?|\d{4,6})$/;

// Quote pages: an address names one when a path segment is one of these words (quote.asp too), or a query
// parameter is; the symbol is then a later path segment (/stocks/nvda, /stocks/nvda-stock, /companies/RIO.L/,
// /quote/7203:JP, /quote/NASDAQ:AAPL) or that parameter's value (quote.asp?sym=NVDA).
const QUOTE_WORDS = new Set([
  'quote',
  'quotes',
  'stock',
  'stocks',
  'symbol',
  'symbols',
  'ticker',
  'tickers',
  'company',
  'companies',
  'equities',
  'equity',
]);
// "markets" alone names a news site's section (/markets/ipo, /markets/live, /markets/2026/story) far more
// often than a quote page; quote pages under it say so with a quote word (/markets/stocks/XYZ-T,
// /markets/equities/7203:JP, /money/markets/quote/VOD). Never a symbol either.
const SECTION_WORDS = new Set(['market', 'markets']);
const QUOTE_PARAMS = new Set(['sym', 'symbol', 'symbols', 'ticker', 'tickers', 'quote', 'stock', 'company']);
/** Path segments after the one that names a quote page that may hold the symbol. */
const QUOTE_SEGMENTS = 2;
const HREF_SYMBOL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,13}$/;

const PRIORITY: Record<MentionForm, number> = {
  'exchange-prefix': 0,
  suffix: 1,
  cashtag: 2,
  'quote-link': 3,
  'table-cell': 4,
  'name-bracket': 5,
  bare: 6,
};

/** Keeps the strongest of overlapping matches, then returns them in text order. */
export function dropOverlaps(matches: GrammarMatch[]): GrammarMatch[] {
  if (matches.length < 2) return matches;
  const byStrength = [...matches].sort((a, b) => PRIORITY[a.form] - PRIORITY[b.form] || a.start - b.start);
  // Matches are short (a prefix, a list, a symbol): marking the characters each kept match covers makes the
  // check linear in the text, where comparing every pair froze a tab on a text of thousands of mentions.
  let from = Infinity;
  let to = 0;
  for (const m of matches) {
    from = Math.min(from, m.start);
    to = Math.max(to, m.end);
  }
  const taken = new Uint8Array(to - from);
  const kept: GrammarMatch[] = [];
  for (const m of byStrength) {
    let free = true;
    for (let i = m.start - from; i < m.end - from && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, m.start - from, m.end - from);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The matches (in text order) that overlap none of `spans` (in text order, not overlapping each other), in one
 * sweep; with `touching`, a match that only touches a span is left out too.
 */
export function outsideSpans<T extends { start: number; end: number }>(
  matches: readonly T[],
  spans: readonly (readonly [number, number])[],
  touching = false,
): T[] {
  if (!spans.length) return [...matches];
  const out: T[] = [];
  let k = 0;
  for (const m of matches) {
    while (k < spans.length && (touching ? spans[k]![1] < m.start : spans[k]![1] <= m.start)) k++;
    const s = spans[k];
    if (s && (touching ? s[0] <= m.end : s[0] < m.end)) continue;
    out.push(m);
  }
  return out;
}

/**
 * Matches read between two checkpoints of the step-wise matchers. On a fresh page the regular expressions
 * still run in V8's interpreter (~3 us per character): a block of 32 KB of ticker-like text is ~100 ms in one
 * piece, a few ms per MATCHES_PER_STEP.
 */
const MATCHES_PER_STEP = 64;

/** Every span written in a form of TICKER_FORMS, in text order; of overlapping matches the strongest. */
export function findMarked(text: string): GrammarMatch[] {
  return runThrough(markedSteps(text));
}

/**
 * `findMarked` in steps that pause every MATCHES_PER_STEP matches, for a caller that works in time slices.
 * The text is a string, so nothing changes under it in a pause: the result is the same.
 */
export function* markedSteps(text: string): Walk<GrammarMatch[]> {
  const out: GrammarMatch[] = [];
  let seen = 0;
  // Each form needs a telling character; most blocks lack some, and the cheap test skips its patterns.
  for (const form of TICKER_FORMS) {
    if (!form.hint(text)) continue;
    for (const m of form.find(text)) {
      out.push(m);
      if (++seen % MATCHES_PER_STEP === 0) yield;
    }
  }
  return dropOverlaps(out);
}

/** False only when `text` holds no span findMarked could return; true says "look closer". */
export function mayHoldMarked(text: string): boolean {
  return TICKER_FORMS.some((form) => form.maySpans(text, true).length > 0);
}

/**
 * Where in `text` a form findMarked returns may lie: [start, end) spans, every such form overlapping one.
 * The positional twin of mayHoldMarked, for a scan that reads only the parts of an article that need it.
 */
export function mayHoldSpans(text: string): [number, number][];
/**
 * With `limit`: stops once it has found more than `limit` spans (then returns those), for a caller to whom
 * "more than limit" is all that matters; an attack page's thousands of mentions are not all listed.
 */
export function mayHoldSpans(text: string, limit: number): [number, number][];
export function mayHoldSpans(text: string, limit = Infinity): [number, number][] {
  const spans: [number, number][] = [];
  for (const form of TICKER_FORMS) {
    for (const span of form.maySpans(text, false, limit - spans.length + 1)) spans.push(span);
    if (spans.length > limit) return spans;
  }
  return spans;
}

/** Bare occurrences of the given symbols, outside the spans already taken (in text order). */
export function findBare(text: string, symbols: ReadonlySet<string>, taken: readonly GrammarMatch[]): GrammarMatch[] {
  return runThrough(bareSteps(text, symbols, taken));
}

/** `findBare` in steps, as markedSteps is `findMarked`. */
export function* bareSteps(text: string, symbols: ReadonlySet<string>, taken: readonly GrammarMatch[]): Walk<GrammarMatch[]> {
  const out: GrammarMatch[] = [];
  let seen = 0;
  for (const m of text.matchAll(BARE_RE)) {
    if (++seen % MATCHES_PER_STEP === 0) yield;
    const symbol = m[1]!;
    if (!symbols.has(symbol)) continue;
    out.push({ start: m.index, end: m.index + symbol.length, symbol, exchange: null, form: 'bare' });
  }
  return outsideSpans(
    out,
    taken.map((t) => [t.start, t.end] as const),
  );
}

/** A whole string that is just a symbol ("PG", "$PG", "BRK.B", "7203"), as in a Ticker column; else null. */
export function standaloneSymbol(text: string): string | null {
  const m = STANDALONE_RE.exec(text);
  return m ? m[1]! : null;
}

/**
 * The symbols a quote-page address may name, upper-cased: /quote/JPM -> [JPM]; /quote/AAPL:US -> [AAPL, US];
 * /company/aapl -> [AAPL]; quote.asp?sym=NVDA -> [NVDA]. Empty when the address names no quote page.
 */
export function hrefSymbols(href: string): string[] {
  const hash = href.indexOf('#');
  const bare = hash >= 0 ? href.slice(0, hash) : href;
  const q = bare.indexOf('?');
  const path = (q >= 0 ? bare.slice(0, q) : bare).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/^\/\/[^/]*/, '');
  const out: string[] = [];
  const add = (value: string) => {
    for (const part of value.split(':')) {
      const v = part.replace(/-stock$/i, '');
      if (HREF_SYMBOL.test(v) && !QUOTE_WORDS.has(v.toLowerCase()) && !SECTION_WORDS.has(v.toLowerCase())) out.push(v.toUpperCase());
    }
  };
  const segments = path.split('/').filter(Boolean);
  const at = segments.findIndex((seg) => QUOTE_WORDS.has(seg.toLowerCase().replace(/\.[a-z]{2,5}$/, '')));
  let pathNames = at >= 0;
  if (pathNames) for (const seg of segments.slice(at + 1, at + 1 + QUOTE_SEGMENTS)) add(decode(seg));
  if (q >= 0)
    for (const pair of bare.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && QUOTE_PARAMS.has(pair.slice(0, eq).toLowerCase())) {
        pathNames = true;
        // One letter from a query is an A-Z company index (?ticker=A), not a symbol.
        for (const v of decode(pair.slice(eq + 1)).split(',')) if (v.length > 1) add(v);
      }
    }
  return pathNames ? out : [];
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The symbol a quote link's text is, when the address names it: "NVDA", and as some sites write it, "nvda"
 * or "(aapl)" (one case throughout, a bracket around it). The offsets are of the symbol within `text`.
 */
export function linkSymbol(text: string): { symbol: string; start: number; end: number } | null {
  const m = /^\(?\s*([A-Za-z0-9][A-Za-z0-9.-]{0,11})\s*\)?$/.exec(text);
  if (!m || text.startsWith('(') !== text.endsWith(')')) return null;
  const written = m[1]!;
  if (written !== written.toUpperCase() && written !== written.toLowerCase()) return null;
  const symbol = standaloneSymbol(written.toUpperCase());
  if (!symbol) return null;
  const start = text.indexOf(written);
  return { symbol, start, end: start + written.length };
}
