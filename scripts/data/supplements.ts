// Listings FinanceDatabase lacks: TSX / TSXV companies from jonfriesen's symbol list, every Taiwan share from twstock.
import { join } from 'node:path';
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import { csvObjects, csvRows, readText } from './io.ts';
import { Listings, newRow } from './listings.ts';
import { FUND_NAME, JUNK_NAME } from './names.ts';

export function addSupplements(shared: string, listings: Listings): void {
  // TSX / TSXV companies FinanceDatabase does not carry.
  const jf = csvRows(readText(join(shared, 'international/jonfriesen_nasdaq_nyse_tsx_tsxv_symbol_list.csv.gz')));
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
