import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/core/resolve/data-format.ts';
import { Listings, newRow } from './listings.ts';
import { withDelisted } from './delisted.ts';

const entry = (s: string, m: string, y: number): HistoryEntry => ({ s, m, n: `${s} Corp`, y });
const curated = (symbol: string, mic: string) => ({ symbol, mic, name: `${symbol} Trust`, lastSeen: 2016, source: 'test' });

describe('curated ended listings (curated-delisted.json)', () => {
  it('adds each as a listing last seen in its year, in the history order, keeping the order within one symbol', () => {
    const entries = [entry('AB', 'XNYS', 2020), entry('AB', 'XNYS', 2018), entry('ZZ', 'XNAS', 2019)];
    expect(withDelisted(entries, new Listings(), [curated('RIGP', 'XNYS')]).map((e) => `${e.s} ${e.y}${e.u ? ' u' : ''}`)).toEqual([
      'AB 2020',
      'AB 2018',
      'RIGP 2016 u',
      'ZZ 2019',
    ]);
  });

  it("refuses a symbol the history or today's listings already know in the same country group", () => {
    const listings = new Listings();
    listings.add(newRow('SDR', 'Some Listed Co', 'XNAS'));
    expect(() => withDelisted([], listings, [curated('SDR', 'XNYS')])).toThrow(/known already/);
    expect(() => withDelisted([entry('RIGP', 'XNAS', 2019)], new Listings(), [curated('RIGP', 'XNYS')])).toThrow(/known already/);
    // Another country group is another listing: 3275 in Tokyo is not 3275 in Taipei.
    expect(withDelisted([entry('3275', 'XTAI', 2019)], new Listings(), [curated('3275', 'XTKS')])).toHaveLength(2);
  });
});
