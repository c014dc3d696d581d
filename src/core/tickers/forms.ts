// The ticker forms written in a block's text, one entry each: its patterns, what its matches are as mentions,
// the eval figure they count under, the cheap tests that let the scan skip text without it, and examples that
// must and must not match (forms.test.ts runs them). findMarked (grammar.ts) runs every entry and keeps the
// strongest of overlapping matches. Adding a form: an entry here (and in TICKER_FORMS), plus, when its
// mentions are a new kind, MentionForm in types.ts with its strength (PRIORITY) and its proof (select.ts).
// Forms read from markup rather than text (quote links, Ticker columns) and bare symbols live in scan.ts.
import { SUFFIX_EXCHANGE } from '../exchange-codes.ts';
import type { MentionForm } from '../types.ts';
import { EXCHANGE_PATTERN, exchangeCode } from './exchange-names.ts';
import { CJK } from './name-match.ts';
import crypto from './crypto.json' with { type: 'json' };

export interface GrammarMatch {
  /** Offsets into the searched text; the match is text.slice(start, end). */
  start: number;
  end: number;
  symbol: string;
  exchange: string | null;
  form: MentionForm;
  nameBefore?: string;
}

/** The per-form figures of the eval (scripts/eval/ticker-forms.ts) a form's mentions count under. */
export type EvalForm = 'exchange-prefix' | 'linked' | 'quote-link' | 'cashtag' | 'name-bracket' | 'suffix' | 'table' | 'bare';

export interface TickerForm {
  id: string;
  /** What its matches are as mentions: their strength against overlapping matches, and the proof select.ts asks. */
  mention: MentionForm;
  /** The eval's figure its mentions count under. */
  evalForm: EvalForm;
  /** False when the text lacks a character every match needs: the form's patterns are not run at all. */
  hint(text: string): boolean;
  /** Lazily, so that a caller working in time slices can pause between matches (grammar.ts markedSteps). */
  find(text: string): Iterable<GrammarMatch>;
  /**
   * Where a match may lie in an article's whole text ([start, end) spans; with `first`, one is enough): a
   * superset of find's, the patterns without the lookarounds (the context may be another text node's).
   */
  maySpans(text: string, first: boolean, most?: number): [number, number][];
  /** Texts with the matches (as written) find must return, in order, and texts where it must find none. */
  examples: { match: [string, string[]][]; noMatch: string[] };
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
const AMOUNT_RE = /^\d+[.,]\d/;

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

/** Every match of a global pattern, as spans. */
function spansOf(re: RegExp, text: string, first: boolean, most = Infinity): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(re)) {
    out.push([m.index, m.index + m[0].length]);
    if (first || out.length >= most) break;
  }
  return out;
}

/** A maySpans from a pattern without the form's lookarounds. */
const mayBy = (source: string) => {
  const re = new RegExp(source, 'g');
  return (text: string, first: boolean, most?: number) => spansOf(re, text, first, most);
};

// The cheap question asked of a whole article before any walk: could any marked form be in it? Every match
// lies inside one text node, and a node's text is contiguous in the root's textContent, so these patterns,
// which drop the forms' lookarounds (their context may be another node's text), match wherever a form can:
// a superset of findMarked, never a subset (grammar-prefilter.test.ts checks that on every example).
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
const MAY_WIRE_LETTER = new RegExp(WIRE_LETTER_RE.source);
/** More than the longest exchange spelling ("Euronext Amsterdam"). */
const SPELLING_MAX = 30;
const isGap = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f';

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

const hasColon = (text: string) => text.includes(':') || text.includes('\uff1a');

