// The generated files' layout: listings column-wise with interned tables, compact JSON that still diffs by line.
import { DATA_FORMAT, type ListingsFile } from '../../src/core/resolve/data-format.ts';
import type { Row } from './listings.ts';

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

export function toListingsFile(rows: Row[]): ListingsFile {
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
export function compactJson(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${compactJson(v)}`).join(',\n')}\n}`;
  }
  if (Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
    return `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
  }
  return JSON.stringify(value);
}
