// The listings being built: one Row per (symbol, MIC), first source wins.
import type { Note } from '../../src/core/notes.ts';

export interface Row {
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
  note: Note | null;
}

export function newRow(symbol: string, name: string, mic: string): Row {
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
    note: null,
  };
}

export class Listings {
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

/** Company details `to` lacks, from another listing of the same company. */
export function fillFromRow(to: Row, from: Row): void {
  to.country ||= from.country;
  to.sector ||= from.sector;
  to.industry ||= from.industry;
  to.cap ||= from.cap;
  to.website ||= from.website;
  to.summary ||= from.summary;
  if (!to.former.length) to.former = [...from.former];
}
