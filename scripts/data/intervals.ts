// The daily listing-interval files (derived from the git history of the Nasdaq screener, jonfriesen's symbol list
// and Nasdaq Trader's directories): one row per (symbol, exchange, name) with its first and last day, merged here
// into periods of continuous listing per symbol.
import { join } from 'node:path';
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import { nameKey } from '../../src/core/resolve/names.ts';
import { micGroup } from './exchanges.ts';
import { cmp, csvObjects, readText } from './io.ts';
import { JUNK_NAME, cleanSecurityName, isJunkUsSymbol } from './names.ts';

export interface Sighting {
  symbol: string;
  group: string;
  mic: string;
  name: string;
  first: string;
  last: string;
  ipo: string;
  sector: string;
  industry: string;
  country: string;
  fund: boolean;
  /** First and last snapshot dates of the file it came from. */
  fileStart: string;
  fileEnd: string;
}

export interface Period {
  symbol: string;
  group: string;
  mic: string;
  names: string[];
  first: string;
  last: string;
  ipo: string;
  sector: string;
  industry: string;
  country: string;
  fund: boolean;
  /** Started on the first day of its file: we do not know whether it was new. */
  startsAtFileStart: boolean;
  /** Still present on the last day of its file. */
  endsAtFileEnd: boolean;
}

export const DAY = 86_400_000;
export const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / DAY;

export function readSightings(shared: string): Sighting[] {
  const out: Sighting[] = [];
  const push = (
    rows: Record<string, string>[],
    micOf: (exchange: string) => string,
    nameCol: string,
    etfOf: (r: Record<string, string>) => boolean,
  ): void => {
    const firsts = rows.map((r) => r.first_seen!).sort();
    const lasts = rows.map((r) => r.last_seen!).sort();
    const fileStart = firsts[0]!;
    const fileEnd = lasts[lasts.length - 1]!;
    for (const r of rows) {
      const mic = micOf(r.exchange ?? '');
      const rawName = r[nameCol] ?? '';
      if (!mic || JUNK_NAME.test(rawName)) continue;
      const fund = etfOf(r);
      const symbol = symbolKey(r.symbol ?? '');
      if (!symbol || (micGroup(mic) === 'US' && isJunkUsSymbol(symbol)) || /\.(W|WS|WT|U|UN|R|RT|WI)$/.test(symbol)) continue;
      out.push({
        symbol,
        group: micGroup(mic),
        mic,
        name: cleanSecurityName(rawName, fund),
        first: r.first_seen!,
        last: r.last_seen!,
        ipo: r.ipoyear ?? '',
        sector: r.sector ?? '',
        industry: r.industry ?? '',
        country: r.country ?? '',
        fund,
        fileStart,
        fileEnd,
      });
    }
  };
  const screenerMic: Record<string, string> = { NASDAQ: 'XNAS', NYSE: 'XNYS', AMEX: 'XASE' };
  push(
    csvObjects(readText(join(shared, 'history/us_screener_listing_intervals_2021-2026.csv.gz'))),
    (e) => screenerMic[e] ?? '',
    'name',
    () => false,
  );
  const jfMic: Record<string, string> = {
    'NASDAQ Global Select MarketSM': 'XNGS',
    'NASDAQ Global MarketSM': 'XNMS',
    'NASDAQ Capital Market': 'XNCM',
    NYSE: 'XNYS',
    'NYSE MKT': 'XASE',
    'NYSE ARCA': 'ARCX',
    BATS: 'BATS',
    TSX: 'XTSE',
    TSXV: 'XTSX',
  };
  push(
    csvObjects(readText(join(shared, 'history/nasdaq_nyse_tsx_listing_intervals_2021-2026.csv.gz'))),
    (e) => jfMic[e] ?? '',
    'name',
    (r) => /\bETF\b/.test(r.name ?? ''),
  );
  const ntMic: Record<string, string> = { NASDAQ: 'XNAS', NYSE: 'XNYS', 'NYSE ARCA': 'ARCX', 'NYSE MKT': 'XASE', BATS: 'BATS' };
  push(
    csvObjects(readText(join(shared, 'history/nasdaqtrader_listing_intervals_2014-2016.csv.gz'))),
    (e) => ntMic[e] ?? '',
    'security_name',
    (r) => r.etf === 'Y',
  );
  return out;
}

/** Sightings of one symbol merged into periods of continuous listing (gaps under 30 days, or a source gap with the same name). */
export function buildPeriods(sightings: Sighting[]): Period[] {
  const bySymbol = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const id = `${s.group} ${s.symbol}`;
    const list = bySymbol.get(id) ?? [];
    list.push(s);
    bySymbol.set(id, list);
  }
  const periods: Period[] = [];
  for (const id of [...bySymbol.keys()].sort()) {
    const list = bySymbol.get(id)!.sort((a, b) => cmp(a.first, b.first) || cmp(a.last, b.last) || cmp(a.name, b.name));
    let cur: (Period & { fileEnd: string }) | null = null;
    for (const s of list) {
      const continues =
        cur &&
        (days(cur.last, s.first) <= 30 ||
          (cur.endsAtFileEnd && s.first === s.fileStart && nameKey(cur.names[cur.names.length - 1]!) === nameKey(s.name)));
      if (cur && continues) {
        if (!cur.names.some((n) => nameKey(n) === nameKey(s.name))) cur.names.push(s.name);
        if (s.last >= cur.last) {
          cur.last = s.last;
          cur.mic = s.mic;
          cur.endsAtFileEnd = days(s.last, s.fileEnd) <= 5;
          cur.fileEnd = s.fileEnd;
        }
        cur.ipo = s.ipo || cur.ipo;
        cur.sector = s.sector || cur.sector;
        cur.industry = s.industry || cur.industry;
        cur.country = s.country || cur.country;
        cur.fund ||= s.fund;
      } else {
        if (cur) periods.push(cur);
        cur = {
          symbol: s.symbol,
          group: s.group,
          mic: s.mic,
          names: [s.name],
          first: s.first,
          last: s.last,
          ipo: s.ipo,
          sector: s.sector,
          industry: s.industry,
          country: s.country,
          fund: s.fund,
          startsAtFileStart: days(s.fileStart, s.first) <= 2,
          endsAtFileEnd: days(s.last, s.fileEnd) <= 5,
          fileEnd: s.fileEnd,
        };
      }
    }
    if (cur) periods.push(cur);
  }
  return periods;
}

const GENERIC_FIRST_WORDS = new Set([
  'first',
  'american',
  'global',
  'china',
  'united',
  'new',
  'national',
  'international',
  'great',
  'north',
  'south',
  'capital',
  'bank',
  'invesco',
  'ishares',
  'proshares',
  'spdr',
  'vanguard',
]);

export function sameFamily(a: string, b: string): boolean {
  if (nameKey(a) === nameKey(b)) return true;
  const first = (n: string): string => nameKey(n.split(/\s+/)[0] ?? '') || '';
  const fa = first(a);
  return fa.length >= 3 && fa === first(b) && !GENERIC_FIRST_WORDS.has(fa);
}
