// NSE India: the official equity list (symbols, names, ISINs) and the exchange's own list of symbol changes.
import { join } from 'node:path';
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import { nameKey } from '../../src/core/resolve/names.ts';
import { cmp, csvObjects, csvRows, readText } from './io.ts';
import { Listings, newRow, type Row } from './listings.ts';
import { JUNK_NAME } from './names.ts';

export function reconcileNse(shared: string, listings: Listings, fdNse: Map<string, Row>, nseChanges: NseChange[]): void {
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

export interface NseChange {
  name: string;
  from: string;
  to: string;
  date: string;
}

export function readNseChanges(shared: string): NseChange[] {
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
  for (const r of csvRows(readText(join(shared, 'history/nse_india_symbolchange.csv')))) {
    const [name = '', from = '', to = '', date = ''] = r.map((c) => c.trim());
    const m = /^(\d{2})-([A-Z]{3})-(\d{4})$/.exec(date.toUpperCase());
    if (!m || !from || !to || from === to) continue;
    out.push({ name, from: symbolKey(from), to: symbolKey(to), date: `${m[3]}-${months[m[2]!]}-${m[1]}` });
  }
  return out;
}
