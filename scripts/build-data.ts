// Builds Clearfolio's offline company data from the raw snapshots in ../shared/data (see its SOURCES.md).
//
//   npx tsx scripts/build-data.ts [SHARED_DATA_DIR] [--out DIR]
//
// Writes src/data/listings.json, history.json, exchanges.json and src/public/data/summaries/NN.json.
// The output is deterministic: every collection is sorted and "first source wins" follows a fixed source order,
// so two runs over the same input give identical bytes (a test checks this).
//
// Source order (first wins for a (symbol, MIC) pair, later sources only fill gaps):
//   US: Nasdaq Trader symbol directories (which venue, fund flag) + SEC (CIK, title) + Nasdaq screener (country,
//       market cap; sector and industry as a last resort) + FinanceDatabase US segments and name-matched rows
//       (summary, website, and its sector and industry, which win: one taxonomy for all of a company's listings).
//   Elsewhere: FinanceDatabase per exchange, then NSE's own equity list, jonfriesen's TSX/TSXV list and twstock
//       for what FinanceDatabase lacks.
//   History: SEC snapshots linked by CIK, daily listing-interval files (adjacent end/start with the same name
//       family or the same IPO year and industry), NSE's symbol-change list, plus curated notes.
//   Curated (src/core/resolve/curated-*.json): BSE scrip codes and OTC ADRs, added last as copies of the NSE or
//       home listing they stand for.

import { gunzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCHANGE_CODES } from '../src/core/exchange-codes.ts';
import { symbolKey } from '../src/core/resolve/symbols.ts';
import { nameKey } from '../src/core/resolve/names.ts';
import {
  DATA_FORMAT,
  SUMMARY_MAX_LENGTH,
  summaryShard,
  type ExchangeInfo,
  type ExchangesFile,
  type HistoryEntry,
  type HistoryFile,
  type ListingsFile,
} from '../src/core/resolve/data-format.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------- reading

