// The ticker grammar on plain strings: which spans of a block's text are written as a ticker, and how.
// Every pattern is compiled once at module load; the scanner runs them over each block's concatenated text.
// Forms, strongest first (an overlap keeps the stronger): exchange prefix (NYSE:SNE), suffix (BP.L, RY-T),
// cashtag ($AAPL), and a bracketed symbol after a name (Apple Inc. (AAPL)); bare symbols (AAPL) are looked for
// only once the page has marked them. Whether a match is a ticker is settled later, against the dataset.
import { SUFFIX_EXCHANGE } from '../exchange-codes.ts';
import type { MentionForm } from '../types.ts';
import { EXCHANGE_PATTERN, exchangeCode } from './exchange-names.ts';
import { CJK } from './name-match.ts';
import crypto from './crypto.json' with { type: 'json' };
import { runThrough, type Walk } from '../time-budget.ts';

export interface GrammarMatch {
  /** Offsets into the searched text; the match is text.slice(start, end). */
  start: number;
  end: number;
  symbol: string;
  exchange: string | null;
  form: MentionForm;
  nameBefore?: string;
}

const CRYPTO: ReadonlySet<string> = new Set(crypto.symbols);

const GAP = '[ \\t\\u00a0\\u202f]*';
// Capitals and digits, an optional share class or Indian-style dash part (BRK.B, BAJAJ-AUTO).
const SYMBOL = '[A-Z0-9][A-Z0-9&]{0,11}(?:[.\\-][A-Z0-9]{1,4})?';

// NYSE:SNE, (NASDAQ: FEYE), NYSE American: X, TSX-V: Y, full-width colon. In "TSX, NYSE: GOLD" only the
// prefix that touches the symbol matches: the highlight must be one run of page text, and its attribute then
// names the exchange the reader sees next to the symbol.
const EXCHANGE_RE = new RegExp(`(?<![A-Za-z0-9])(${EXCHANGE_PATTERN})${GAP}[:\\uff1a]${GAP}(${SYMBOL})(?![A-Za-z0-9&])`, 'g');

// The rest of a list the prefix heads, up to the bracket that closes it: "(NASDAQ: GOOGL, GOOG)",
// "(NYSE: BRK.A, BRK.B; TSX: X)". Without that closing bracket (or semicolon) it is prose: "NYSE: IBM, CEO Arvind".
const LIST_ITEM_RE = new RegExp(`${GAP},${GAP}(${SYMBOL})(?![A-Za-z0-9&])`, 'y');
const LIST_END_RE = new RegExp(`${GAP}[)\\];]`, 'y');
const LIST_MAX = 4;
const NORDIC: ReadonlySet<string> = new Set(['STO', 'CPH', 'HEL', 'OSL']);
const NORDIC_CLASS_RE = /^ [A-C](?![A-Za-z0-9&])/;
/** Room for LIST_MAX symbols of SYMBOL's length with their commas and gaps. */
const LIST_SPAN_MAX = 80;

// $AAPL, $BRK.B, $RY.TO; never $5, $10bn, $1.2B (a symbol starts with a letter), nor US$5.
const CASHTAG_RE = /(?<![A-Za-z0-9$])\$([A-Z][A-Z0-9]{0,5})(?:([.-])([A-Z]{1,3}))?(?![A-Za-z0-9])/g;

// BP.L, 6758.T, 0700.HK, 005930.KS, AAPL.O, RELIANCE.NS, RY-T. The base has two characters at least, so
// "U.S.", "U.K." and "e.g." never match; nothing may touch either end (apple.com, NEWS.CO.UK, 1,000.T).
// Reuters marks preferred and registered shares in lower case before the suffix: VOWG_p.DE, SIEGn.DE.
const SUFFIX_RE =
  /(?<![A-Za-z0-9.$@/&,_-])(\d{3,6}|\d{3}[A-Z]|[A-Z][A-Z0-9&]{1,11}(?:-[A-Z0-9]{1,5}|_p|n)?)(\.[A-Z]{1,3}|-[TXNQ])(?![A-Za-z0-9]|[.-][A-Za-z0-9])/g;