const exchangePrefix: TickerForm = {
  id: 'exchange-prefix',
  mention: 'exchange-prefix',
  evalForm: 'exchange-prefix',
  hint: hasColon,
  *find(text) {
    for (const m of text.matchAll(EXCHANGE_RE)) {
      const exchange = exchangeCode(m[1]!);
      if (!exchange) continue;
      // A number that goes on past a comma or dot is an amount, not a code: "Börsenwert an Nasdaq: 334,48
      // Milliarden", "NYSE: 1,200 listings", "Nasdaq: 12.5%".
      if (AMOUNT_RE.test(text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length + 2))) continue;
      // Nordic share classes are written after a space: "CPH: NOVO B", "Nasdaq Stockholm: VOLV B".
      const cls = NORDIC.has(exchange) ? NORDIC_CLASS_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) : null;
      const end = m.index + m[0].length + (cls ? cls[0].length : 0);
      const prefixed: GrammarMatch = { start: m.index, end, symbol: cls ? `${m[2]!}${cls[0]}` : m[2]!, exchange, form: 'exchange-prefix' };
      const name = bracketName(text, m.index);
      if (name) prefixed.nameBefore = name;
      yield prefixed;
      yield* listAfter(text, end, exchange, name);
    }
  },
  maySpans: (text, first, most) => exchangeWindows(text, first, most),
  examples: {
    match: [
      ['Sony Corp (ADR) (NYSE:SNE) (TYO:6758), researchers said', ['NYSE:SNE', 'TYO:6758']],
      ['Alphabet Inc. (NASDAQ: GOOGL, GOOG) reported', ['NASDAQ: GOOGL', 'GOOG']],
      ['Barrick Gold Corp (TSX, NYSE: GOLD) raised', ['NYSE: GOLD']],
      ['Novo Nordisk (CPH: NOVO B) rose', ['CPH: NOVO B']],
      ['Tencent (HKEX: 0700) and Sony (TYO: 6758.) rose', ['HKEX: 0700', 'TYO: 6758']],
    ],
    noMatch: [
      'Note: the figures were revised.',
      'Time: 10:30.',
      'NYSE:snap',
      'Microsoft (Börsenwert an Nasdaq: 334,48 Milliarden US-Dollar) sammelt',
      'NYSE: 1,200 companies and Nasdaq: 12.5% more',
    ],
  },
};

const chip: TickerForm = {
  id: 'chip',
  mention: 'exchange-prefix',
  evalForm: 'exchange-prefix',
  hint: hasColon,
  *find(text) {
    for (const m of text.matchAll(CHIP_RE))
      yield {
        start: m.index,
        end: m.index + m[0].length,
        symbol: m[3]!,
        exchange: m[1] ? CHIP_EXCHANGE[m[1]]! : null,
        form: 'exchange-prefix' as const,
      };
  },
  maySpans: mayBy(MAY_CHIP.source),
  examples: {
    match: [
      ['Nvidia US:NVDA rose', ['US:NVDA']],
      ['Toyota (ADR: TOYOY) and (ticker: NVDA)', ['ADR: TOYOY', 'ticker: NVDA']],
    ],
    noMatch: ['US: the economy grew', 'THUS:NVDA'],
  },
};

const jpCode: TickerForm = {
  id: 'jp-code',
  mention: 'exchange-prefix',
  evalForm: 'exchange-prefix',
  hint: (text) => text.includes('\uff1a') || text.includes('東'),
  *find(text) {
    for (const m of text.matchAll(JP_CODE_RE))
      yield {
        start: m.index,
        end: m.index + m[0].length,
        symbol: m[1]!,
        exchange: 'TYO',
        form: 'exchange-prefix' as const,
      };
  },
  maySpans: mayBy(MAY_JP_CODE.source),
  examples: {
    match: [
      ['ハウスコム株式会社（東証一部 コード番号：3275）', ['東証一部 コード番号：3275']],
      ['トヨタ（東証プライム：7203）', ['東証プライム：7203']],
    ],
    noMatch: ['東京：12345', '東証一部：32750'],
  },
};

const bloomberg: TickerForm = {
  id: 'bloomberg',
  mention: 'name-bracket',
  evalForm: 'suffix',
  hint: (text) => text.includes('(') && text.includes(' '),
  *find(text) {
    for (const m of text.matchAll(BLOOMBERG_RE)) {
      const name = nameBefore(text, m.index);
      if (!/[A-Za-z0-9]/.test(name) && !CJK.test(name)) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      const symbol = m[1]!.slice(0, m[1]!.length - m[2]!.length - 1);
      yield { start, end: start + m[1]!.length, symbol, exchange: BLOOMBERG_MARKETS[m[2]!]!, form: 'name-bracket', nameBefore: name };
    }
  },
  maySpans: mayBy(MAY_BLOOMBERG.source),
  examples: {
    match: [
      ['Nvidia (NVDA US) and Toyota (7203 JT Equity) rose', ['NVDA US', '7203 JT']],
      ['Reliance (RELIANCE IN) gained', ['RELIANCE IN']],
    ],
    noMatch: ['(NVDA US)', 'Nvidia (NVDA XX)', 'the firm (in US) said'],
  },
};