/** Code-unit order: unlike localeCompare it is the same on every machine, which keeps the output byte-stable. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parseArgs(argv: string[]): { shared: string; out: string } {
  let shared = process.env.CLEARFOLIO_SHARED_DATA ?? resolve(repoRoot, '../shared/data');
  let out = repoRoot;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = resolve(argv[++i] ?? '.');
    else shared = resolve(arg);
  }
  return { shared, out };
}

function readText(path: string): string {
  const buf = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const keys = header.map((h) => h.trim());
  return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}

function pipeObjects(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l && !l.startsWith('File Creation Time'));
  const keys = lines[0]!.split('|');
  return lines.slice(1).map((l) => {
    const cells = l.split('|');
    return Object.fromEntries(keys.map((k, i) => [k, (cells[i] ?? '').trim()]));
  });
}

// ---------------------------------------------------------------- exchanges

// Hand-kept: which MICs a written exchange code may mean, and how Yahoo / Google spell the venue.
// Names and countries are checked against (and filled from) the ISO 10383 list.
const VENUES: Record<string, { code: string; yahoo: string; google: string; name?: string }> = {
  XNYS: { code: 'NYSE', name: 'New York Stock Exchange', yahoo: '', google: 'NYSE' },
  XASE: { code: 'NYSEAMERICAN', yahoo: '', google: 'NYSEAMERICAN', name: 'NYSE American' },
  ARCX: { code: 'NYSEARCA', yahoo: '', google: 'NYSEARCA', name: 'NYSE Arca' },
  XNAS: { code: 'NASDAQ', yahoo: '', google: 'NASDAQ', name: 'Nasdaq' },
  XNGS: { code: 'NASDAQ', yahoo: '', google: 'NASDAQ', name: 'Nasdaq Global Select Market' },
  XNMS: { code: 'NASDAQ', yahoo: '', google: 'NASDAQ', name: 'Nasdaq Global Market' },
  XNCM: { code: 'NASDAQ', yahoo: '', google: 'NASDAQ', name: 'Nasdaq Capital Market' },
  BATS: { code: 'CBOE', yahoo: '', google: 'BATS', name: 'Cboe BZX' },
  OTCM: { code: 'OTC', yahoo: '', google: 'OTCMKTS', name: 'OTC Markets' },
  OTCQ: { code: 'OTCQX', yahoo: '', google: 'OTCMKTS', name: 'OTCQX' },
  OTCB: { code: 'OTCQB', yahoo: '', google: 'OTCMKTS', name: 'OTCQB' },
  PINX: { code: 'OTCPINK', yahoo: '', google: 'OTCMKTS', name: 'OTC Pink' },
  XTSE: { code: 'TSX', yahoo: '.TO', google: 'TSE', name: 'Toronto Stock Exchange' },
  XTSX: { code: 'TSXV', yahoo: '.V', google: 'CVE', name: 'TSX Venture Exchange' },
  XCNQ: { code: 'CSE', yahoo: '.CN', google: 'CNSX', name: 'Canadian Securities Exchange' },
  NEOE: { code: 'NEO', yahoo: '.NE', google: 'NEO', name: 'Cboe Canada' },
  XLON: { code: 'LON', yahoo: '.L', google: 'LON', name: 'London Stock Exchange' },
  AIMX: { code: 'AIM', yahoo: '.L', google: 'LON', name: 'London Stock Exchange AIM' },
  XTKS: { code: 'TYO', yahoo: '.T', google: 'TYO', name: 'Tokyo Stock Exchange' },
  XHKG: { code: 'HKG', yahoo: '.HK', google: 'HKG', name: 'Hong Kong Stock Exchange' },
  XASX: { code: 'ASX', yahoo: '.AX', google: 'ASX', name: 'Australian Securities Exchange' },
  XETR: { code: 'XETRA', yahoo: '.DE', google: 'ETR', name: 'Xetra' },
  XFRA: { code: 'FRA', yahoo: '.F', google: 'FRA', name: 'Frankfurt Stock Exchange' },
  XPAR: { code: 'EPA', yahoo: '.PA', google: 'EPA', name: 'Euronext Paris' },
  XAMS: { code: 'AMS', yahoo: '.AS', google: 'AMS', name: 'Euronext Amsterdam' },
  XBRU: { code: 'EBR', yahoo: '.BR', google: 'EBR', name: 'Euronext Brussels' },
  XMIL: { code: 'BIT', yahoo: '.MI', google: 'BIT', name: 'Borsa Italiana' },
  XSWX: { code: 'SWX', yahoo: '.SW', google: 'SWX', name: 'SIX Swiss Exchange' },
  XMAD: { code: 'BME', yahoo: '.MC', google: 'BME', name: 'Bolsa de Madrid' },
  XSTO: { code: 'STO', yahoo: '.ST', google: 'STO', name: 'Nasdaq Stockholm' },
  XCSE: { code: 'CPH', yahoo: '.CO', google: 'CPH', name: 'Nasdaq Copenhagen' },
  XHEL: { code: 'HEL', yahoo: '.HE', google: 'HEL', name: 'Nasdaq Helsinki' },
  XOSL: { code: 'OSL', yahoo: '.OL', google: 'OSL', name: 'Oslo Børs' },
  XNSE: { code: 'NSE', yahoo: '.NS', google: 'NSE', name: 'National Stock Exchange of India' },
  XBOM: { code: 'BSE', yahoo: '.BO', google: 'BOM', name: 'BSE (Bombay Stock Exchange)' },
  XKRX: { code: 'KRX', yahoo: '.KS', google: 'KRX', name: 'Korea Exchange (KOSPI)' },
  XKOS: { code: 'KOSDAQ', yahoo: '.KQ', google: 'KOSDAQ', name: 'Korea Exchange (KOSDAQ)' },
  XTAI: { code: 'TWSE', yahoo: '.TW', google: 'TPE', name: 'Taiwan Stock Exchange' },
  ROCO: { code: 'TPE', yahoo: '.TWO', google: 'TPE', name: 'Taipei Exchange (TPEx)' },
  XSES: { code: 'SGX', yahoo: '.SI', google: 'SGX', name: 'Singapore Exchange' },
  XJSE: { code: 'JSE', yahoo: '.JO', google: 'JSE', name: 'Johannesburg Stock Exchange' },
  XNZE: { code: 'NZX', yahoo: '.NZ', google: 'NZE', name: 'NZX' },
  XSHG: { code: 'SHA', yahoo: '.SS', google: 'SHA', name: 'Shanghai Stock Exchange' },
  XSHE: { code: 'SHE', yahoo: '.SZ', google: 'SHE', name: 'Shenzhen Stock Exchange' },
  XTAE: { code: 'TLV', yahoo: '.TA', google: 'TLV', name: 'Tel Aviv Stock Exchange' },
  BVMF: { code: 'B3', yahoo: '.SA', google: 'BVMF', name: 'B3 (Brasil Bolsa Balcão)' },
  XMEX: { code: 'BMV', yahoo: '.MX', google: 'BMV', name: 'Bolsa Mexicana de Valores' },
};

const US_MICS = ['XNYS', 'XASE', 'ARCX', 'XNAS', 'XNGS', 'XNMS', 'XNCM', 'BATS', 'OTCM', 'OTCQ', 'OTCB', 'PINX'];
const OTC_MICS = ['OTCQ', 'OTCB', 'PINX', 'OTCM'];
const NASDAQ_MICS = ['XNAS', 'XNGS', 'XNMS', 'XNCM'];

// Code -> MICs. Codes that are spellings of another (LSE, HKEX, ETR, SIX, TWSE's TPE) share its venue.
const CODE_MICS: Record<string, { mics: string[]; fallback?: string[]; venue: string }> = {
  NYSE: { mics: ['XNYS'], fallback: ['XASE', 'ARCX', 'BATS'], venue: 'XNYS' },
  NYSEAMERICAN: { mics: ['XASE'], fallback: ['XNYS', 'ARCX'], venue: 'XASE' },
  NYSEARCA: { mics: ['ARCX'], fallback: ['XNYS', 'XASE', 'BATS'], venue: 'ARCX' },
  NASDAQ: { mics: NASDAQ_MICS, venue: 'XNAS' },
  CBOE: { mics: ['BATS'], fallback: ['ARCX'], venue: 'BATS' },
  OTC: { mics: OTC_MICS, venue: 'OTCM' },
  OTCQX: { mics: OTC_MICS, venue: 'OTCQ' },
  OTCQB: { mics: OTC_MICS, venue: 'OTCB' },
  OTCPINK: { mics: OTC_MICS, venue: 'PINX' },
  TSX: { mics: ['XTSE'], fallback: ['XTSX'], venue: 'XTSE' },
  TSXV: { mics: ['XTSX'], fallback: ['XTSE'], venue: 'XTSX' },
  CSE: { mics: ['XCNQ'], venue: 'XCNQ' },
  NEO: { mics: ['NEOE'], venue: 'NEOE' },
  LON: { mics: ['XLON', 'AIMX'], venue: 'XLON' },
  LSE: { mics: ['XLON', 'AIMX'], venue: 'XLON' },
  AIM: { mics: ['AIMX', 'XLON'], venue: 'AIMX' },
  TYO: { mics: ['XTKS'], venue: 'XTKS' },
  // TSE is Tokyo for a numeric code and Toronto otherwise; exchanges.ts picks per symbol. Listed as Tokyo here.
  TSE: { mics: ['XTKS'], venue: 'XTKS' },
  HKG: { mics: ['XHKG'], venue: 'XHKG' },
  HKEX: { mics: ['XHKG'], venue: 'XHKG' },
  ASX: { mics: ['XASX'], venue: 'XASX' },
  ETR: { mics: ['XETR'], fallback: ['XFRA'], venue: 'XETR' },
  XETRA: { mics: ['XETR'], fallback: ['XFRA'], venue: 'XETR' },
  // No Frankfurt floor data exists in the sources: a Frankfurt mention falls back to the Xetra listing.
  FRA: { mics: ['XFRA'], fallback: ['XETR'], venue: 'XFRA' },
  EPA: { mics: ['XPAR'], venue: 'XPAR' },
  AMS: { mics: ['XAMS'], venue: 'XAMS' },
  EBR: { mics: ['XBRU'], venue: 'XBRU' },
  BIT: { mics: ['XMIL'], venue: 'XMIL' },
  SWX: { mics: ['XSWX'], venue: 'XSWX' },
  SIX: { mics: ['XSWX'], venue: 'XSWX' },
  BME: { mics: ['XMAD'], venue: 'XMAD' },
  STO: { mics: ['XSTO'], venue: 'XSTO' },
  CPH: { mics: ['XCSE'], venue: 'XCSE' },
  HEL: { mics: ['XHEL'], venue: 'XHEL' },
  OSL: { mics: ['XOSL'], venue: 'XOSL' },
  NSE: { mics: ['XNSE'], fallback: ['XBOM'], venue: 'XNSE' },
  BSE: { mics: ['XBOM'], fallback: ['XNSE'], venue: 'XBOM' },
  KRX: { mics: ['XKRX', 'XKOS'], venue: 'XKRX' },
  KOSDAQ: { mics: ['XKOS'], fallback: ['XKRX'], venue: 'XKOS' },
  // Google Finance writes TPE for the Taiwan Stock Exchange; Yahoo's .TWO suffix (TPEx) is folded onto TPE too.
  TPE: { mics: ['XTAI', 'ROCO'], venue: 'ROCO' },
  TWSE: { mics: ['XTAI'], fallback: ['ROCO'], venue: 'XTAI' },
  SGX: { mics: ['XSES'], venue: 'XSES' },
  JSE: { mics: ['XJSE'], venue: 'XJSE' },
  NZX: { mics: ['XNZE'], venue: 'XNZE' },
  SHA: { mics: ['XSHG'], venue: 'XSHG' },
  SHE: { mics: ['XSHE'], venue: 'XSHE' },
  TLV: { mics: ['XTAE'], venue: 'XTAE' },
  B3: { mics: ['BVMF'], venue: 'BVMF' },
  BMV: { mics: ['XMEX'], venue: 'XMEX' },
};

function buildExchanges(shared: string): ExchangesFile {
  const iso = new Map<string, Record<string, string>>();
  for (const row of csvObjects(readText(join(shared, 'reference/iso10383_mic.csv')))) iso.set(row.MIC!, row);
  const mics: ExchangesFile['mics'] = {};
  for (const mic of Object.keys(VENUES).sort()) {
    const venue = VENUES[mic]!;
    const isoRow = iso.get(mic);
    if (!isoRow) throw new Error(`MIC ${mic} is not in the ISO 10383 list`);
    mics[mic] = {
      code: venue.code,
      name: venue.name ?? titleCase(isoRow.MARKET_NAME_INSTITUTION_DESCRIPTION ?? mic),
      country: isoRow.ISO_COUNTRY_CODE ?? '',
      yahooSuffix: venue.yahoo,
      googlePrefix: venue.google,
    };
  }
  const codes: Record<string, ExchangeInfo> = {};
  for (const code of [...EXCHANGE_CODES].sort()) {
    const entry = CODE_MICS[code];
    if (!entry) throw new Error(`exchange code ${code} has no MIC mapping`);
    const venue = mics[entry.venue]!;
    codes[code] = {
      code,
      name: venue.name,
      country: venue.country,
      mics: entry.mics,
      ...(entry.fallback ? { fallbackMics: entry.fallback } : {}),
      yahooSuffix: venue.yahooSuffix,
      googlePrefix: venue.googlePrefix,
    };
  }
  return { format: DATA_FORMAT, codes, mics };
}

// ---------------------------------------------------------------- names and junk

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b([a-z])/g, (m) => m.toUpperCase());
}

const UPPER_WORDS: Record<string, string> = {
  INC: 'Inc',
  LTD: 'Ltd',
  CO: 'Co',
  CORP: 'Corp',
  PLC: 'plc',
  HLDGS: 'Holdings',
  INTL: 'International',
};

/** SEC titles are often ALL CAPS with a state tag ("BAE SYSTEMS PLC /FI/"); make them readable. */
function tidySecTitle(title: string): string {
  let t = title
    .replace(/\s*\/[A-Z]{2,3}\/?\s*$/, '')
    .replace(/\/ADR$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (t === t.toUpperCase() && /[A-Z]{4}/.test(t)) {
    t = t
      .split(' ')
      .map((w) => UPPER_WORDS[w.replace(/[.,]/g, '')] ?? (w.length > 3 && /[AEIOUY]/.test(w) ? titleCase(w) : w))
      .join(' ');
  }
  return t;
}

// Words that show a line is a security other than the company's shares (or a fund's units).
const JUNK_NAME =
  /\b(warrants?|rights?|units?|notes? due|debentures?|preferred|preference|pfd|subordinated|depositary shares? each|when issued|test (issue|stock)|[CP]\/W)\b|%/i;
const FUND_NAME = /\b(ETFs?|ETNs?|Fund|Portfolio|Index)\b/;

/** "Apple Inc. - Common Stock" -> "Apple Inc."; "Sony Group Corporation American Depositary Shares" -> "Sony Group Corporation". */
/**
 * US symbols of securities other than shares: Nasdaq's fifth letter W/U/R (warrant, unit, right) and the
 * SEC / Nasdaq Trader class suffixes for preferreds, warrants, units and rights.
 */
function isJunkUsSymbol(symbol: string): boolean {
  return /\.(P[A-Z]?|W[ST]?|U|R|RT|WI)$/.test(symbol) || /^[A-Z]{4}[WUR]$/.test(symbol);
}

function cleanSecurityName(raw: string, fund: boolean): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  const dash = s.indexOf(' - ');
  if (dash > 0) s = s.slice(0, dash).trim();
  if (fund) return s;
  const share =
    /\s+(\((the|new)\)\s+)?(new\s+)?((class|series) [a-z0-9]+\s+)?(common stock|common shares|ordinary shares?|american depositary shares?|american depository shares?|depositary shares|sponsored adr|adrs?|ads|shares of beneficial interest|subordinate voting shares|limited voting shares|common units|capital stock|shares)\b.*$/i;
  s = s
    .replace(share, '')
    .replace(/\s+class [a-z]$/i, '')
    .replace(/\s*\((the)\)$/i, '')
    .trim();
  return s.replace(/[,\s]+$/, '');
}