// Reuters' wire codes for one-letter US symbols, only as it writes them, in brackets: Ford Motor Co (F.N),
// AT&T Inc (T.N), Citigroup (C.N). Elsewhere a capital, a dot and N or O is too often an abbreviation (U.N.).
const WIRE_LETTER_RE = /\(([A-Z])(\.(?:N|O|OQ|K))\)/g;

// Apple Inc. (AAPL), ServiceNow (NOW), Berkshire Hathaway (BRK.B), and share-class lists: Alphabet Inc.
// (GOOGL, GOOG). Each symbol of a list is a mention of its own, with the same name before it. Asian codes are
// numbers: Toyota Motor (7203), Tencent (0700), Samsung Electronics (005930); a number that reads as a year
// (1900-2099) is left alone, which costs the few codes in that range ("Apple (2019)" is far more common).
const BRACKET_SYMBOL = '(?:[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z])?|(?!(?:19|20)\\d\\d\\b)\\d{4,6}(?![0-9]))';
const BRACKET_RE = new RegExp(`\\(\\s*(${BRACKET_SYMBOL}(?:\\s*,\\s*${BRACKET_SYMBOL}){0,${LIST_MAX - 1}})\\s*\\)`, 'g');
const BRACKET_ITEM_RE = new RegExp(BRACKET_SYMBOL, 'g');

// A bare word in capitals, not part of a longer token, not possessive (TD's), not hyphenated (the A-team),
// not in the name position just before a bracket ("TD (TSX:TD)", "BP (BP.L)": there the word is the name).
const BARE_RE = /(?<![A-Za-z0-9$.&@/'\u2019_-])([A-Z][A-Z0-9]{1,5}(?:\.[A-Z])?)(?![A-Za-z0-9&_]|[-'\u2019][A-Za-z]|\.[A-Za-z0-9]|\s*\()/g;

// Chips that name a country or a kind of listing rather than an exchange: US:NVDA, JP:7203 (touching, as
// chips are written), and spelled labels: "ADR: TOYOY", "(ticker: NVDA)", "Symbol: AAPL". They say "this is a
// symbol" but not which exchange, so only a symbol the dataset knows is shown.
const CHIP_RE = new RegExp(
  `(?<![A-Za-z0-9])(?:(US|JP|HK|LN):|(ADR|ADS|[Tt]icker|TICKER|[Ss]ymbol|SYMBOL)${GAP}[:\\uff1a]${GAP})(${SYMBOL})(?![A-Za-z0-9&])`,
  'g',
);
const CHIP_EXCHANGE: Record<string, string | null> = { US: null, JP: 'TYO', HK: 'HKG', LN: 'LON' };

// Japanese releases: 東証一部 コード番号：3275, 東証プライム：7203, (東京証券取引所 証券コード：6758).
const JP_CODE_RE =
  /(?:東証|東京証券取引所)(?:一部|二部|プライム|スタンダード|グロース|マザーズ|JASDAQ)?(?:市場)?[\s\u3000]*(?:(?:コード番号|証券コード|コード)[\s\u3000]*)?[：:][\s\u3000]*(\d{4}|\d{3}[A-Z])(?![0-9A-Za-z])/g;

// Bloomberg codes in brackets after a name: Nvidia (NVDA US), Reliance (RELIANCE IN), Toyota (7203 JT).
// The second part is Bloomberg's market code, folded onto ours (US composite: no one exchange).
const BLOOMBERG_MARKETS: Record<string, string | null> = {
  US: null,
  UN: 'NYSE',
  UW: 'NASDAQ',
  UQ: 'NASDAQ',
  IN: 'NSE',
  IB: 'BSE',
  JT: 'TYO',
  JP: 'TYO',
  LN: 'LON',
  HK: 'HKG',
  GY: 'XETRA',
  GR: 'XETRA',
  FP: 'EPA',
  CN: 'TSX',
  CT: 'TSX',
  AU: 'ASX',
  KS: 'KRX',
  TT: 'TWSE',
  NA: 'AMS',
  SM: 'BME',
  IM: 'BIT',
  SW: 'SIX',
  SE: 'SIX',
  SS: 'STO',
};
const BLOOMBERG_RE = new RegExp(
  `\\(\\s*((?:[A-Z][A-Z0-9]{0,9}(?:/[A-Z])?|\\d{4,6}) (${Object.keys(BLOOMBERG_MARKETS).join('|')}))(?: Equity)?\\s*\\)`,
  'g',
);

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
  'market',
  'markets',
  'equities',
  'equity',
]);
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

