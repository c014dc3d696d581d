// The compact dataset the extension ships (data/dataset/): listings and symbol history as lines of text, split by a
// hash of the symbol into DATASET_SHARDS files and searched in place. A lookup fetches only the shards of the
// symbols it asks about (~17 KB each) and decodes only the lines it reads: no 4 MB of JSON to parse, no index of
// 47,000 keys to build before the first answer. Fetching and parsing the whole JSON took the service worker
// 1-3 s per start on a busy machine; reading even the whole text in one file still took over a second.
//
// Files (written at build time from src/data/*.json by scripts/data/vite-assets.ts; src/data stays the one,
// diffable source):
//   header.json   {format, tables, rows, shards}: the listings' string tables (MIC, country, sector, industry, cap).
//   NNN.txt       a JSON line {lengths}, then three sections of `lengths` characters each:
//     listings  symbol TAB row TAB mic TAB cap TAB fund TAB name TAB country TAB sector TAB industry TAB isin TAB
//               cik TAB website TAB alt TAB former TAB note   (row: the listing's index in listings.json, which
//               orders rows; mic/cap/country/sector/industry: indexes into `tables`; fund "1" or ""; cik "" for
//               none; former and note as JSON or "")
//     history   symbol TAB entry as JSON
//     recycled  symbol TAB entry as JSON
// Every line ends in a newline; each section is sorted by symbol, lines of one symbol in file order.

import type { HistoryEntry, HistoryFile, ListingsFile, RecycledEntry } from './data-format.ts';
import type { DataTables, ListingRow, ListingsTable } from './tables.ts';
import type { Dataset } from './dataset.ts';
import type { Company, LookupQuery } from '../types.ts';

export const COMPACT_FORMAT = 1;
/**
 * 256 shards: a first lookup of a few symbols in a fresh Chromium took p95 68 ms with 256, 165 ms with 64 (smaller
 * files); a first batch of 50 symbols ~300 ms either way (more files to fetch).
 */
export const DATASET_SHARDS = 256;

interface Header {
  format: number;
  tables: ListingsFile['tables'];
  rows: number;
  shards: number;
}

/** Which shard holds a symbol's listings and history: FNV-1a of the symbol key. */
export function datasetShard(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % DATASET_SHARDS;
}

/** A shard's file name under data/dataset/. */
export function shardFile(shard: number): string {
  return `${String(shard).padStart(3, '0')}.txt`;
}

function field(value: string, what: string): string {
  if (/[\t\n\r]/.test(value)) throw new Error(`compact dataset: ${what} holds a tab or line break: ${JSON.stringify(value)}`);
  return value;
}

/** Lines (first field: symbol) into their shards, each shard's lines joined; throws unless sorted by symbol. */
function sections(lines: string[], what: string): string[] {
  const out: string[][] = Array.from({ length: DATASET_SHARDS }, () => []);
  for (let i = 0; i < lines.length; i++) {
    const key = lines[i]!.slice(0, lines[i]!.indexOf('\t'));
    const prev = i ? lines[i - 1]!.slice(0, lines[i - 1]!.indexOf('\t')) : '';
    if (key < prev) throw new Error(`compact dataset: ${what} not sorted by symbol (${prev} before ${key})`);
    out[datasetShard(key)]!.push(`${lines[i]}\n`);
  }
  return out.map((s) => s.join(''));
}

/** The JSON files as the compact files. Throws on data it cannot carry (a tab in a name, unsorted rows). */
export function encodeCompact(listings: ListingsFile, history: HistoryFile): { header: string; shards: string[] } {
  const { columns: c } = listings;
  const funds = new Set(listings.funds);
  const rows: string[] = [];
  for (let i = 0; i < c.symbol.length; i++) {
    const note = listings.note?.[i];
    const former = listings.former[i];
    rows.push(
      [
        field(c.symbol[i]!, 'symbol'),
        i,
        c.mic[i],
        c.cap[i],
        funds.has(i) ? '1' : '',
        field(c.name[i]!, 'name'),
        c.country[i],
        c.sector[i],
        c.industry[i],
        field(c.isin[i]!, 'isin'),
        c.cik[i] || '',
        field(c.website[i]!, 'website'),
        field(listings.alt[i] ?? '', 'alt'),
        former?.length ? JSON.stringify(former) : '',
        note ? JSON.stringify(note) : '',
      ].join('\t'),
    );
  }
  const parts = [
    sections(rows, 'listings'),
    sections(
      history.entries.map((e) => `${field(e.s, 'symbol')}\t${JSON.stringify(e)}`),
      'history',
    ),
    sections(
      (history.recycled ?? []).map((e) => `${field(e.s, 'symbol')}\t${JSON.stringify(e)}`),
      'recycled',
    ),
  ];
  const header: Header = { format: COMPACT_FORMAT, tables: listings.tables, rows: c.symbol.length, shards: DATASET_SHARDS };
  const shards = parts[0]!.map((_, n) => {
    const [l, h, r] = parts.map((p) => p[n]!) as [string, string, string];
    return `${JSON.stringify({ lengths: [l.length, h.length, r.length] })}\n${l}${h}${r}`;
  });
  return { header: JSON.stringify(header), shards };
}

/** Start offsets of the lines in text[start, end) whose first field is `key` (lines sorted by that field). */
function linesWith(text: string, start: number, end: number, key: string): number[] {
  const firstField = (at: number) => text.slice(at, text.indexOf('\t', at));
  let lo = start;
  let hi = end;
  // Invariant: lines starting before lo have a smaller first field, lines starting at hi or later do not.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = text.lastIndexOf('\n', mid - 1) + 1;
    if (firstField(at) < key) lo = text.indexOf('\n', at) + 1;
    else hi = at;
  }
  const out: number[] = [];
  for (let at = lo; at < end && firstField(at) === key; at = text.indexOf('\n', at) + 1) out.push(at);
  return out;
}

