// US listings: the Nasdaq Trader symbol directories say which venue and whether it is a fund; the SEC files add
// the CIK and title (and the OTC lines only the SEC knows); the Nasdaq screener adds country and market cap.
import { join } from 'node:path';
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import { nameKey } from '../../src/core/resolve/names.ts';
import { pipeObjects, readText } from './io.ts';
import { FD_US, fdSymbol, fillFromFd, readFd, type FdRow } from './financedatabase.ts';
import { Listings, newRow } from './listings.ts';
import { JUNK_NAME, capClass, cleanSecurityName, tidySecTitle } from './names.ts';

interface UsContext {
  secByTicker: Map<string, { cik: number; title: string }>;
}

export function buildUs(shared: string, listings: Listings): UsContext {
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
