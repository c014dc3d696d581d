// The compact text the extension ships must answer every lookup exactly as the JSON files do: same rules
// (dataset.ts), two stores. Checked on the real data: every symbol's rows, history and recycled entries read alike
// from both stores; then lookups (a fixed sample of 5,000 symbols, 2,000 listings asked with their exchange and
// name, 2,000 history symbols, every recycled symbol, the fixtures' tickers and look-alike words) answer alike.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LookupQuery } from '../types.ts';
import { compactTables, datasetShard, encodeCompact, lookupLoading, type CompactData } from './compact.ts';
import type { HistoryFile, ListingsFile } from './data-format.ts';
import { createDataset, datasetOver } from './dataset.ts';
import { codeForMic } from './exchanges.ts';
import { columnTables } from './tables.ts';
import { readDataFile, repoPath } from '../../cli/node-dataset.ts';

const listings = readDataFile<ListingsFile>('listings.json');
const history = readDataFile<HistoryFile>('history.json');

/** A fixed pseudo-random sample (same rows on every run). */
function sample<T>(items: readonly T[], n: number): T[] {
  let seed = 18;
  const out: T[] = [];
  for (let k = 0; k < n && items.length; k++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out.push(items[seed % items.length]!);
  }
  return out;
}

function queries(): LookupQuery[] {
  const c = listings.columns;
  const out: LookupQuery[] = [];
  for (const symbol of sample([...new Set(c.symbol)], 5_000)) out.push({ symbol, exchange: null });
  const rows = sample(
    c.symbol.map((_, i) => i),
    2_000,
  );
  for (const i of rows) {
    const mic = listings.tables.mic[c.mic[i]!]!;
    out.push({ symbol: c.symbol[i]!, exchange: codeForMic(mic) }, { symbol: c.symbol[i]!, exchange: null, name: c.name[i]! });
    // Not listed: a letter more, and on another exchange.
    out.push({ symbol: `${c.symbol[i]}Q`, exchange: null }, { symbol: c.symbol[i]!, exchange: mic === 'XLON' ? 'TYO' : 'LON' });
  }
  for (const e of sample(history.entries, 2_000)) out.push({ symbol: e.s, exchange: null }, { symbol: e.s, exchange: codeForMic(e.m) });
  for (const e of history.recycled ?? []) {
    const code = codeForMic(e.m);
    out.push(
      { symbol: e.s, exchange: code, date: `${e.f}-06-01` },
      { symbol: e.s, exchange: null, date: e.r },
      { symbol: e.s, exchange: null, name: e.n },
    );
  }
  const cases = JSON.parse(readFileSync(repoPath('tests/fixtures/cases.json'), 'utf8')) as {
    tickers: { symbol: string; exchange: string | null }[];
    notTickers: string[];
  }[];
  for (const k of cases) {
    for (const t of k.tickers) out.push({ symbol: t.symbol, exchange: t.exchange });
    for (const w of k.notTickers) out.push({ symbol: w, exchange: null });
  }
  out.push({ symbol: '', exchange: null }, { symbol: '0', exchange: null }, { symbol: 'ZZZZZZZZ', exchange: null });
  return out;
}