function capClass(marketCap: string): string {
  const v = Number(marketCap);
  if (!Number.isFinite(v) || v <= 0) return '';
  if (v >= 200e9) return 'Mega Cap';
  if (v >= 10e9) return 'Large Cap';
  if (v >= 2e9) return 'Mid Cap';
  if (v >= 300e6) return 'Small Cap';
  if (v >= 50e6) return 'Micro Cap';
  return 'Nano Cap';
}

// Abbreviations whose full stop does not end a sentence ("Apple Inc. designs", "Co. Ltd. The").
const NOT_SENTENCE_END = /(?:\b(?:Inc|Co|Cos|Corp|Ltd|Bros|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Nos|vs|approx|Mt|Ft|Ave|Blvd|e\.g|i\.e)|\b[A-Z])\.$/;

/** Where sentences end in `text`: the index just after each closing `.`, `!` or `?` followed by a new sentence. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?]["')\]]?(?=\s+["'(]?[A-Z0-9])/g)) {
    const end = m.index + m[0].length;
    if (!NOT_SENTENCE_END.test(text.slice(Math.max(0, end - 12), end))) ends.push(end);
  }
  return ends;
}

/**
 * A description cut for the card (and the package size) to whole sentences within `limit` characters. When the
 * sentences that fit are too short to say much, it is cut at a word instead and ends with an ellipsis.
 */
export function truncateSummary(text: string, limit = SUMMARY_MAX_LENGTH): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= limit) return t;
  const end = sentenceEnds(t)
    .filter((e) => e <= limit)
    .at(-1);
  if (end !== undefined && end >= limit * 0.45) return t.slice(0, end);
  const head = t.slice(0, limit);
  return head.slice(0, head.lastIndexOf(' ')).replace(/[\s,;:(-]+$/, '') + '…';
}

// ---------------------------------------------------------------- listings

interface Row {
  symbol: string;
  name: string;
  mic: string;
  country: string;
  sector: string;
  industry: string;
  cap: string;
  isin: string;
  cik: number;
  website: string;
  fund: boolean;
  former: string[];
  alt: string;
  summary: string;
  /** Shown on the card as is ("OTC ADR of NESN on SIX Swiss Exchange"). */
  note: string;
}

function newRow(symbol: string, name: string, mic: string): Row {
  return {
    symbol,
    name,
    mic,
    country: '',
    sector: '',
    industry: '',
    cap: '',
    isin: '',
    cik: 0,
    website: '',
    fund: false,
    former: [],
    alt: '',
    summary: '',
    note: '',
  };
}

class Listings {
  readonly rows = new Map<string, Row>();
  readonly bySymbol = new Map<string, Row[]>();
  add(row: Row): Row | null {
    const id = `${row.symbol} ${row.mic}`;
    if (this.rows.has(id) || !row.symbol || !row.name) return null;
    this.rows.set(id, row);
    const list = this.bySymbol.get(row.symbol) ?? [];
    list.push(row);
    this.bySymbol.set(row.symbol, list);
    return row;
  }
  remove(row: Row): void {
    this.rows.delete(`${row.symbol} ${row.mic}`);
    this.bySymbol.set(
      row.symbol,
      (this.bySymbol.get(row.symbol) ?? []).filter((r) => r !== row),
    );
  }
  has(symbol: string, mics: readonly string[]): boolean {
    return (this.bySymbol.get(symbol) ?? []).some((r) => mics.includes(r.mic));
  }
}

type FdRow = Record<string, string>;

/** FinanceDatabase exchange file -> the MIC we file its rows under (JPX's rows trade on the Tokyo segment). */
const FD_MAIN: Record<string, string> = {
  JPX: 'XTKS',
  LSE: 'XLON',
  TOR: 'XTSE',
  VAN: 'XTSX',
  HKG: 'XHKG',
  GER: 'XETR',
  PAR: 'XPAR',
  AMS: 'XAMS',
  BRU: 'XBRU',
  MIL: 'XMIL',
  MCE: 'XMAD',
  EBS: 'XSWX',
  STO: 'XSTO',
  HEL: 'XHEL',
  CPH: 'XCSE',
  OSL: 'XOSL',
  NSE: 'XNSE',
  BSE: 'XBOM',
  KSC: 'XKRX',
  KOE: 'XKOS',
  ASX: 'XASX',
  SES: 'XSES',
  JNB: 'XJSE',
  NZE: 'XNZE',
  SHH: 'XSHG',
  SHZ: 'XSHE',
  TLV: 'XTAE',
  SAO: 'BVMF',
  MEX: 'XMEX',
  CNQ: 'XCNQ',
  NEO: 'NEOE',
  TAI: 'XTAI',
  TWO: 'ROCO',
};
/** FinanceDatabase US segments: only borrowed from (summary, website), the venue comes from Nasdaq Trader. */
const FD_US = ['ASE', 'BTS', 'NCM', 'NGM', 'PCX'];
/** Regional German and LSE international order-book files: descriptions of foreign companies, never listings. */
const FD_BORROW_ONLY = ['GER', 'IOB', 'BER', 'DUS', 'HAM', 'HAN', 'MUN'];

function readFd(shared: string, exch: string): FdRow[] {
  const path = join(shared, 'international/financedatabase_equities', `${exch}.csv.gz`);
  return existsSync(path) ? csvObjects(readText(path)) : [];
}

function fdSymbol(yahoo: string): string {
  const dot = yahoo.lastIndexOf('.');
  return symbolKey(dot > 0 ? yahoo.slice(0, dot) : yahoo);
}