const CLASS_LETTER = /^[A-C]$/;
const NAME_WORDS = 6;

/** The words just before an opening bracket, without earlier bracketed asides: "Sony Corp (ADR) (" -> "Sony Corp". */
function nameBefore(text: string, paren: number): string {
  const words = text
    .slice(Math.max(0, paren - 120), paren)
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .split(/\s+/);
  return words.slice(-NAME_WORDS).join(' ');
}

/**
 * The name before a bracket that a prefix opens: "Sprint Corp. (NYSE: S" -> "Sprint Corp."; undefined when the
 * prefix is not the first thing in a bracket, or no word stands before it.
 */
function bracketName(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  if (text[i - 1] !== '(') return undefined;
  const name = nameBefore(text, i - 1);
  return /[A-Za-z0-9]/.test(name) || CJK.test(name) ? name : undefined;
}

function suffixMatch(text: string, m: RegExpExecArray): GrammarMatch | null {
  const base = m[1]!;
  const suffix = m[2]!;
  const exchange = SUFFIX_EXCHANGE[suffix];
  if (!exchange) return null;
  const numeric = /^\d+$/.test(base);
  if (numeric && !(exchange === 'HKG' ? base.length <= 5 : base.length >= 4)) return null;
  if (/^\d{3}[A-Z]$/.test(base) && exchange !== 'TYO') return null;
  // Globe and Mail dash suffixes are only trusted in brackets, "(RY-T)": elsewhere "AB-T" is too often a word.
  if (suffix[0] === '-' && text[m.index - 1] !== '(' && text[m.index + m[0].length] !== ')') return null;
  return { start: m.index, end: m.index + m[0].length, symbol: base, exchange, form: 'suffix' };
}

