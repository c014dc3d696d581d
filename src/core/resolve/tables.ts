// What the lookup rules (dataset.ts) read from the data, behind one interface with two stores: the generated JSON
// files as parsed objects (the CLI, tests, the data build: columns.ts below) and the compact text the extension
// ships (compact.ts), searched in place so that the background's first lookup parses almost nothing.

import type { Note } from '../notes.ts';
import type { HistoryEntry, HistoryFile, ListingsFile, RecycledEntry } from './data-format.ts';

/** One listing, every field decoded. Empty string / 0 / [] where the data has nothing. */
export interface ListingRow {
  symbol: string;
  name: string;
  mic: string;
  country: string;
  sector: string;
  industry: string;
  cap: string;
  isin: string;
  cik: number;
  /** As stored: without the scheme, "~" for a leading "www." (data-format.ts websiteUrl). */
  website: string;
  fund: boolean;
  former: string[];
  alt: string;
  note?: Note;
}

/**
 * Current listings. A row is named by an id; ids of two rows compare like the rows' places in the sorted
 * listings (symbol, then MIC), which is the last tie-break of the ranking.
 */
export interface ListingsTable {
  readonly size: number;
  /** Ids of the rows whose symbol is exactly `key`, ascending. */
  rowsWith(key: string): number[];
  mic(id: number): string;
  cap(id: number): string;
  isFund(id: number): boolean;
  name(id: number): string;
  row(id: number): ListingRow;
}

/** Symbol history. Both methods give the same objects on every call (the rename chain compares entries by identity). */
export interface HistoryTable {
  /** Entries of symbol `key` in file order (by MIC). */
  entriesFor(key: string): readonly HistoryEntry[];
  /** Earlier holders of symbol `key` in file order. */
  recycledFor(key: string): readonly RecycledEntry[];
}

export interface DataTables {
  listings: ListingsTable;
  history: HistoryTable;
}

const NONE: readonly never[] = [];

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The parsed JSON files as tables; ids are row indexes. The symbol index is built on first use. */
export function columnTables(listings: ListingsFile, history: HistoryFile): DataTables {
  const { tables, columns: c } = listings;
  const funds = new Set(listings.funds);
  let bySymbol: Map<string, number[]> | null = null;
  let entries: Map<string, HistoryEntry[]> | null = null;
  let recycled: Map<string, RecycledEntry[]> | null = null;
  return {
    listings: {
      size: c.symbol.length,
      rowsWith: (key) => {
        bySymbol ??= groupBy(
          c.symbol.map((_, i) => i),
          (i) => c.symbol[i]!,
        );
        return bySymbol.get(key) ?? [];
      },
      mic: (i) => tables.mic[c.mic[i]!]!,
      cap: (i) => tables.cap[c.cap[i]!]!,
      isFund: (i) => funds.has(i),
      name: (i) => c.name[i]!,
      row: (i) => {
        const row: ListingRow = {
          symbol: c.symbol[i]!,
          name: c.name[i]!,
          mic: tables.mic[c.mic[i]!]!,
          country: tables.country[c.country[i]!]!,
          sector: tables.sector[c.sector[i]!]!,
          industry: tables.industry[c.industry[i]!]!,
          cap: tables.cap[c.cap[i]!]!,
          isin: c.isin[i]!,
          cik: c.cik[i]!,
          website: c.website[i]!,
          fund: funds.has(i),
          former: listings.former[i] ?? [],
          alt: listings.alt[i] ?? '',
        };
        const note = listings.note?.[i];
        if (note) row.note = note;
        return row;
      },
    },
    history: {
      entriesFor: (key) => (entries ??= groupBy(history.entries, (e) => e.s)).get(key) ?? NONE,
      recycledFor: (key) => (recycled ??= groupBy(history.recycled ?? [], (e) => e.s)).get(key) ?? NONE,
    },
  };
}
