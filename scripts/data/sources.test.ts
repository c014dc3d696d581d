// Each source's reader on a few rows recorded from it (scripts/data/samples/ mirrors ../shared/data's layout,
// uncompressed). No network and no ../shared: the samples are part of the repository.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPeriods, readSightings } from './intervals.ts';
import { Listings } from './listings.ts';
import { readNseChanges } from './nse.ts';
import { buildRecycled, type CuratedRecycled } from './recycled.ts';
import { buildUs } from './us.ts';

const samples = join(dirname(fileURLToPath(import.meta.url)), 'samples');

describe('US listings (Nasdaq Trader + SEC + Nasdaq screener)', () => {
  const listings = new Listings();
  buildUs(samples, listings);
  const row = (symbol: string) => listings.bySymbol.get(symbol)?.[0];

  it('files each line under its venue, with the SEC CIK and the screener country and size', () => {
    expect(row('AAPL')).toMatchObject({ name: 'Apple Inc.', mic: 'XNGS', cik: 320193, country: 'United States', cap: 'Mega Cap' });
    expect(row('S')).toMatchObject({ name: 'SentinelOne, Inc.', mic: 'XNYS', fund: false });
    expect(row('S')!.cik).toBeGreaterThan(0);
    expect(row('SONY')).toMatchObject({ name: 'Sony Group Corporation', mic: 'XNYS' });
    expect(row('BRK.B')).toMatchObject({ mic: 'XNYS', name: 'Berkshire Hathaway Inc.' });
  });

  it('marks funds, and leaves out rights and test issues', () => {
    expect(row('QQQ')).toMatchObject({ fund: true });
    expect(row('SPY')).toMatchObject({ mic: 'ARCX', fund: true });
    expect(row('AACBR')).toBeUndefined();
    expect(row('ZXZZT')).toBeUndefined();
  });
});

describe('listing intervals -> periods and recycled symbols', () => {
  const periods = buildPeriods(readSightings(samples));
  const sprintFate: CuratedRecycled = {
    symbol: 'S',
    mic: 'XNYS',
    name: 'Sprint Corporation',
    fate: 'merged',
    year: 2020,
    into: { symbol: 'TMUS', name: 'T-Mobile US, Inc.' },
    source: 'test',
  };

  it('keeps a renamed company on its symbol as one period (Google -> Alphabet), and two holders as two', () => {
    const of = (symbol: string) => periods.filter((p) => p.symbol === symbol);
    expect(of('GOOG')).toHaveLength(1);
    expect(of('GOOG')[0]!.names).toEqual(['Google Inc.', 'Alphabet Inc.']);
    const us = of('S').filter((p) => p.group === 'US');
    expect(us.map((p) => p.names[0])).toEqual(['Sprint Corporation', 'SentinelOne Inc.']);
    // The same letters on the TSX are another company in another group: never the US symbol's history.
    expect(of('S').find((p) => p.group === 'XTSE')?.names).toEqual(['Sherritt International Corporation']);
  });

  it('finds S as recycled (Sprint, then SentinelOne from 2021-07-01), with the curated fate; nothing else in the sample', () => {
    const recycled = buildRecycled(periods, [sprintFate]);
    expect(recycled).toEqual([
      {
        s: 'S',
        m: 'XNYS',
        n: 'Sprint Corporation',
        f: 2014,
        y: 2016,
        r: '2021-07-01',
        e: { k: 'merged', y: 2020, s: 'TMUS', n: 'T-Mobile US, Inc.' },
      },
    ]);
  });

  it('refuses a curated fate that does not match the data', () => {
    expect(() => buildRecycled(periods, [{ ...sprintFate, name: 'Sprint Nextel' }])).toThrow(/Sprint Corporation, not Sprint Nextel/);
    expect(() => buildRecycled(periods, [{ ...sprintFate, symbol: 'TMUS' }])).toThrow(/no recycled symbol/);
  });
});

describe("NSE's symbol changes", () => {
  it('reads the headerless list into dated changes, and skips a change to the same symbol', () => {
    const changes = readNseChanges(samples);
    expect(changes).toContainEqual({ name: 'Tata Motors Limited', from: 'TELCO', to: 'TATAMOTORS', date: '2003-12-26' });
    expect(changes).toContainEqual({ name: 'CARYSIL LIMITED', from: 'ACRYSIL', to: 'CARYSIL', date: '2022-11-18' });
    expect(changes.every((c) => c.from !== c.to && /^\d{4}-\d{2}-\d{2}$/.test(c.date))).toBe(true);
  });
});
