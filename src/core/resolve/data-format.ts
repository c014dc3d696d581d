// The on-disk shapes of the generated data files (src/data/*.json, src/public/data/summaries/*.json).
// Written by scripts/build-data.ts, read by dataset.ts and exchanges.ts. Bump FORMAT when a shape changes.

import type { Note } from '../notes.ts';

export const DATA_FORMAT = 1;

/**
 * Listings, column-wise: row i is { symbol: symbol[i], name: name[i], mic: tables.mic[mic[i]], ... }.
 * Repeated strings (MIC, country, sector, industry, market-cap class) are indexes into `tables`, where
 * index 0 is the empty string (absent). Rows are sorted by (symbol, mic) and unique on that pair.
 */
export interface ListingsFile {
  format: number;
  tables: {
    mic: string[];
    country: string[];
    sector: string[];
    industry: string[];
    cap: string[];
  };
  columns: {
    symbol: string[];
    name: string[];
    mic: number[];
    country: number[];
    sector: number[];
    industry: number[];
    cap: number[];
    isin: string[];
    /** 0 when unknown. */
    cik: number[];
    /** Without the scheme, and "~" standing for a leading "www." ("~sony.com"); "" when unknown. */
    website: string[];
  };
  /** Row indexes of exchange-traded and other funds, ascending. */
  funds: number[];
  /** Row index -> earlier names, oldest first (sparse: most rows have none). */
  former: Record<string, string[]>;
  /** Row index -> another spelling of the name from a second source, e.g. the SEC title (sparse). */
  alt: Record<string, string>;
  /** Row index -> a note for the card, e.g. which home listing an OTC ADR represents (sparse; absent in old files). */
  note?: Record<string, Note>;
}

/** The stored website column value back to a URL. */
export function websiteUrl(stored: string): string | undefined {
  if (!stored) return undefined;
  return `https://${stored.startsWith('~') ? `www.${stored.slice(1)}` : stored}`;
}

/** One symbol that is no longer listed: renamed (`to` set) or gone (`y` = last year seen). */
export interface HistoryEntry {
  /** Symbol as the pages used it (normalised like listings). */
  s: string;
  /** MIC it was listed on. */
  m: string;
  /** Name under that symbol (the last one seen). */
  n: string;
  /** Earlier names under that symbol, oldest first. */
  fn?: string[];
  /** Year of the change or of the last sighting. */
  y: number;
  /** New symbol, when the company continued under another symbol. */
  to?: string;
  /**
   * Why it ended, from the curated notes ("Acquired by Alphabet (Google) in 2022"). Without it and without `to`,
   * the listing ended in year `y` ("Delisted in 2022"), or, with `u`, was last seen in year `y` at the end of a
   * source that stops there (the 2014-2016 files), so the year it ended is unknown.
   */
  note?: Note;
  u?: 1;
  cik?: number;
  country?: string;
}

/**
 * An earlier holder of a symbol that another company took later (S: Sprint Corporation, then SentinelOne). A page
 * dated before `r`, or naming this company before the bracket, means this one.
 */
export interface RecycledEntry {
  s: string;
  m: string;
  /** Name under that symbol (the last one seen), earlier names in `fn`. */
  n: string;
  fn?: string[];
  /** First and last year the data saw it under this symbol. */
  f: number;
  y: number;
  /** Day the next holder was first seen under the symbol (YYYY-MM-DD). */
  r: string;
  /** What became of it, when known (curated): merged into / acquired by company `n` (symbol `s`) in year `y`. */
  e?: { k: 'merged' | 'acquired'; y: number; s: string; n: string };
}

export interface HistoryFile {
  format: number;
  /** Sorted by (s, m), unique on that pair. */
  entries: HistoryEntry[];
  /** Sorted by (s, m, r). Absent in files built before recycled symbols were tracked. */
  recycled?: RecycledEntry[];
}

export interface ExchangeInfo {
  /** Our canonical code (NYSE, TYO, LON...). */
  code: string;
  name: string;
  /** ISO 3166 alpha-2. */
  country: string;
  /** MICs a mention with this code may match, most likely first. */
  mics: string[];
  /** MICs tried only when none of `mics` has the symbol (NYSE -> NYSE American, NYSE Arca). */
  fallbackMics?: string[];
  /** Yahoo Finance suffix with its dot (".T"), "" for US venues. */
  yahooSuffix: string;
  /** Google Finance exchange prefix (TYO, LON, NASDAQ...). */
  googlePrefix: string;
}

export interface ExchangesFile {
  format: number;
  /** Every code of src/core/exchange-codes.ts, sorted. */
  codes: Record<string, ExchangeInfo>;
  /** MIC -> canonical code, display name, country, Yahoo suffix and Google prefix for that venue. */
  mics: Record<string, { code: string; name: string; country: string; yahooSuffix: string; googlePrefix: string }>;
}

/** Descriptions are cut to at most this many characters (whole sentences where possible): the package stays small. */
export const SUMMARY_MAX_LENGTH = 320;

/** One summaries shard: "MIC:SYMBOL" -> description. */
export type SummariesShard = Record<string, string>;

export const SUMMARY_SHARDS = 32;

/** Which shard holds a listing's summary: a stable FNV-1a hash of "MIC:SYMBOL", so the card loads one file. */
export function summaryShard(mic: string, symbol: string): string {
  let hash = 0x811c9dc5;
  const key = `${mic}:${symbol}`;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return String(hash % SUMMARY_SHARDS).padStart(2, '0');
}

/** src/data/meta.json: when the dataset's newest source was taken, and which version of each source it was built from. */
export interface DataMeta {
  /** The newest source date (YYYY-MM-DD): what the card shows as "Company data as of". */
  asOf: string;
  /** The download day when built by `npm run data -- --refresh` (from .cache/data/<refreshed>), else absent. */
  refreshed?: string;
  /** Per file (or folder, ending in "/"): `owner/repo:path@commit` or the URL it was downloaded from, and its date. */
  sources: { file: string; version: string; date: string }[];
}