describe('compact dataset (what the extension ships)', () => {
  const files = encodeCompact(listings, history);
  const whole = (): CompactData => {
    const data = compactTables(files.header);
    files.shards.forEach((text, n) => data.add(n, text));
    return data;
  };

  it('holds every row, history and recycled entry of the JSON files, found under its symbol', () => {
    const json = columnTables(listings, history);
    const compact = whole();
    const differ: string[] = [];
    const symbols = new Set([...listings.columns.symbol, ...history.entries.map((e) => e.s), ...(history.recycled ?? []).map((e) => e.s)]);
    for (const s of symbols) {
      const a = JSON.stringify([json.listings.rowsWith(s).map(json.listings.row), json.history.entriesFor(s), json.history.recycledFor(s)]);
      const b = JSON.stringify([
        compact.listings.rowsWith(s).map(compact.listings.row),
        compact.history.entriesFor(s),
        compact.history.recycledFor(s),
      ]);
      if (a !== b && differ.length < 10) differ.push(`${s}: ${a} vs ${b}`);
    }
    expect(differ).toEqual([]);
    expect(symbols.size).toBeGreaterThan(45_000);
    // Ids order like the rows, and the cheap accessors agree with the decoded row.
    const ids = listings.columns.symbol.flatMap((s, i) => (listings.columns.symbol[i - 1] === s ? [] : compact.listings.rowsWith(s)));
    expect(ids.length).toBe(listings.columns.symbol.length);
    expect(ids.every((id, k) => k === 0 || id > ids[k - 1]!)).toBe(true);
    for (const id of sample(ids, 2_000)) {
      const r = compact.listings.row(id);
      expect([compact.listings.mic(id), compact.listings.cap(id), compact.listings.isFund(id), compact.listings.name(id)]).toEqual([
        r.mic,
        r.cap,
        r.fund,
        r.name,
      ]);
    }
  }, 120_000);

  it('answers lookups exactly like the JSON files', () => {
    const json = createDataset({ listings, history });
    const compact = datasetOver(whole());
    expect(compact.size).toBe(json.size);
    const all = queries();
    expect(all.length).toBeGreaterThan(15_000);
    const differ: string[] = [];
    let resolved = 0;
    for (const q of all) {
      const a = JSON.stringify(json.lookup(q));
      const b = JSON.stringify(compact.lookup(q));
      if (a !== 'null') resolved++;
      if (a !== b && differ.length < 10) differ.push(`${JSON.stringify(q)}: ${a} vs ${b}`);
    }
    expect(differ).toEqual([]);
    // The sweep compares real answers, not two nulls.
    expect(resolved).toBeGreaterThan(10_000);
  }, 120_000);

  it('refuses data it cannot carry: a tab in a name, listings out of order', () => {
    const tiny = (symbols: string[], name = 'Acme'): ListingsFile => ({
      format: 1,
      tables: { mic: ['', 'XNAS'], country: [''], sector: [''], industry: [''], cap: [''] },
      columns: {
        symbol: symbols,
        name: symbols.map(() => name),
        mic: symbols.map(() => 1),
        country: symbols.map(() => 0),
        sector: symbols.map(() => 0),
        industry: symbols.map(() => 0),
        cap: symbols.map(() => 0),
        isin: symbols.map(() => ''),
        cik: symbols.map(() => 0),
        website: symbols.map(() => ''),
      },
      funds: [],
      former: {},
      alt: {},
    });
    const none: HistoryFile = { format: 1, entries: [] };
    expect(() => encodeCompact(tiny(['A', 'B'], 'Acme\tInc'), none)).toThrow(/tab or line break/);
    expect(() => encodeCompact(tiny(['B', 'A']), none)).toThrow(/not sorted/);
    const small = encodeCompact(tiny(['A', 'AA', 'B']), none);
    const ok = compactTables(small.header);
    small.shards.forEach((text, n) => ok.add(n, text));
    expect(['A', 'AA', 'AB', 'B', 'C', ''].map((s) => ok.listings.rowsWith(s).length)).toEqual([1, 1, 0, 1, 0, 0]);
  });

  it('loads only the shards a lookup needs, following renames into other shards, with the same answers', async () => {
    const json = createDataset({ listings, history });
    const data = compactTables(files.header);
    const dataset = datasetOver(data);
    const loaded: number[] = [];
    const load = async (n: number) => {
      loaded.push(n);
      return files.shards[n]!;
    };
    const aapl = await lookupLoading(dataset, data, [{ symbol: 'AAPL', exchange: 'NASDAQ' }], load);
    expect(aapl).toEqual([json.lookup({ symbol: 'AAPL', exchange: 'NASDAQ' })]);
    expect(loaded).toEqual([datasetShard('AAPL')]);
    // SNE lives in one shard, SONY (what it became) in another: the second pass fetches it.
    expect(datasetShard('SNE')).not.toBe(datasetShard('SONY'));
    const sne = await lookupLoading(dataset, data, [{ symbol: 'SNE', exchange: 'NYSE' }], load);
    expect(sne[0]).toMatchObject({ symbol: 'SONY', formerSymbol: 'SNE' });
    expect(sne).toEqual([json.lookup({ symbol: 'SNE', exchange: 'NYSE' })]);
    expect(new Set(loaded).size).toBe(loaded.length);
    // A page's batch, on a fresh store: the same answers as the JSON files.
    const batch = queries().filter((_, k) => k % 40 === 0);
    const fresh = compactTables(files.header);
    expect(await lookupLoading(datasetOver(fresh), fresh, batch, async (n) => files.shards[n]!)).toEqual(json.lookupMany(batch));
  }, 120_000);
});