interface Shard {
  text: string;
  /** Section bounds: listings [0, 1), history [1, 2), recycled [2, 3). */
  bounds: [number, number, number, number];
}

/** The tables over the shards added so far; reads of a symbol whose shard is absent find nothing and note it. */
export interface CompactData extends DataTables {
  add(shard: number, text: string): void;
  has(shard: number): boolean;
  /** The absent shards that reads since the last call needed (then forgotten): answers given meanwhile are incomplete. */
  takeMissing(): number[];
}

/** The compact files as tables (header.json's text; shards come with add). Row ids are listings.json indexes. */
export function compactTables(headerText: string): CompactData {
  const header = JSON.parse(headerText) as Header;
  if (header.format !== COMPACT_FORMAT || header.shards !== DATASET_SHARDS)
    throw new Error(`compact dataset: format ${header.format} in ${header.shards} shards, expected ${COMPACT_FORMAT} in ${DATASET_SHARDS}`);
  const { tables } = header;
  const shards = new Map<number, Shard>();
  const missing = new Set<number>();
  /** Where each row id handed out lives. */
  const rowAt = new Map<number, { text: string; at: number }>();

  const shardOf = (key: string): Shard | undefined => {
    const n = datasetShard(key);
    const shard = shards.get(n);
    if (!shard) missing.add(n);
    return shard;
  };
  /** The first `count` fields of a row's line. */
  const fields = (id: number, count: number): string[] => {
    const { text, at } = rowAt.get(id)!;
    return text.slice(at, text.indexOf('\n', at)).split('\t', count);
  };

  const listings: ListingsTable = {
    size: header.rows,
    rowsWith: (key) => {
      const shard = shardOf(key);
      if (!shard) return [];
      return linesWith(shard.text, shard.bounds[0], shard.bounds[1], key).map((at) => {
        const tab = shard.text.indexOf('\t', at) + 1;
        const id = Number(shard.text.slice(tab, shard.text.indexOf('\t', tab)));
        rowAt.set(id, { text: shard.text, at });
        return id;
      });
    },
    mic: (id) => tables.mic[Number(fields(id, 3)[2])]!,
    cap: (id) => tables.cap[Number(fields(id, 4)[3])]!,
    isFund: (id) => fields(id, 5)[4] === '1',
    name: (id) => fields(id, 6)[5]!,
    row: (id) => {
      const [symbol, , mic, cap, fund, name, country, sector, industry, isin, cik, website, alt, former, note] = fields(id, 15);
      const row: ListingRow = {
        symbol: symbol!,
        name: name!,
        mic: tables.mic[Number(mic)]!,
        country: tables.country[Number(country)]!,
        sector: tables.sector[Number(sector)]!,
        industry: tables.industry[Number(industry)]!,
        cap: tables.cap[Number(cap)]!,
        isin: isin!,
        cik: Number(cik),
        website: website!,
        fund: fund === '1',
        former: former ? (JSON.parse(former) as string[]) : [],
        alt: alt!,
      };
      if (note) row.note = JSON.parse(note) as ListingRow['note'];
      return row;
    },
  };

  // Decoded once per symbol and kept: the rename chain compares entries by identity. Only symbols that have entries
  // are kept (~10,000 at most), not every word a page asked about.
  const decoded = new Map<string, readonly unknown[]>();
  const entries = <T>(section: 1 | 2, key: string): readonly T[] => {
    const id = `${section}${key}`;
    let list = decoded.get(id);
    if (!list) {
      const shard = shardOf(key);
      if (!shard) return [];
      const { text, bounds } = shard;
      const lines = linesWith(text, bounds[section], bounds[section + 1]!, key);
      if (!lines.length) return [];
      list = lines.map((at) => JSON.parse(text.slice(text.indexOf('\t', at) + 1, text.indexOf('\n', at))) as T);
      decoded.set(id, list);
    }
    return list as readonly T[];
  };

  return {
    listings,
    history: {
      entriesFor: (key) => entries<HistoryEntry>(1, key),
      recycledFor: (key) => entries<RecycledEntry>(2, key),
    },
    add: (n, text) => {
      if (shards.has(n)) return;
      const headerEnd = text.indexOf('\n');
      const { lengths } = JSON.parse(text.slice(0, headerEnd)) as { lengths: [number, number, number] };
      const start = headerEnd + 1;
      shards.set(n, {
        text,
        bounds: [start, start + lengths[0], start + lengths[0] + lengths[1], start + lengths[0] + lengths[1] + lengths[2]],
      });
    },
    has: (n) => shards.has(n),
    takeMissing: () => {
      const out = [...missing].sort((a, b) => a - b);
      missing.clear();
      return out;
    },
  };
}

/**
 * Answers `queries` from the shards they need, loading them first: a pass with absent shards notes which ones its
 * symbols (and the symbols their renames lead to) live in; those are loaded together and the pass runs again, until
 * one pass needed nothing absent. Its answers are the ones the whole dataset gives.
 */
export async function lookupLoading(
  dataset: Dataset,
  data: CompactData,
  queries: readonly LookupQuery[],
  load: (shard: number) => Promise<string>,
): Promise<(Company | null)[]> {
  for (;;) {
    const answers = dataset.lookupMany(queries);
    const missing = data.takeMissing();
    if (!missing.length) return answers;
    const texts = await Promise.all(missing.map(load));
    missing.forEach((n, k) => data.add(n, texts[k]!));
  }
}