function cashtagMatch(text: string, m: RegExpExecArray): GrammarMatch | null {
  const base = m[1]!;
  if (CRYPTO.has(base)) return null;
  const tail = m[3];
  let symbol = base;
  let exchange: string | null = null;
  if (tail && CLASS_LETTER.test(tail)) symbol = `${base}${m[2]}${tail}`;
  else if (tail) {
    exchange = SUFFIX_EXCHANGE[`${m[2]}${tail}`] ?? null;
    if (!exchange) return null;
  }
  const match: GrammarMatch = { start: m.index, end: m.index + m[0].length, symbol, exchange, form: 'cashtag' };
  // "Micron Technology ($MU)": the name is kept for the record; the $ alone already marks a ticker.
  const paren = text.slice(Math.max(0, m.index - 3), m.index).search(/\(\s*$/);
  if (paren >= 0) {
    const name = nameBefore(text, Math.max(0, m.index - 3) + paren);
    if (name) match.nameBefore = name;
  }
  return match;
}

// The cheap question asked of a whole article before any walk: could any marked form be in it? Every match
// lies inside one text node, and a node's text is contiguous in the root's textContent, so these patterns,
// which drop the forms' lookarounds (their context may be another node's text), match wherever a form can:
// a superset of findMarked, never a subset (grammar.test.ts checks that on every grammar example).
const MAY_CASHTAG = /\$[A-Z]/;
const MAY_BRACKET = new RegExp(BRACKET_RE.source);
const SUFFIX_KEYS = Object.keys(SUFFIX_EXCHANGE)
  .filter((k) => k.startsWith('.'))
  .map((k) => k.slice(1))
  .sort((a, b) => b.length - a.length);
// The base ends in two symbol characters, or in a dash part of one ("AB-C.L"); "U.S." has one and never matches.
const MAY_SUFFIX = new RegExp(`(?:\\d{3}|[A-Z0-9&]{2}|-[A-Z0-9]|_p|[A-Z0-9&]n)(?:\\.(?:${SUFFIX_KEYS.join('|')})|-[TXNQ])`);
const MAY_EXCHANGE = new RegExp(`(?:${EXCHANGE_PATTERN})${GAP}[:\\uff1a]${GAP}[A-Z0-9]`);
const MAY_CHIP = new RegExp(CHIP_RE.source.replace('(?<![A-Za-z0-9])', '').replace('(?![A-Za-z0-9&])', ''));
const MAY_JP_CODE = new RegExp(JP_CODE_RE.source.replace('(?![0-9A-Za-z])', ''));
const MAY_BLOOMBERG = new RegExp(BLOOMBERG_RE.source);
/** More than the longest exchange spelling ("Euronext Amsterdam"). */
const SPELLING_MAX = 30;
const isGap = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f';

/** False only when `text` holds no span findMarked could return; true says "look closer". */
export function mayHoldMarked(text: string): boolean {
  if (MAY_CASHTAG.test(text) || MAY_SUFFIX.test(text) || MAY_BRACKET.test(text) || MAY_WIRE_LETTER.test(text)) return true;
  if (MAY_CHIP.test(text) || MAY_JP_CODE.test(text) || MAY_BLOOMBERG.test(text)) return true;
  return exchangeWindows(text, true).length > 0;
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
  for (const re of MAY_GLOBAL)
    for (const m of text.matchAll(re)) {
      spans.push([m.index, m.index + m[0].length]);
      if (spans.length > limit) return spans;
    }
  for (const w of exchangeWindows(text, false, limit - spans.length + 1)) spans.push(w);
  return spans;
}

const MAY_WIRE_LETTER = new RegExp(WIRE_LETTER_RE.source);
const MAY_GLOBAL = [MAY_CASHTAG, MAY_SUFFIX, MAY_BRACKET, MAY_WIRE_LETTER, MAY_CHIP, MAY_JP_CODE, MAY_BLOOMBERG].map(
  (re) => new RegExp(re.source, 'g'),
);

/** Stretches around the colons of `text` that MAY_EXCHANGE matches in (the first only, with `first`). */
function exchangeWindows(text: string, first: boolean, most = Infinity): [number, number][] {
  const out: [number, number][] = [];
  // The exchange alternation is long: try it only around the colons, which prose has few of.
  for (const colon of [':', '\uff1a']) {
    for (let i = text.indexOf(colon); i >= 0; i = text.indexOf(colon, i + 1)) {
      let a = i;
      while (isGap(text[a - 1])) a--;
      let b = i + 1;
      while (isGap(text[b])) b++;
      const from = Math.max(0, a - SPELLING_MAX);
      if (!MAY_EXCHANGE.test(text.slice(from, b + 1))) continue;
      // A list the prefix heads runs on to the bracket that closes it (listAfter): the window covers it.
      const close = first ? -1 : text.slice(b, b + LIST_SPAN_MAX).search(/[)\];]/);
      out.push([from, close > 0 ? b + close + 1 : b + 1]);
      if (first || out.length >= most) return out;
    }
  }
  return out;
}

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