function website(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/**
 * Fills what `row` lacks from a FinanceDatabase row of the same company. Its sector and industry replace the
 * Nasdaq screener's: one (GICS-style) taxonomy for every listing of a company, so NYSE:SONY and TYO:6758 read
 * alike (the screener files Sony under "Consumer Staples").
 */
function fillFromFd(row: Row, fd: FdRow, opts: { isin: boolean }): void {
  row.country ||= fd.country ?? '';
  if (fd.sector) {
    row.sector = fd.sector;
    // Its industry group when it names no industry; the screener's industry only when it names neither.
    row.industry = fd.industry || fd.industry_group || row.industry;
  }
  row.cap ||= fd.market_cap ?? '';
  row.website ||= website(fd.website ?? '');
  if (opts.isin) row.isin ||= fd.isin ?? '';
  row.summary ||= fd.summary ?? '';
}

interface UsContext {
  secByTicker: Map<string, { cik: number; title: string }>;
}

function buildUs(shared: string, listings: Listings): UsContext {
  const secByTicker = new Map<string, { cik: number; title: string }>();
  const secCurrent = JSON.parse(readText(join(shared, 'us/sec_company_tickers.json.gz'))) as Record<
    string,
    { cik_str: number; ticker: string; title: string }
  >;
  for (const r of Object.values(secCurrent)) {
    const key = symbolKey(r.ticker);
    if (!secByTicker.has(key)) secByTicker.set(key, { cik: r.cik_str, title: r.title });
  }
  const secExchange = JSON.parse(readText(join(shared, 'us/sec_company_tickers_exchange.json'))) as {
    data: [number, string, string, string | null][];
  };
  for (const [cik, title, ticker] of secExchange.data) {
    const key = symbolKey(ticker);
    if (!secByTicker.has(key)) secByTicker.set(key, { cik, title });
  }

  const screener = new Map<string, Record<string, string>>();
  for (const file of ['nasdaq', 'nyse', 'amex']) {
    const rows = JSON.parse(readText(join(shared, `us/nasdaq_screener_${file}_full_tickers.json.gz`))) as Record<string, string>[];
    for (const r of rows) {
      const key = symbolKey(r.symbol ?? '');
      if (key && !screener.has(key)) screener.set(key, r);
    }
  }

  const fdUs = new Map<string, FdRow>();
  for (const exch of FD_US) {
    for (const r of readFd(shared, exch)) {
      const key = fdSymbol(r.symbol ?? '');
      if (!fdUs.has(key) && r.delisted !== 'True') fdUs.set(key, r);
    }
  }

  const add = (symbol: string, securityName: string, mic: string, fund: boolean): void => {
    const key = symbolKey(symbol);
    if (!key || /[$^#]/.test(symbol) || JUNK_NAME.test(securityName)) return;
    if (/\.(W|WS|U|R|RT|WI)$/.test(key)) return;
    const sec = secByTicker.get(key);
    const name = cleanSecurityName(securityName, fund) || (sec ? tidySecTitle(sec.title) : '');
    const row = newRow(key, name, mic);
    row.fund = fund;
    if (sec) {
      row.cik = sec.cik;
      const secName = tidySecTitle(sec.title);
      if (nameKey(secName) !== nameKey(name)) row.alt = secName;
    }
    const scr = screener.get(key);
    if (scr) {
      row.country = scr.country ?? '';
      row.sector = scr.sector ?? '';
      row.industry = scr.industry ?? '';
      row.cap = capClass(scr.marketCap ?? '');
    }
    const fd = fdUs.get(key);
    if (fd) fillFromFd(row, fd, { isin: (fd.isin ?? '').startsWith('US') });
    listings.add(row);
  };

  const nasdaqTier: Record<string, string> = { Q: 'XNGS', G: 'XNMS', S: 'XNCM' };
  for (const r of pipeObjects(readText(join(shared, 'us/nasdaqtrader_nasdaqlisted.txt')))) {
    if (r['Test Issue'] !== 'N') continue;
    add(r.Symbol!, r['Security Name']!, nasdaqTier[r['Market Category']!] ?? 'XNAS', r.ETF === 'Y');
  }
  const otherVenue: Record<string, string> = { A: 'XASE', N: 'XNYS', P: 'ARCX', Z: 'BATS' };
  for (const r of pipeObjects(readText(join(shared, 'us/nasdaqtrader_otherlisted.txt')))) {
    const mic = otherVenue[r.Exchange!];
    if (r['Test Issue'] !== 'N' || !mic) continue;
    add(r['ACT Symbol']!, r['Security Name']!, mic, r.ETF === 'Y');
  }
  // OTC: only the SEC knows these (ADRs such as DTEGY, small US filers).
  for (const [cik, title, ticker, exchange] of secExchange.data) {
    if (exchange !== 'OTC') continue;
    const key = symbolKey(ticker);
    if (/\.(P[A-Z]?|W[S]?|U|R)$/.test(key) || JUNK_NAME.test(title)) continue;
    const row = newRow(key, tidySecTitle(title), 'OTCM');
    row.cik = cik;
    listings.add(row);
  }
  return { secByTicker };
}

function buildInternational(shared: string, listings: Listings, fdByExchange: Map<string, FdRow[]>): Map<string, Row> {
  const nseByIsinless = new Map<string, Row>();
  for (const exch of Object.keys(FD_MAIN).sort()) {
    const mic = FD_MAIN[exch]!;
    for (const r of fdByExchange.get(exch) ?? []) {
      if (r.delisted === 'True' || !r.name) continue;
      const name = r.name.replace(/\s+/g, ' ').trim();
      // Rows with no sector, size or description are mostly certificates and covered warrants (Milan).
      if (JUNK_NAME.test(name) || (!r.sector && !r.market_cap && !r.summary)) continue;
      const row = newRow(fdSymbol(r.symbol ?? ''), name, mic);
      // Milan, Mexico and Xetra quote many US shares under their US symbols: the US listing already says it all,
      // and where there is none the line outlived the company (TWTR on Mexico). ADR ISINs on home listings
      // (INFY.NS) are not US lines: the country says so.
      const usLine = r.country === 'United States' && ((r.isin ?? '').startsWith('US') || listings.has(row.symbol, US_MICS));
      if (usLine) continue;
      const isinOk = !(r.isin ?? '').startsWith('US') || r.country === 'United States';
      fillFromFd(row, r, { isin: isinOk });
      const added = listings.add(row);
      if (added && mic === 'XNSE') nseByIsinless.set(added.symbol, added);
    }
  }
  return nseByIsinless;
}

/**
 * NSE's own equity list is newer than FinanceDatabase and carries ISINs. Symbols it renamed (TATAMOTORS -> TMPV)
 * move FinanceDatabase's details onto the new symbol; symbols the exchange no longer lists are dropped.
 */
function reconcileNse(shared: string, listings: Listings, fdNse: Map<string, Row>, nseChanges: NseChange[]): void {
  const official = new Map<string, Record<string, string>>();
  for (const r of csvObjects(readText(join(shared, 'international/nse_india_EQUITY_L.csv')))) {
    official.set(symbolKey(r.SYMBOL ?? ''), r);
  }
  const renamedTo = new Map<string, string>();
  for (const c of [...nseChanges].sort((a, b) => cmp(a.date, b.date))) renamedTo.set(c.from, c.to);
  const follow = (s: string): string => {
    for (let i = 0, cur = s; i < 10; i++) {
      const next = renamedTo.get(cur);
      if (!next || next === cur) return cur;
      cur = next;
      if (official.has(cur)) return cur;
    }
    return s;
  };
  for (const [symbol, row] of [...fdNse].sort(([a], [b]) => cmp(a, b))) {
    if (official.has(symbol)) continue;
    listings.remove(row);
    const target = follow(symbol);
    if (target !== symbol && official.has(target) && !listings.has(target, ['XNSE'])) {
      const moved: Row = { ...row, symbol: target, name: official.get(target)!['NAME OF COMPANY'] ?? row.name };
      if (nameKey(row.name) !== nameKey(moved.name)) moved.former = [row.name];
      listings.add(moved);
    }
  }
  for (const [symbol, r] of [...official].sort(([a], [b]) => cmp(a, b))) {
    const isin = r['ISIN NUMBER'] ?? '';
    const existing = listings.rows.get(`${symbol} XNSE`);
    if (existing) {
      existing.isin = isin || existing.isin;
      const officialName = (r['NAME OF COMPANY'] ?? '').replace(/\s+/g, ' ').trim();
      if (officialName && officialName !== existing.name) {
        if (nameKey(officialName) !== nameKey(existing.name) && !/\bADR\b/.test(existing.name)) existing.former.push(existing.name);
        existing.name = officialName;
      }
      continue;
    }
    const row = newRow(symbol, (r['NAME OF COMPANY'] ?? '').replace(/\s+/g, ' ').trim(), 'XNSE');
    row.isin = isin;
    row.country = 'India';
    if (!JUNK_NAME.test(row.name)) listings.add(row);
  }
}

function addSupplements(shared: string, listings: Listings): void {
  // TSX / TSXV companies FinanceDatabase does not carry.
  const jf = parseCsv(readText(join(shared, 'international/jonfriesen_nasdaq_nyse_tsx_tsxv_symbol_list.csv.gz')));
  for (const r of jf.slice(1)) {
    const [symbol = '', name = '', exchange = ''] = r;
    const mic = exchange === 'TSX' ? 'XTSE' : exchange === 'TSXV' ? 'XTSX' : '';
    // Canadian depositary receipts of US shares (AAPL "Apple CDR (CAD Hedged)") would only shadow the US listing.
    if (!mic || JUNK_NAME.test(name) || /\bCDR\b/.test(name)) continue;
    const row = newRow(symbolKey(symbol), name.replace(/\s+/g, ' ').trim(), mic);
    row.country = 'Canada';
    row.fund = FUND_NAME.test(row.name);
    listings.add(row);
  }
  // Taiwan: every listed share, names in Chinese (the only names the source has).
  for (const [file, mic] of [
    ['twstock_twse_equities.csv.gz', 'XTAI'],
    ['twstock_tpex_equities.csv.gz', 'ROCO'],
  ] as const) {
    for (const r of csvObjects(readText(join(shared, 'international', file)))) {
      if (r.type !== '股票') continue;
      const row = newRow(symbolKey(r.code ?? ''), r.name ?? '', mic);
      row.isin = r.ISIN ?? '';
      row.country = 'Taiwan';
      const existing = listings.rows.get(`${row.symbol} ${mic}`);
      if (existing) existing.isin ||= row.isin;
      else listings.add(row);
    }
  }
}

/** Descriptions and websites for US listings, borrowed from FinanceDatabase rows of the same company elsewhere. */
function borrowDetails(listings: Listings, fdByExchange: Map<string, FdRow[]>): void {
  const byName = new Map<string, FdRow>();
  const order = [...FD_US, ...Object.keys(FD_MAIN).sort(), ...FD_BORROW_ONLY];
  for (const exch of order) {
    for (const r of fdByExchange.get(exch) ?? []) {
      if (!r.summary || !r.name) continue;
      const key = nameKey(r.name);
      if (key.length >= 3 && !byName.has(key)) byName.set(key, r);
    }
  }
  for (const row of [...listings.rows.values()].sort((a, b) => cmp(a.symbol, b.symbol) || cmp(a.mic, b.mic))) {
    if (!US_MICS.includes(row.mic) || row.summary || row.fund) continue;
    const fd = byName.get(nameKey(row.name)) ?? (row.alt ? byName.get(nameKey(row.alt)) : undefined);
    if (!fd) continue;
    const country = fd.country ?? '';
    if (row.country ? country !== row.country : country !== 'United States' && !(fd.isin ?? '').startsWith('US')) continue;
    fillFromFd(row, fd, { isin: (fd.isin ?? '').startsWith('US') });
  }
}

// ---------------------------------------------------------------- curated listings

/** An OTC ADR of a foreign company the SEC does not know (see src/core/resolve/curated-adrs.json). */
export interface CuratedAdr {
  adr: string;
  home: string;
  mic: string;
  company: string;
  detailsFrom?: string;
  tier?: 'OTCQX' | 'OTCQB' | 'Pink';
}
/** A BSE scrip code and the NSE symbol of the same company (see src/core/resolve/curated-bse-codes.json). */
export interface CuratedBseCode {
  code: string;
  nse: string;
  company: string;
}
/** The English name of a Taiwan listing twstock names in Chinese (see src/core/resolve/curated-tw-names.json). */
export interface CuratedTwName {
  code: string;
  short: string;
  name: string;
  adr?: string;
}

const TIER_MIC: Record<NonNullable<CuratedAdr['tier']>, string> = { OTCQX: 'OTCQ', OTCQB: 'OTCB', Pink: 'PINX' };

/** Company details `to` lacks, from another listing of the same company. */
function fillFromRow(to: Row, from: Row): void {
  to.country ||= from.country;
  to.sector ||= from.sector;
  to.industry ||= from.industry;
  to.cap ||= from.cap;
  to.website ||= from.website;
  to.summary ||= from.summary;
  if (!to.former.length) to.former = [...from.former];
}

/**
 * BSE listings under their numeric scrip codes, as copies of the NSE listing of the same company: FinanceDatabase
 * files BSE rows under NSE-style symbols, and the build drops those in favour of the NSE rows.
 */
function addBseCodes(listings: Listings, codes: readonly CuratedBseCode[]): void {
  for (const c of codes) {
    const nse = listings.rows.get(`${symbolKey(c.nse)} XNSE`);
    if (!nse) throw new Error(`curated BSE code ${c.code}: no NSE listing ${c.nse}`);
    const row: Row = { ...nse, symbol: symbolKey(c.code), mic: 'XBOM', cik: 0, fund: false, former: [...nse.former], note: '' };
    if (!listings.add(row)) throw new Error(`curated BSE code ${c.code} is already listed`);
  }
}

/**
 * OTC ADRs named and described like the home listing their shares represent. An ADR the SEC already lists
 * (DTEGY) keeps its CIK, ISIN and details and gains the home name and the note; a new one sits on the tier's MIC,
 * or on OTCM when the tier is unknown. The home ISIN is not copied: it identifies the home share, not the ADR.
 */
function addAdrs(listings: Listings, adrs: readonly CuratedAdr[]): void {
  for (const a of adrs) {
    const home = listings.rows.get(`${symbolKey(a.detailsFrom ?? a.home)} ${a.mic}`);
    if (!home) throw new Error(`curated ADR ${a.adr}: no listing ${a.detailsFrom ?? a.home} on ${a.mic}`);
    const symbol = symbolKey(a.adr);
    const existing = (listings.bySymbol.get(symbol) ?? []).find((r) => OTC_MICS.includes(r.mic));
    const row = existing ?? newRow(symbol, home.name, a.tier ? TIER_MIC[a.tier] : 'OTCM');
    if (existing) {
      if (nameKey(existing.name) !== nameKey(home.name) && !existing.alt) existing.alt = existing.name;
      existing.name = home.name;
    }
    fillFromRow(row, home);
    row.note = `OTC ADR of ${symbolKey(a.home)} on ${VENUES[a.mic]?.name ?? a.mic}`;
    if (!existing && !listings.add(row)) throw new Error(`curated ADR ${a.adr} could not be added`);
  }
}

/** English names for Taiwan listings known only by their Chinese short names; details from a US ADR if named. */
function addTwNames(listings: Listings, names: readonly CuratedTwName[]): void {
  for (const n of names) {
    const row = listings.rows.get(`${n.code} XTAI`) ?? listings.rows.get(`${n.code} ROCO`);
    if (!row) throw new Error(`curated Taiwan name ${n.code}: no listing on XTAI or ROCO`);
    if (row.name !== n.short) throw new Error(`curated Taiwan name ${n.code}: the listing is named ${row.name}, not ${n.short}`);
    row.name = n.name;
    row.alt = n.short;
    if (!n.adr) continue;
    const adr = (listings.bySymbol.get(n.adr) ?? []).find((r) => US_MICS.includes(r.mic) && !OTC_MICS.includes(r.mic));
    if (!adr) throw new Error(`curated Taiwan name ${n.code}: no US listing ${n.adr}`);
    fillFromRow(row, adr);
  }
}

/** "Sponsored ADR", "GDR RegS" and the like, which some sources append to a company's name on any venue. */
const RECEIPT_SUFFIX = /\s+(?:Sponsored(?:\s+(?:ADR|GDR)(?:\s+RegS)?(?:\s+Class\s+[A-Z])?)?|(?:ADR|GDR)(?:\s+RegS)?|\/\s*ADR)$/;

/** A company name without a depositary-receipt suffix ("Nokia Corporation Sponsored" -> "Nokia Corporation"). */
export function withoutReceiptSuffix(name: string): string {
  const bare = name.replace(RECEIPT_SUFFIX, '').trim();
  return bare.length >= 2 ? bare : name;
}

// ---------------------------------------------------------------- history

interface Sighting {
  symbol: string;
  group: string;
  mic: string;
  name: string;
  first: string;
  last: string;
  ipo: string;
  sector: string;
  industry: string;
  country: string;
  fund: boolean;
  /** First and last snapshot dates of the file it came from. */
  fileStart: string;
  fileEnd: string;
}

interface Period {
  symbol: string;
  group: string;
  mic: string;
  names: string[];
  first: string;
  last: string;
  ipo: string;
  sector: string;
  industry: string;
  country: string;
  fund: boolean;
  /** Started on the first day of its file: we do not know whether it was new. */
  startsAtFileStart: boolean;
  /** Still present on the last day of its file. */
  endsAtFileEnd: boolean;
}

interface NseChange {
  name: string;
  from: string;
  to: string;
  date: string;
}

function micGroup(mic: string): string {
  if (US_MICS.includes(mic)) return 'US';
  return mic;
}

const DAY = 86_400_000;
const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / DAY;

function readSightings(shared: string): Sighting[] {
  const out: Sighting[] = [];
  const push = (
    rows: Record<string, string>[],
    micOf: (exchange: string) => string,
    nameCol: string,
    etfOf: (r: Record<string, string>) => boolean,
  ): void => {
    const firsts = rows.map((r) => r.first_seen!).sort();
    const lasts = rows.map((r) => r.last_seen!).sort();
    const fileStart = firsts[0]!;
    const fileEnd = lasts[lasts.length - 1]!;
    for (const r of rows) {
      const mic = micOf(r.exchange ?? '');
      const rawName = r[nameCol] ?? '';
      if (!mic || JUNK_NAME.test(rawName)) continue;
      const fund = etfOf(r);
      const symbol = symbolKey(r.symbol ?? '');
      if (!symbol || (micGroup(mic) === 'US' && isJunkUsSymbol(symbol)) || /\.(W|WS|WT|U|UN|R|RT|WI)$/.test(symbol)) continue;
      out.push({
        symbol,
        group: micGroup(mic),
        mic,
        name: cleanSecurityName(rawName, fund),
        first: r.first_seen!,
        last: r.last_seen!,
        ipo: r.ipoyear ?? '',
        sector: r.sector ?? '',
        industry: r.industry ?? '',
        country: r.country ?? '',
        fund,
        fileStart,
        fileEnd,
      });
    }
  };
  const screenerMic: Record<string, string> = { NASDAQ: 'XNAS', NYSE: 'XNYS', AMEX: 'XASE' };
  push(
    csvObjects(readText(join(shared, 'history/us_screener_listing_intervals_2021-2026.csv.gz'))),
    (e) => screenerMic[e] ?? '',
    'name',
    () => false,
  );
  const jfMic: Record<string, string> = {
    'NASDAQ Global Select MarketSM': 'XNGS',
    'NASDAQ Global MarketSM': 'XNMS',
    'NASDAQ Capital Market': 'XNCM',
    NYSE: 'XNYS',
    'NYSE MKT': 'XASE',
    'NYSE ARCA': 'ARCX',
    BATS: 'BATS',
    TSX: 'XTSE',
    TSXV: 'XTSX',
  };
  push(
    csvObjects(readText(join(shared, 'history/nasdaq_nyse_tsx_listing_intervals_2021-2026.csv.gz'))),
    (e) => jfMic[e] ?? '',
    'name',
    (r) => /\bETF\b/.test(r.name ?? ''),
  );
  const ntMic: Record<string, string> = { NASDAQ: 'XNAS', NYSE: 'XNYS', 'NYSE ARCA': 'ARCX', 'NYSE MKT': 'XASE', BATS: 'BATS' };
  push(
    csvObjects(readText(join(shared, 'history/nasdaqtrader_listing_intervals_2014-2016.csv.gz'))),
    (e) => ntMic[e] ?? '',
    'security_name',
    (r) => r.etf === 'Y',
  );
  return out;
}

/** Sightings of one symbol merged into periods of continuous listing (gaps under 30 days, or a source gap with the same name). */
function buildPeriods(sightings: Sighting[]): Period[] {
  const bySymbol = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const id = `${s.group} ${s.symbol}`;
    const list = bySymbol.get(id) ?? [];
    list.push(s);
    bySymbol.set(id, list);
  }
  const periods: Period[] = [];
  for (const id of [...bySymbol.keys()].sort()) {
    const list = bySymbol.get(id)!.sort((a, b) => cmp(a.first, b.first) || cmp(a.last, b.last) || cmp(a.name, b.name));
    let cur: (Period & { fileEnd: string }) | null = null;
    for (const s of list) {
      const continues =
        cur &&
        (days(cur.last, s.first) <= 30 ||
          (cur.endsAtFileEnd && s.first === s.fileStart && nameKey(cur.names[cur.names.length - 1]!) === nameKey(s.name)));
      if (cur && continues) {
        if (!cur.names.some((n) => nameKey(n) === nameKey(s.name))) cur.names.push(s.name);
        if (s.last >= cur.last) {
          cur.last = s.last;
          cur.mic = s.mic;
          cur.endsAtFileEnd = days(s.last, s.fileEnd) <= 5;
          cur.fileEnd = s.fileEnd;
        }
        cur.ipo = s.ipo || cur.ipo;
        cur.sector = s.sector || cur.sector;
        cur.industry = s.industry || cur.industry;
        cur.country = s.country || cur.country;
        cur.fund ||= s.fund;
      } else {
        if (cur) periods.push(cur);
        cur = {
          symbol: s.symbol,
          group: s.group,
          mic: s.mic,
          names: [s.name],
          first: s.first,
          last: s.last,
          ipo: s.ipo,
          sector: s.sector,
          industry: s.industry,
          country: s.country,
          fund: s.fund,
          startsAtFileStart: days(s.fileStart, s.first) <= 2,
          endsAtFileEnd: days(s.last, s.fileEnd) <= 5,
          fileEnd: s.fileEnd,
        };
      }
    }
    if (cur) periods.push(cur);
  }
  return periods;
}

const GENERIC_FIRST_WORDS = new Set([
  'first',
  'american',
  'global',
  'china',
  'united',
  'new',
  'national',
  'international',
  'great',
  'north',
  'south',
  'capital',
  'bank',
  'invesco',
  'ishares',
  'proshares',
  'spdr',
  'vanguard',
]);

function sameFamily(a: string, b: string): boolean {
  if (nameKey(a) === nameKey(b)) return true;
  const first = (n: string): string => nameKey(n.split(/\s+/)[0] ?? '') || '';
  const fa = first(a);
  return fa.length >= 3 && fa === first(b) && !GENERIC_FIRST_WORDS.has(fa);
}

interface SecSighting {
  cik: number;
  ticker: string;
  title: string;
  exchange: string;
  first: string;
  last: string;
}

function readSecHistory(shared: string): { byCik: Map<number, SecSighting[]>; latest: string } {
  const rows: SecSighting[] = [];
  const snapshot = (file: string, date: string): void => {
    const data = JSON.parse(readText(join(shared, file))) as unknown;
    if (data && typeof data === 'object' && 'fields' in data) {
      for (const [cik, title, ticker, exchange] of (data as unknown as { data: [number, string, string, string | null][] }).data) {
        rows.push({ cik, ticker: symbolKey(ticker), title, exchange: exchange ?? '', first: date, last: date });
      }
    } else {
      for (const r of Object.values(data as Record<string, { cik_str: number; ticker: string; title: string }>)) {
        rows.push({ cik: r.cik_str, ticker: symbolKey(r.ticker), title: r.title, exchange: '', first: date, last: date });
      }
    }
  };
  snapshot('history/sec_company_tickers_committed_2021-12-24.json.gz', '2021-12-24');
  snapshot('history/sec_company_tickers_exchange_committed_2022-05-19.json.gz', '2022-05-19');
  snapshot('history/sec_company_tickers_committed_2023-01-20.json.gz', '2023-01-20');
  snapshot('history/sec_company_tickers_exchange_committed_2024-09-26.json.gz', '2024-09-26');
  snapshot('us/sec_company_tickers_exchange.json', '2025-12-14');
  snapshot('us/sec_company_tickers.json.gz', '2026-02-28');
  for (const r of csvObjects(readText(join(shared, 'history/sec_cik_ticker_intervals_2024-2026.csv.gz')))) {
    rows.push({
      cik: Number(r.cik),
      ticker: symbolKey(r.ticker ?? ''),
      title: r.title ?? '',
      exchange: '',
      first: r.first_seen!,
      last: r.last_seen!,
    });
  }
  const merged = new Map<string, SecSighting>();
  for (const r of rows) {
    const id = `${r.cik} ${r.ticker}`;
    const m = merged.get(id);
    if (!m) {
      merged.set(id, { ...r });
      continue;
    }
    if (r.first < m.first) m.first = r.first;
    if (r.last > m.last) {
      m.last = r.last;
      m.title = r.title;
    }
    m.exchange ||= r.exchange;
  }
  const byCik = new Map<number, SecSighting[]>();
  for (const m of [...merged.values()].sort((a, b) => a.cik - b.cik || cmp(a.first, b.first) || cmp(a.ticker, b.ticker))) {
    const list = byCik.get(m.cik) ?? [];
    list.push(m);
    byCik.set(m.cik, list);
  }
  return { byCik, latest: '2026-02-28' };
}

function readNseChanges(shared: string): NseChange[] {
  const months: Record<string, string> = {
    JAN: '01',
    FEB: '02',
    MAR: '03',
    APR: '04',
    MAY: '05',
    JUN: '06',
    JUL: '07',
    AUG: '08',
    SEP: '09',
    OCT: '10',
    NOV: '11',
    DEC: '12',
  };
  const out: NseChange[] = [];
  for (const r of parseCsv(readText(join(shared, 'history/nse_india_symbolchange.csv')))) {
    const [name = '', from = '', to = '', date = ''] = r.map((c) => c.trim());
    const m = /^(\d{2})-([A-Z]{3})-(\d{4})$/.exec(date.toUpperCase());
    if (!m || !from || !to || from === to) continue;
    out.push({ name, from: symbolKey(from), to: symbolKey(to), date: `${m[3]}-${months[m[2]!]}-${m[1]}` });
  }
  return out;
}

interface CuratedNote {
  symbol: string;
  mic: string;
  note: string;
}

function buildHistory(
  shared: string,
  listings: Listings,
  nseChanges: NseChange[],
  curated: CuratedNote[],
): { history: HistoryFile; formerNames: Map<string, string[]> } {
  const periods = buildPeriods(readSightings(shared));
  const { byCik, latest: secLatest } = readSecHistory(shared);
  const globalEnd = periods.reduce((m, p) => (p.last > m ? p.last : m), '');
  const isCurrentIn = (symbol: string, group: string): boolean =>
    (listings.bySymbol.get(symbol) ?? []).some((r) => micGroup(r.mic) === group);
  const ended = (p: Period): boolean => days(p.last, globalEnd) > 5;
  const periodsOf = new Map<string, Period[]>();
  for (const p of periods) {
    const id = `${p.group} ${p.symbol}`;
    periodsOf.set(id, [...(periodsOf.get(id) ?? []), p]);
  }
  const lastPeriod = (symbol: string, group: string): Period | undefined => periodsOf.get(`${group} ${symbol}`)?.at(-1);

  // Renames, keyed "group symbol" of the old symbol -> new symbol and date of the change.
  const renames = new Map<string, { to: string; date: string }>();

  // 1. Same CIK, a ticker that stops and a newer one that starts after it.
  const cikOfTicker = new Map<string, number>();
  for (const [cik, list] of byCik) {
    for (const old of list) {
      if (!cikOfTicker.has(old.ticker) || old.last >= secLatest) cikOfTicker.set(old.ticker, cik);
      if (old.last >= secLatest || isJunkUsSymbol(old.ticker)) continue;
      const next = list.find((n) => n.ticker !== old.ticker && n.first > old.first && n.first >= old.last && !isJunkUsSymbol(n.ticker));
      if (!next || (isCurrentIn(old.ticker, 'US') && lastPeriod(old.ticker, 'US') && !ended(lastPeriod(old.ticker, 'US')!))) continue;
      const p = lastPeriod(old.ticker, 'US');
      const date = p && ended(p) ? p.last : next.first;
      renames.set(`US ${old.ticker}`, { to: next.ticker, date });
    }
  }

  // 2. Interval files: a symbol's last day followed within four days by a new symbol of the same company.
  const startsByDay = new Map<string, Period[]>();
  for (const p of periods) if (!p.startsAtFileStart) startsByDay.set(p.first, [...(startsByDay.get(p.first) ?? []), p]);
  const startsAfter = (day: string): Period[] =>
    [1, 2, 3, 4].flatMap((n) => startsByDay.get(new Date(Date.parse(day) + n * DAY).toISOString().slice(0, 10)) ?? []);
  const candidatesFor = (a: Period): Period[] =>
    startsAfter(a.last).filter(
      (b) =>
        b.group === a.group &&
        b.symbol !== a.symbol &&
        days(a.last, b.first) >= 1 &&
        days(a.last, b.first) <= 4 &&
        a.fund === b.fund &&
        (sameFamily(a.names.at(-1)!, b.names[0]!) || (a.ipo !== '' && a.ipo === b.ipo && a.industry !== '' && a.industry === b.industry)),
    );
  const endedPeriods = periods.filter((p) => ended(p) && !p.endsAtFileEnd);
  const claims = new Map<Period, Period[]>();
  for (const a of endedPeriods) {
    const c = candidatesFor(a);
    if (c.length === 1) claims.set(c[0]!, [...(claims.get(c[0]!) ?? []), a]);
  }
  for (const [b, as] of claims) {
    if (as.length !== 1) continue;
    const a = as[0]!;
    const id = `${a.group} ${a.symbol}`;
    if (!renames.has(id) && lastPeriod(a.symbol, a.group) === a) renames.set(id, { to: b.symbol, date: a.last });
  }

  // 3. NSE's own list of symbol changes.
  for (const c of [...nseChanges].sort((a, b) => cmp(a.date, b.date))) renames.set(`XNSE ${c.from}`, { to: c.to, date: c.date });

  const notes = new Map(curated.map((c) => [`${micGroup(c.mic)} ${symbolKey(c.symbol)}`, c.note]));
  const entries: HistoryEntry[] = [];
  const predecessors = new Map<string, string[]>();
  const addPredecessorNames = (group: string, to: string, names: string[]): void => {
    const id = `${group} ${to}`;
    predecessors.set(id, [...(predecessors.get(id) ?? []), ...names]);
  };

  for (const p of periods) {
    const id = `${p.group} ${p.symbol}`;
    if (lastPeriod(p.symbol, p.group) !== p && !renames.has(id)) continue;
    if (lastPeriod(p.symbol, p.group) !== p) continue;
    if (!ended(p) || p.fund) continue;
    const rename = renames.get(id);
    const name = p.names.at(-1)!;
    const entry: HistoryEntry = { s: p.symbol, m: p.mic, n: name, y: Number((rename?.date ?? p.last).slice(0, 4)) };
    if (p.names.length > 1) entry.fn = p.names.slice(0, -1);
    if (rename) {
      entry.to = rename.to;
      addPredecessorNames(p.group, rename.to, [...(predecessors.get(id) ?? []), ...p.names]);
    } else {
      const note = notes.get(id);
      if (note) entry.note = note;
      else if (p.endsAtFileEnd) entry.u = 1;
    }
    const cik = p.group === 'US' ? cikOfTicker.get(p.symbol) : undefined;
    if (cik) entry.cik = cik;
    if (p.country) entry.country = p.country;
    entries.push(entry);
  }
  // SEC-only renames (ticker changes the interval files did not see).
  for (const [id, rename] of renames) {
    const [group, symbol] = id.split(' ') as [string, string];
    if (group !== 'US' || lastPeriod(symbol, group)) continue;
    const cik = cikOfTicker.get(symbol);
    const sec = cik ? byCik.get(cik)?.find((s) => s.ticker === symbol) : undefined;
    if (!sec) continue;
    const mic = sec.exchange === 'Nasdaq' ? 'XNAS' : sec.exchange === 'OTC' ? 'OTCM' : 'XNYS';
    entries.push({ s: symbol, m: mic, n: tidySecTitle(sec.title), y: Number(rename.date.slice(0, 4)), to: rename.to, cik: cik! });
  }
  for (const c of nseChanges) {
    if (renames.get(`XNSE ${c.from}`)?.date !== c.date) continue;
    entries.push({ s: c.from, m: 'XNSE', n: c.name.replace(/\s+/g, ' '), y: Number(c.date.slice(0, 4)), to: c.to, country: 'India' });
  }

  const unique = new Map<string, HistoryEntry>();
  for (const e of entries.sort(compareEntries)) {
    const id = `${e.s} ${e.m}`;
    if (!unique.has(id)) unique.set(id, e);
  }

  // Earlier names of current listings: names under the same symbol before the current one, and the names of
  // symbols that were renamed into it.
  const formerNames = new Map<string, string[]>();
  for (const row of listings.rows.values()) {
    const group = micGroup(row.mic);
    const p = lastPeriod(row.symbol, group);
    const names = [...(predecessors.get(`${group} ${row.symbol}`) ?? []), ...(p && !ended(p) ? p.names : []), ...row.former];
    const seen = new Set([nameKey(row.name), ...(row.alt ? [nameKey(row.alt)] : [])]);
    const out: string[] = [];
    for (const n of names) {
      const k = nameKey(n);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      out.push(n);
    }
    if (out.length) formerNames.set(`${row.symbol} ${row.mic}`, out);
  }
  return { history: { format: DATA_FORMAT, entries: [...unique.values()] }, formerNames };
}

function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
  return cmp(a.s, b.s) || cmp(a.m, b.m) || b.y - a.y || (a.to ? 0 : 1) - (b.to ? 0 : 1) || cmp(a.n, b.n);
}

// ---------------------------------------------------------------- output

function intern(table: string[], index: Map<string, number>, value: string): number {
  if (!value) return 0;
  let i = index.get(value);
  if (i === undefined) {
    i = table.length;
    table.push(value);
    index.set(value, i);
  }
  return i;
}

function toListingsFile(rows: Row[]): ListingsFile {
  const sortedValues = (pick: (r: Row) => string): string[] => ['', ...[...new Set(rows.map(pick).filter(Boolean))].sort()];
  const tables = {
    mic: sortedValues((r) => r.mic),
    country: sortedValues((r) => r.country),
    sector: sortedValues((r) => r.sector),
    industry: sortedValues((r) => r.industry),
    cap: sortedValues((r) => r.cap),
  };
  const idx = Object.fromEntries(Object.entries(tables).map(([k, t]) => [k, new Map(t.map((v, i) => [v, i]))])) as Record<
    keyof typeof tables,
    Map<string, number>
  >;
  const file: ListingsFile = {
    format: DATA_FORMAT,
    tables,
    columns: { symbol: [], name: [], mic: [], country: [], sector: [], industry: [], cap: [], isin: [], cik: [], website: [] },
    funds: [],
    former: {},
    alt: {},
    note: {},
  };
  const c = file.columns;
  for (const [i, r] of rows.entries()) {
    c.symbol.push(r.symbol);
    c.name.push(r.name);
    c.mic.push(intern(tables.mic, idx.mic, r.mic));
    c.country.push(intern(tables.country, idx.country, r.country));
    c.sector.push(intern(tables.sector, idx.sector, r.sector));
    c.industry.push(intern(tables.industry, idx.industry, r.industry));
    c.cap.push(intern(tables.cap, idx.cap, r.cap));
    c.isin.push(r.isin);
    c.cik.push(r.cik);
    c.website.push(r.website.replace(/^www\./i, '~'));
    if (r.fund) file.funds.push(i);
    if (r.former.length) file.former[i] = r.former;
    if (r.alt) file.alt[i] = r.alt;
    if (r.note) file.note![i] = r.note;
  }
  return file;
}

/** JSON with one top-level key per line and arrays on one line: small, yet diffs stay readable. */
function compactJson(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${compactJson(v)}`).join(',\n')}\n}`;
  }
  if (Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
    return `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
  }
  return JSON.stringify(value);
}

function main(): void {
  const { shared, out } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(shared, 'SOURCES.md'))) throw new Error(`no shared data at ${shared} (pass its path or set CLEARFOLIO_SHARED_DATA)`);
  const readCurated = <T>(file: string): T => JSON.parse(readFileSync(join(repoRoot, 'src/core/resolve', file), 'utf8')) as T;
  const curated = readCurated<{ notes: CuratedNote[] }>('curated-notes.json').notes;
  const bseCodes = readCurated<{ codes: CuratedBseCode[] }>('curated-bse-codes.json').codes;
  const twNames = readCurated<{ names: CuratedTwName[] }>('curated-tw-names.json').names;
  const adrs = readCurated<{ adrs: CuratedAdr[] }>('curated-adrs.json').adrs;

  const fdByExchange = new Map<string, FdRow[]>();
  for (const exch of [...new Set([...Object.keys(FD_MAIN), ...FD_US, ...FD_BORROW_ONLY])].sort())
    fdByExchange.set(exch, readFd(shared, exch));

  const listings = new Listings();
  buildUs(shared, listings);
  const fdNse = buildInternational(shared, listings, fdByExchange);
  const nseChanges = readNseChanges(shared);
  reconcileNse(shared, listings, fdNse, nseChanges);
  addSupplements(shared, listings);
  // FinanceDatabase's BSE file mostly repeats NSE companies under the same symbols; BSE mentions fall back to NSE.
  for (const row of [...listings.rows.values()]) if (row.mic === 'XBOM' && listings.has(row.symbol, ['XNSE'])) listings.remove(row);
  borrowDetails(listings, fdByExchange);

  const { history, formerNames } = buildHistory(shared, listings, nseChanges, curated);
  for (const [id, names] of formerNames) listings.rows.get(id)!.former = names;
  // After the history, so the copies carry the earlier names of the listing they copy.
  addBseCodes(listings, bseCodes);
  addAdrs(listings, adrs);
  addTwNames(listings, twNames);
  for (const row of listings.rows.values()) if (!row.fund) row.name = withoutReceiptSuffix(row.name);

  const rows = [...listings.rows.values()].sort((a, b) =>
    a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : a.mic < b.mic ? -1 : a.mic > b.mic ? 1 : 0,
  );
  const exchanges = buildExchanges(shared);

  const dataDir = join(out, 'src/data');
  const summaryDir = join(out, 'src/public/data/summaries');
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(summaryDir)) for (const f of readdirSync(summaryDir)) if (f.endsWith('.json')) rmSync(join(summaryDir, f));
  mkdirSync(summaryDir, { recursive: true });

  writeFileSync(join(dataDir, 'listings.json'), compactJson(toListingsFile(rows)) + '\n');
  writeFileSync(join(dataDir, 'history.json'), compactJson(history) + '\n');
  writeFileSync(join(dataDir, 'exchanges.json'), JSON.stringify(exchanges, null, 1) + '\n');

  const shards = new Map<string, [string, string][]>();
  for (const r of rows) {
    if (!r.summary) continue;
    const shard = summaryShard(r.mic, r.symbol);
    shards.set(shard, [...(shards.get(shard) ?? []), [`${r.mic}:${r.symbol}`, truncateSummary(r.summary)]]);
  }
  for (const shard of [...shards.keys()].sort()) {
    const entries = shards.get(shard)!.sort(([a], [b]) => (a < b ? -1 : 1));
    writeFileSync(
      join(summaryDir, `${shard}.json`),
      `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}\n`,
    );
  }
  const withSummary = rows.filter((r) => r.summary).length;
  console.log(
    `listings: ${rows.length} rows (${withSummary} with a summary); history: ${history.entries.length} entries; exchanges: ${Object.keys(exchanges.codes).length} codes -> ${dirname(join(dataDir, 'x'))}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