const suffix: TickerForm = {
  id: 'suffix',
  mention: 'suffix',
  evalForm: 'suffix',
  hint: (text) => text.includes('.') || text.includes('-'),
  *find(text) {
    for (const m of text.matchAll(SUFFIX_RE)) {
      const s = suffixMatch(text, m);
      if (s) yield s;
    }
  },
  maySpans: mayBy(MAY_SUFFIX.source),
  examples: {
    match: [
      ['BP.L, 6758.T and 0700.HK fell', ['BP.L', '6758.T', '0700.HK']],
      ['Volkswagen (VOWG_p.DE) and Royal Bank (RY-T)', ['VOWG_p.DE', 'RY-T']],
    ],
    noMatch: ['the U.S. and the U.K.', 'visit apple.com or NEWS.CO.UK', 'it cost 1,000.T', 'the AB-T team'],
  },
};

const wireLetter: TickerForm = {
  id: 'wire-letter',
  mention: 'suffix',
  evalForm: 'suffix',
  hint: (text) => text.includes('.'),
  *find(text) {
    for (const m of text.matchAll(WIRE_LETTER_RE)) {
      const start = m.index + 1;
      yield { start, end: start + m[1]!.length + m[2]!.length, symbol: m[1]!, exchange: SUFFIX_EXCHANGE[m[2]!]!, form: 'suffix' as const };
    }
  },
  maySpans: mayBy(MAY_WIRE_LETTER.source),
  examples: {
    match: [['Ford Motor Co (F.N) and AT&T Inc (T.N)', ['F.N', 'T.N']]],
    noMatch: ['the U.N. said', 'F.N rose'],
  },
};

const cashtag: TickerForm = {
  id: 'cashtag',
  mention: 'cashtag',
  evalForm: 'cashtag',
  hint: (text) => text.includes('$'),
  *find(text) {
    for (const m of text.matchAll(CASHTAG_RE)) {
      const c = cashtagMatch(text, m);
      if (c) yield c;
    }
  },
  maySpans: mayBy(MAY_CASHTAG.source),
  examples: {
    match: [['$AAPL, $BRK.B and $RY.TO rose', ['$AAPL', '$BRK.B', '$RY.TO']]],
    noMatch: ['$5, $10bn, $1.2B and US$5', '$BTC rallied'],
  },
};

const nameBracket: TickerForm = {
  id: 'name-bracket',
  mention: 'name-bracket',
  evalForm: 'name-bracket',
  hint: (text) => text.includes('('),
  *find(text) {
    for (const m of text.matchAll(BRACKET_RE)) {
      const name = nameBefore(text, m.index);
      if (!/[A-Za-z0-9]/.test(name) && !CJK.test(name)) continue;
      const from = m.index + m[0].indexOf(m[1]!);
      for (const item of m[1]!.matchAll(BRACKET_ITEM_RE)) {
        const start = from + item.index;
        yield { start, end: start + item[0].length, symbol: item[0], exchange: null, form: 'name-bracket', nameBefore: name };
      }
    }
  },
  maySpans: mayBy(MAY_BRACKET.source),
  examples: {
    match: [
      ['Apple Inc. (AAPL) and Alphabet Inc. (GOOGL, GOOG)', ['AAPL', 'GOOGL', 'GOOG']],
      ['Toyota Motor (7203) and 台積電 (2330)', ['7203', '2330']],
    ],
    noMatch: ['Apple (2019) said', '(AAPL) alone', 'prices (in USD)'],
  },
};

/**
 * Every form written in text, strongest first where it matters: of two matches of one strength at one place,
 * the earlier entry's is kept.
 */
export const TICKER_FORMS: readonly TickerForm[] = [exchangePrefix, chip, jpCode, bloomberg, suffix, wireLetter, cashtag, nameBracket];
