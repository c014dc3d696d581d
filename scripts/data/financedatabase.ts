// FinanceDatabase (JerBouma/FinanceDatabase, MIT): per-exchange equity files with descriptions, sector, industry,
// website and market-cap class. The main source outside the US, and where US listings borrow details from.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import { nameKey } from '../../src/core/resolve/names.ts';
import { US_MICS } from './exchanges.ts';
import { cmp, csvObjects, readText, sourcePath } from './io.ts';
import { JUNK_NAME } from './names.ts';
import { Listings, newRow, type Row } from './listings.ts';

export type FdRow = Record<string, string>;

/** FinanceDatabase exchange file -> the MIC we file its rows under (JPX's rows trade on the Tokyo segment). */
export const FD_MAIN: Record<string, string> = {
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
export const FD_US = ['ASE', 'BTS', 'NCM', 'NGM', 'PCX'];
/** Regional German and LSE international order-book files: descriptions of foreign companies, never listings. */
export const FD_BORROW_ONLY = ['GER', 'IOB', 'BER', 'DUS', 'HAM', 'HAN', 'MUN'];

export function readFd(shared: string, exch: string): FdRow[] {
  const path = join(shared, 'international/financedatabase_equities', `${exch}.csv.gz`);
  return existsSync(sourcePath(path)) ? csvObjects(readText(path)) : [];
}

export function fdSymbol(yahoo: string): string {
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
export function fillFromFd(row: Row, fd: FdRow, opts: { isin: boolean }): void {
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

export function buildInternational(shared: string, listings: Listings, fdByExchange: Map<string, FdRow[]>): Map<string, Row> {
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

/** Descriptions and websites for US listings, borrowed from FinanceDatabase rows of the same company elsewhere. */
export function borrowDetails(listings: Listings, fdByExchange: Map<string, FdRow[]>): void {
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
