// The shapes every part of Clearfolio agrees on. Pure types: no browser APIs, no Node APIs,
// so the same core runs in the content script, in `clearfolio analyze` and in unit tests.

import type { Note } from './notes.ts';
import type { ClutterKind } from './clutter/kinds.ts';

// The clutter kinds are a registry (clutter/rules.json `kinds`): one entry per kind, named here for everyone.
export { CLUTTER_KINDS, type ClutterKind } from './clutter/kinds.ts';

/** What `detectArticle` concludes about one page. */
export interface ArticleDetection {
  isArticle: boolean;
  /** The element holding the article body (protected: never hidden, nor any ancestor of it), or null. */
  region: Element | null;
  /**
   * Every element whose text is article text, for the ticker scan: the region plus the headline and
   * standfirst when they sit outside it. Empty when not an article.
   */
  parts: Element[];
  /** Human-readable reasons, e.g. "jsonld:NewsArticle", "path:home", "readerable". */
  signals: string[];
}

/** One block the cleaner wants hidden. `element` is never the article region or one of its ancestors. */
export interface ClutterBlock {
  element: Element;
  kind: ClutterKind;
  /** The independent signals that agreed, e.g. ["text:commission", "small-vs-article"]. */
  evidence: string[];
}

/** How a mention was written on the page. */
export type MentionForm =
  | 'exchange-prefix' // NYSE:SNE, (NASDAQ: FEYE), TSX, NYSE: GOLD
  | 'cashtag' // $AAPL
  | 'name-bracket' // Apple Inc. (AAPL)
  | 'suffix' // BP.L, 6758.T, (AAPL.O), RY-T
  | 'table-cell' // a cell in a column headed Ticker/Symbol/Code
  | 'quote-link' // <a href="/quote/JPM">JPM</a> or data-symbol
  | 'bare'; // AAPL after the page introduced it in a marked form

/** A run of one text node's data: node.data.slice(start, end). */
export interface TextRun {
  node: Text;
  start: number;
  end: number;
}

/** A possible mention found in the page text, before resolution. Offsets are into `node.data`. */
export interface TickerCandidate {
  node: Text;
  start: number;
  end: number;
  /**
   * The mention as the reader sees it: node.data.slice(start, end), followed by the text of each of `parts`
   * when the mention runs on across inline elements ("NASDAQ: " + <a>NVDA</a>).
   */
  text: string;
  /** Further runs of page text the mention covers, in document order, when it crosses inline elements. */
  parts?: TextRun[];
  /** The symbol as written, without $, exchange prefix or suffix: SNE, BP, 7203, RY. */
  symbol: string;
  /** Upper-cased exchange code as written or implied by a suffix (NYSE, TYO, LON, TSX...), or null. */
  exchange: string | null;
  form: MentionForm;
  /** For 'name-bracket': the words written before the bracket ("Apple Inc."). */
  nameBefore?: string;
}

/** One question to the offline dataset. */
export interface LookupQuery {
  symbol: string;
  exchange: string | null;
  /**
   * The name written before the bracket in "Name (TICK)": of the listings that carry the symbol, one whose
   * company has that name wins ("Tesco (TSCO)" is Tesco in London, not Tractor Supply on Nasdaq).
   */
  name?: string;
  /**
   * The page's publication date ("2015-03-12" or "2015-03"): a recycled symbol resolves to the company that held it
   * then (S on a 2015 page is Sprint, not SentinelOne, which took S in 2021).
   */
  date?: string;
}

/** A company as the dataset knows it. Optional fields are absent when the data does not have them. */
export interface Company {
  /** Current symbol on its listing venue (SONY, 6758, BP). */
  symbol: string;
  name: string;
  /** ISO 10383 MIC of the listing (XNYS, XTKS, XLON...). */
  mic: string;
  /** Our canonical exchange code for that MIC (NYSE, TYO, LON...). */
  exchange: string;
  /** ISO 3166 alpha-2 or country name as the data has it. */
  country?: string;
  sector?: string;
  industry?: string;
  marketCap?: string;
  website?: string;
  isin?: string;
  cik?: number;
  /** The symbol the page used when it is an old one (SNE for SONY). */
  formerSymbol?: string;
  /** Year the symbol changed, when known. */
  symbolChangedYear?: number;
  formerNames?: string[];
  /** What the card says about the listing's history, as catalogue messages ("Acquired by Alphabet (Google) in 2022"). */
  notes?: Note[];
  /**
   * For a recycled symbol resolved to its earlier holder (S on a 2015 page: Sprint Corporation): the company that
   * earlier holder became part of (T-Mobile US, TMUS), when known.
   */
  successor?: { symbol: string; name: string };
  /**
   * Nothing trades under this company's symbol any more (the data knows it only from its history: FEYE): there
   * is no quote to ask for and no quote page to link to.
   */
  delisted?: boolean;
  /** A short description, filled only when details are asked for (the card), never in bulk lookups. */
  summary?: string;
  /** Other names the company is known by, for the "Name (TICK)" check (Apple, Apple Inc., Apple Computer). */
  aliases?: string[];
}

/** The resolver answers a batch of queries, in order, with a company or null. */
export interface Resolver {
  resolve(queries: readonly LookupQuery[]): Promise<(Company | null)[]>;
}

/** A mention Clearfolio decided to highlight. */
export interface TickerMention {
  candidate: TickerCandidate;
  /** The company, or null for an exchange-prefixed mention missing from the dataset (shown as unverified). */
  company: Company | null;
}

/** `data-clearfolio-ticker` value per the README's DOM contract: "EXCHANGE:SYMBOL" or ":SYMBOL". */
export function tickerAttribute(symbol: string, exchange: string | null): string {
  return `${exchange ?? ''}:${symbol}`;
}

/** A live quote from an opt-in provider. Times are epoch milliseconds. */
export interface Quote {
  symbol: string;
  price: number;
  change: number;
  changePercent: number;
  currency: string;
  marketTime: number;
  marketState?: 'pre' | 'regular' | 'post' | 'closed';
  /** Provider id: "yahoo", "finnhub", "fmp". */
  source: string;
  /** How late the provider's data is, in minutes (0 = real time), when known. */
  delayMinutes?: number;
  /** Daily closes of about the last month, oldest first, for the sparkline. */
  sparkline?: number[];
}

/** What the background answers when the card asks for a quote. `cached` is the last good quote, if any. */
export type QuoteResult =
  | { status: 'ok'; quote: Quote; fetchedAt: number; stale: boolean }
  | { status: 'rate-limited'; retryAt: number; cached?: Quote }
  | { status: 'unknown-symbol'; message: string }
  | { status: 'offline' | 'timeout' | 'error' | 'disabled'; message: string; cached?: Quote };