/** Every span written in a marked form (exchange prefix, suffix, cashtag, name + bracket), in text order. */
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
  // Each form needs one telling character; most blocks lack some, and a cheap test skips their regex.
  if (text.includes(':') || text.includes('\uff1a'))
    for (const m of text.matchAll(EXCHANGE_RE)) {
      if (++seen % MATCHES_PER_STEP === 0) yield;
      const exchange = exchangeCode(m[1]!);
      if (!exchange) continue;
      // Nordic share classes are written after a space: "CPH: NOVO B", "Nasdaq Stockholm: VOLV B".
      const cls = NORDIC.has(exchange) ? NORDIC_CLASS_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) : null;
      const end = m.index + m[0].length + (cls ? cls[0].length : 0);
      const prefixed: GrammarMatch = { start: m.index, end, symbol: cls ? `${m[2]!}${cls[0]}` : m[2]!, exchange, form: 'exchange-prefix' };
      const name = bracketName(text, m.index);
      if (name) prefixed.nameBefore = name;
      out.push(prefixed);
      out.push(...listAfter(text, end, exchange, name));
    }
  if (text.includes(':') || text.includes('\uff1a'))
    for (const m of text.matchAll(CHIP_RE)) {
      if (++seen % MATCHES_PER_STEP === 0) yield;
      const start = m.index;
      out.push({ start, end: start + m[0].length, symbol: m[3]!, exchange: m[1] ? CHIP_EXCHANGE[m[1]]! : null, form: 'exchange-prefix' });
    }
  if (text.includes('\uff1a') || text.includes('東'))
    for (const m of text.matchAll(JP_CODE_RE)) {
      if (++seen % MATCHES_PER_STEP === 0) yield;
      out.push({ start: m.index, end: m.index + m[0].length, symbol: m[1]!, exchange: 'TYO', form: 'exchange-prefix' });
    }
  if (text.includes('(') && text.includes(' '))
    for (const m of text.matchAll(BLOOMBERG_RE)) {
      if (++seen % MATCHES_PER_STEP === 0) yield;
      const name = nameBefore(text, m.index);
      if (!/[A-Za-z0-9]/.test(name) && !CJK.test(name)) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      const symbol = m[1]!.slice(0, m[1]!.length - m[2]!.length - 1);
      out.push({ start, end: start + m[1]!.length, symbol, exchange: BLOOMBERG_MARKETS[m[2]!]!, form: 'name-bracket', nameBefore: name });
    }
  if (text.includes('.') || text.includes('-')) {
    for (const m of text.matchAll(SUFFIX_RE)) {
      if (++seen % MATCHES_PER_STEP === 0) yield;
      const s = suffixMatch(text, m);
      if (s) out.push(s);
    }
    for (const m of text.matchAll(WIRE_LETTER_RE)) {
      if (++seen % MATCHES_PER_STEP === 0) yield;
      const start = m.index + 1;
      out.push({ start, end: start + m[1]!.length + m[2]!.length, symbol: m[1]!, exchange: SUFFIX_EXCHANGE[m[2]!]!, form: 'suffix' });
    }
  }
  if (text.includes('$'))
    for (const m of text.matchAll(CASHTAG_RE)) {
      if (++seen % MATCHES_PER_STEP === 0) yield;
      const c = cashtagMatch(text, m);
      if (c) out.push(c);
    }
  if (text.includes('('))
    for (const m of text.matchAll(BRACKET_RE)) {
      if (++seen % MATCHES_PER_STEP === 0) yield;
      const name = nameBefore(text, m.index);
      if (!/[A-Za-z0-9]/.test(name) && !CJK.test(name)) continue;
      const from = m.index + m[0].indexOf(m[1]!);
      for (const item of m[1]!.matchAll(BRACKET_ITEM_RE)) {
        const start = from + item.index;
        out.push({ start, end: start + item[0].length, symbol: item[0], exchange: null, form: 'name-bracket', nameBefore: name });
      }
    }
  return dropOverlaps(out);
}

/** The further symbols of a list an exchange prefix heads ("GOOG" in "(NASDAQ: GOOGL, GOOG)"), from `at`. */
function listAfter(text: string, at: number, exchange: string, name: string | undefined): GrammarMatch[] {
  const items: GrammarMatch[] = [];
  LIST_ITEM_RE.lastIndex = at;
  for (let m = LIST_ITEM_RE.exec(text); m && items.length < LIST_MAX - 1; m = LIST_ITEM_RE.exec(text)) {
    const end = LIST_ITEM_RE.lastIndex;
    const item: GrammarMatch = { start: end - m[1]!.length, end, symbol: m[1]!, exchange, form: 'exchange-prefix' };
    if (name) item.nameBefore = name;
    items.push(item);
  }
  if (!items.length) return items;
  LIST_END_RE.lastIndex = items.at(-1)!.end;
  return LIST_END_RE.test(text) ? items : [];
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
      if (HREF_SYMBOL.test(v) && !QUOTE_WORDS.has(v.toLowerCase())) out.push(v.toUpperCase());
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
