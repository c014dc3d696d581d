// The generated data files, linted: they parse, columns line up, rows are sorted and unique, indexes are in
// range, every exchange code of the grammar has a venue, and every summary belongs to a listing.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_CODES } from '../exchange-codes.ts';
import { DATA_FORMAT, SUMMARY_MAX_LENGTH, summaryShard, type ExchangesFile, type HistoryFile, type ListingsFile } from './data-format.ts';
import { symbolKey } from './symbols.ts';
import { readDataFile, repoPath } from '../../cli/node-dataset.ts';

const listings = readDataFile<ListingsFile>('listings.json');
const history = readDataFile<HistoryFile>('history.json');
const exchanges = readDataFile<ExchangesFile>('exchanges.json');
const rowCount = listings.columns.symbol.length;
const rowIds = listings.columns.symbol.map((s, i) => `${listings.tables.mic[listings.columns.mic[i]!]}:${s}`);

describe('listings.json', () => {
  it('has one value per row in every column', () => {
    expect(listings.format).toBe(DATA_FORMAT);
    expect(rowCount).toBeGreaterThan(40_000);
    for (const [name, column] of Object.entries(listings.columns)) expect(column.length, name).toBe(rowCount);
  });

  it('is sorted by (symbol, MIC) and unique on that pair, with symbols already normalised', () => {
    const c = listings.columns;
    for (let i = 1; i < rowCount; i++) {
      const prev = [c.symbol[i - 1]!, listings.tables.mic[c.mic[i - 1]!]!];
      const cur = [c.symbol[i]!, listings.tables.mic[c.mic[i]!]!];
      expect(prev[0]! < cur[0]! || (prev[0] === cur[0] && prev[1]! < cur[1]!), `${prev.join(' ')} before ${cur.join(' ')}`).toBe(true);
    }
    expect(c.symbol.every((s) => s === symbolKey(s))).toBe(true);
  });

  it('keeps its string tables sorted, unique, with "" at index 0, and every index in range', () => {
    for (const [name, table] of Object.entries(listings.tables)) {
      expect(table[0], name).toBe('');
      expect([...table].slice(1).sort(), name).toEqual(table.slice(1));
      expect(new Set(table).size, name).toBe(table.length);
      const column = listings.columns[name as keyof ListingsFile['tables']];
      expect(
        column.every((v) => Number.isInteger(v) && v >= 0 && v < table.length),
        name,
      ).toBe(true);
    }
    expect(listings.tables.mic.slice(1).every((mic) => mic in exchanges.mics)).toBe(true);
  });

  it('has sparse columns pointing at real rows, and no junk securities', () => {
    expect(listings.funds.every((i, k) => i < rowCount && (k === 0 || i > listings.funds[k - 1]!))).toBe(true);
    for (const key of [...Object.keys(listings.former), ...Object.keys(listings.alt), ...Object.keys(listings.note ?? {})])
      expect(Number(key)).toBeLessThan(rowCount);
    expect(listings.columns.name.filter((n) => /\bwarrants?\b|\brights\b|% notes/i.test(n))).toEqual([]);
  });
});

describe('history.json', () => {
  it('is sorted by (symbol, MIC) and unique on that pair', () => {
    const ids = history.entries.map((e) => `${e.s}\u0000${e.m}`);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a year for every entry, and either a new symbol or an end', () => {
    for (const e of history.entries) {
      expect(e.y, e.s).toBeGreaterThan(1990);
      expect(e.y, e.s).toBeLessThanOrEqual(2026);
      expect(e.to === undefined || e.to !== e.s, e.s).toBe(true);
    }
  });
});

describe('exchanges.json', () => {
  it('describes every exchange code the ticker grammar can produce', () => {
    expect(Object.keys(exchanges.codes)).toEqual([...EXCHANGE_CODES].sort());
    for (const info of Object.values(exchanges.codes)) {
      expect(info.mics.length, info.code).toBeGreaterThan(0);
      for (const mic of [...info.mics, ...(info.fallbackMics ?? [])]) expect(exchanges.mics[mic], `${info.code} ${mic}`).toBeDefined();
      expect(info.googlePrefix, info.code).toMatch(/^[A-Z]+$/);
    }
  });
});

describe('summaries shards', () => {
  const dir = repoPath('src/data/summaries');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const known = new Set(rowIds);

  it('hold each summary in the shard its key hashes to, for a listing that exists, cut to SUMMARY_MAX_LENGTH', () => {
    expect(files.length).toBeGreaterThan(10);
    let count = 0;
    for (const file of files) {
      const shard = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, string>;
      const keys = Object.keys(shard);
      expect(keys, file).toEqual([...keys].sort((a, b) => (a < b ? -1 : 1)));
      for (const key of keys) {
        const [mic, symbol] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
        expect(known.has(key), key).toBe(true);
        expect(`${summaryShard(mic, symbol)}.json`, key).toBe(file);
        expect(shard[key]!.length, key).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
        count++;
      }
    }
    expect(count).toBeGreaterThan(20_000);
  });
});
