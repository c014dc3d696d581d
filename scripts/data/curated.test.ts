// curated-listings.json's merge: what the sources lack is added (current -> a listing, ended -> history, last seen
// or delisted), what they carry in the same country group wins, and the history stays sorted.
import { describe, expect, it } from 'vitest';
import type { HistoryFile } from '../../src/core/resolve/data-format.ts';
import { createDataset } from '../../src/core/resolve/dataset.ts';
import { addCuratedListings } from './curated.ts';
import { Listings, newRow } from './listings.ts';
import { toListingsFile } from './output.ts';

describe('addCuratedListings', () => {
  const build = () => {
    const listings = new Listings();
    listings.add(newRow('AAPL', 'Apple Inc.', 'XNAS'));
    const history: HistoryFile = { format: 1, entries: [{ s: 'TWTR', m: 'XNYS', n: 'Twitter, Inc.', y: 2022 }] };
    const skipped = addCuratedListings(listings, history, [
      { symbol: 'RIGP', mic: 'XNYS', name: 'Transocean Partners LLC', ended: { year: 2016 }, source: 'test' },
      { symbol: '3275', mic: 'XTKS', name: 'Example Holdings', country: 'Japan', source: 'test' },
      { symbol: 'AAPL', mic: 'XNAS', name: 'Not Apple', source: 'test' },
      { symbol: 'TWTR', mic: 'XNYS', name: 'Not Twitter', ended: { year: 2001 }, source: 'test' },
    ]);
    return { listings, history, skipped };
  };

  it('adds what the sources lack and leaves out what they carry', () => {
    const { listings, history, skipped } = build();
    expect(skipped).toEqual(['AAPL XNAS', 'TWTR XNYS']);
    expect(history.entries.map((e) => `${e.s} ${e.m} ${e.n} ${e.y}`)).toEqual([
      'RIGP XNYS Transocean Partners LLC 2016',
      'TWTR XNYS Twitter, Inc. 2022',
    ]);
    expect(listings.rows.get('AAPL XNAS')?.name).toBe('Apple Inc.');
    expect(listings.rows.get('3275 XTKS')).toMatchObject({ name: 'Example Holdings', country: 'Japan' });
  });

  it('makes the entries resolve: an ended one as delisted, a current one as a listing', () => {
    const { listings, history } = build();
    const rows = [...listings.rows.values()].sort((a, b) => (a.symbol < b.symbol ? -1 : 1));
    const ds = createDataset({ listings: toListingsFile(rows), history });
    expect(ds.lookup({ symbol: 'RIGP', exchange: 'NYSE' })).toMatchObject({ name: 'Transocean Partners LLC', delisted: true });
    expect(ds.lookup({ symbol: '3275', exchange: 'TYO' })).toMatchObject({ name: 'Example Holdings', mic: 'XTKS' });
  });

  it('an ended listing known only as last seen in a year reads as such, in the history order, keeping the order within one symbol', () => {
    const history: HistoryFile = {
      format: 1,
      entries: [
        { s: 'AB', m: 'XNYS', n: 'AB Corp', y: 2020 },
        { s: 'AB', m: 'XNYS', n: 'AB Corp', y: 2018 },
        { s: 'ZZ', m: 'XNAS', n: 'ZZ Corp', y: 2019 },
      ],
    };
    addCuratedListings(new Listings(), history, [
      { symbol: 'RIGP', mic: 'XNYS', name: 'Transocean Partners LLC', ended: { year: 2016, lastSeen: true }, source: 'test' },
    ]);
    expect(history.entries.map((e) => `${e.s} ${e.y}${e.u ? ' u' : ''}`)).toEqual(['AB 2020', 'AB 2018', 'RIGP 2016 u', 'ZZ 2019']);
  });

  it('the sources win within a country group (NYSE and Nasdaq are one), not across groups', () => {
    const listings = new Listings();
    listings.add(newRow('SDR', 'Some Listed Co', 'XNAS'));
    const history: HistoryFile = {
      format: 1,
      entries: [
        { s: 'RIGP', m: 'XNAS', n: 'Other', y: 2019 },
        { s: '3275', m: 'XTAI', n: 'Taipei Co', y: 2019 },
      ],
    };
    const ended = { year: 2016, lastSeen: true } as const;
    const skipped = addCuratedListings(listings, history, [
      { symbol: 'SDR', mic: 'XNYS', name: 'Trust', ended, source: 't' },
      { symbol: 'RIGP', mic: 'XNYS', name: 'Partners', ended, source: 't' },
      { symbol: '3275', mic: 'XTKS', name: 'Housecom', ended, source: 't' },
    ]);
    expect(skipped).toEqual(['SDR XNYS', 'RIGP XNYS']);
    // 3275 in Tokyo is not 3275 in Taipei.
    expect(history.entries.map((e) => `${e.s} ${e.m}`)).toEqual(['3275 XTAI', '3275 XTKS', 'RIGP XNAS']);
  });

  it('refuses an exchange the data does not know', () => {
    expect(() =>
      addCuratedListings(new Listings(), { format: 1, entries: [] }, [{ symbol: 'X', mic: 'XXXX', name: 'X', source: 't' }]),
    ).toThrow(/unknown MIC/);
  });
});
