// The refresh on recorded copies of each source (scripts/data/samples/ and scripts/data/__recordings__/): no network.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListingsFile } from '../../src/core/resolve/data-format.ts';
import { buildMeta, sourcesFromDoc } from './meta.ts';
import { download, remoteSources, type Fetch } from './refresh.ts';
import { refresh } from './refresh-run.ts';
import { compareListings, formatReport } from './report.ts';

const here = dirname(fileURLToPath(import.meta.url));
const recordings = join(here, '__recordings__');
const samples = join(here, 'samples');

/** The recorded copy a source's URL stands for; every FinanceDatabase exchange is served the LSE recording. */
function recorded(file: string): string {
  const plain = file.replace(/\.gz$/, '').replace(/financedatabase_equities\/[A-Z]+\.csv$/, 'financedatabase_equities/LSE.csv');
  for (const root of [samples, recordings]) if (existsSync(join(root, plain))) return readFileSync(join(root, plain), 'utf8');
  throw new Error(`no recording for ${file}`);
}

const urls = new Map(remoteSources().map((s) => [s.url, s.file]));
const requested: { url: string; headers?: Record<string, string> }[] = [];
const recordedFetch: Fetch = async (url, init) => {
  requested.push({ url, headers: init?.headers });
  const file = urls.get(url);
  return file ? { ok: true, status: 200, text: async () => recorded(file) } : { ok: false, status: 404, text: async () => 'Not Found' };
};

const tmp: string[] = [];
function tmpDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearfolio-refresh-'));
  tmp.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of tmp.splice(0)) rmSync(d, { recursive: true, force: true });
  requested.length = 0;
});

/** A stand-in for ../shared/data: the SOURCES.md excerpt, one file with no address, one stale copy of a source. */
function fakeShared(): string {
  const shared = tmpDir();
  writeFileSync(join(shared, 'SOURCES.md'), readFileSync(join(recordings, 'SOURCES.md')));
  mkdirSync(join(shared, 'history'));
  mkdirSync(join(shared, 'us'));
  writeFileSync(join(shared, 'history/us_screener_listing_intervals_2021-2026.csv'), 'symbol,exchange\nFB,NASDAQ\n');
  writeFileSync(join(shared, 'us/sec_company_tickers.json'), '{"0":{"cik_str":1,"ticker":"OLD","title":"Stale copy"}}');
  return shared;
}

describe('download', () => {
  it('fetches every source into the dated folder, gzip where the shared copy is, and keeps the files with no address', async () => {
    const shared = fakeShared();
    const dir = join(tmpDir(), '2026-12-01');
    const manifest = await download({ fetch: recordedFetch, dir, shared, date: '2026-12-01' });

    expect(requested.map((r) => r.url).sort()).toEqual([...urls.keys()].sort());
    expect(requested.every((r) => r.headers?.['User-Agent']?.includes('Clearfolio'))).toBe(true);
    expect(manifest.sources).toHaveLength(urls.size);
    const sec = JSON.parse(gunzipSync(readFileSync(join(dir, 'us/sec_company_tickers.json.gz'))).toString('utf8')) as object;
    expect(sec).toEqual(JSON.parse(recorded('us/sec_company_tickers.json')));
    // The stale plain copy is not carried over next to the fresh .gz (the build would read either).
    expect(existsSync(join(dir, 'us/sec_company_tickers.json'))).toBe(false);
    expect(readFileSync(join(dir, 'us/nasdaqtrader_nasdaqlisted.txt'), 'utf8')).toBe(recorded('us/nasdaqtrader_nasdaqlisted.txt'));
    expect(readFileSync(join(dir, 'history/us_screener_listing_intervals_2021-2026.csv'), 'utf8')).toContain('FB,NASDAQ');
    expect(existsSync(join(dir, 'international/financedatabase_equities/JPX.csv.gz'))).toBe(true);
  });

  it('says it is offline, and writes nothing, when the network is unreachable', async () => {
    const dir = join(tmpDir(), 'out');
    const offline: Fetch = () => Promise.reject(new TypeError('fetch failed'));
    await expect(download({ fetch: offline, dir, shared: fakeShared(), date: '2026-12-01' })).rejects.toThrow(
      /cannot download https:\/\/www\.sec\.gov\/files\/company_tickers\.json \(fetch failed\): no network\?.*without --refresh/,
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('names the source that answers with an error or with something else than the file', async () => {
    const shared = fakeShared();
    const failing: Fetch = async (url) =>
      url.includes('nasdaqtrader') ? { ok: false, status: 503, text: async () => '' } : recordedFetch(url);
    await expect(download({ fetch: failing, dir: join(tmpDir(), 'a'), shared, date: '2026-12-01' })).rejects.toThrow(
      'download of https://www.nasdaqtrader.com/dynamic/SymDir/nasdaqlisted.txt failed: HTTP 503',
    );
    const htmlPage: Fetch = async (url) =>
      url.includes('twse') ? { ok: true, status: 200, text: async () => '<!DOCTYPE html><title>Rate limited</title>' } : recordedFetch(url);
    await expect(download({ fetch: htmlPage, dir: join(tmpDir(), 'b'), shared, date: '2026-12-01' })).rejects.toThrow(
      /twse_equities\.csv does not look like international\/twstock_twse_equities\.csv\.gz/,
    );
  });
});

describe('meta block', () => {
  it('reads each source version and date from SOURCES.md; the newest date is the data date', () => {
    const sources = sourcesFromDoc(readFileSync(join(recordings, 'SOURCES.md'), 'utf8'));
    expect(sources).toContainEqual({
      file: 'us/sec_company_tickers.json.gz',
      version: 'genkin-he/sec_ticker:company_ticker.json@259ff74ec0a29cd8f81c0294655454d5f6add35d',
      date: '2026-02-28',
    });
    expect(sources).toContainEqual({
      file: 'history/us_screener_listing_intervals_2021-2026.csv.gz',
      version: 'rreichel3/US-Stock-Symbols:{nasdaq,nyse,amex}/*_full_tickers.json@7d1d22185692e23e8d60e34cafecb03d5e19f2d1',
      date: '2026-08-22',
    });
    expect(sources).toContainEqual({
      file: 'international/financedatabase_equities/',
      version: 'JerBouma/FinanceDatabase:database/equities/<EXCH>.csv@8ccd683d7a29ff5e768701da919a39d3d246a18b',
      date: '2026-08-16',
    });
    const shared = fakeShared();
    const meta = buildMeta(shared);
    expect(meta.asOf).toBe('2026-08-22');
    expect(meta.refreshed).toBeUndefined();
    expect(buildMeta(shared)).toEqual(meta);
  });

  it('after a refresh, downloaded files carry their URL and the download day', async () => {
    const dir = join(tmpDir(), '2026-12-01');
    await download({ fetch: recordedFetch, dir, shared: fakeShared(), date: '2026-12-01' });
    const meta = buildMeta(dir);
    expect(meta.asOf).toBe('2026-12-01');
    expect(meta.refreshed).toBe('2026-12-01');
    expect(meta.sources).toContainEqual({
      file: 'us/sec_company_tickers.json.gz',
      version: 'https://www.sec.gov/files/company_tickers.json',
      date: '2026-12-01',
    });
    // The folder row of FinanceDatabase gives way to its downloaded files; the derived history keeps its commit.
    expect(meta.sources.some((s) => s.file === 'international/financedatabase_equities/')).toBe(false);
    expect(meta.sources.find((s) => s.file.startsWith('history/us_screener'))?.date).toBe('2026-08-22');
  });
});

const snapshot = (name: string) => JSON.parse(readFileSync(join(recordings, name), 'utf8')) as ListingsFile;

describe('change report on a recorded pair of snapshots', () => {
  const report = compareListings(snapshot('listings-before.json'), snapshot('listings-after.json'));

  it('pairs a gone and a new symbol of one company on one venue as a rename', () => {
    expect(report.renamedSymbols.map(({ from, to }) => `${from.symbol} -> ${to.symbol}`)).toEqual(['FB -> META', 'SQ -> XYZ']);
  });

  it('lists new and gone listings, and names that changed under the same symbol', () => {
    expect(report.added.map((l) => `${l.symbol} ${l.mic}`)).toEqual(['ARM XNGS', 'S XNYS']);
    expect(report.removed.map((l) => l.symbol)).toEqual(['TWTR']);
    expect(report.renamedCompanies).toEqual([
      { listing: expect.objectContaining({ symbol: 'AAPL' }), from: 'Apple Computer, Inc.', to: 'Apple Inc.' },
    ]);
  });

  it('prints counts, then each change', () => {
    const text = formatReport(report);
    expect(text).toContain('- listings added: 2\n- listings removed: 1\n- symbols renamed: 2\n- companies renamed: 1');
    expect(text).toContain('- FB -> META (XNGS) Meta Platforms, Inc.');
    expect(text).toContain('- AAPL (XNGS): Apple Computer, Inc. -> Apple Inc.');
    expect(text).toContain('- TWTR (XNYS) Twitter, Inc.');
    expect(formatReport(report, 1)).toContain('- ... and 1 more');
  });

  it('leaves two share classes that both changed as removals and additions (which became which is unknown)', () => {
    const before = snapshot('listings-before.json');
    const after = snapshot('listings-after.json');
    const renameClasses = (file: ListingsFile): ListingsFile => ({
      ...file,
      columns: { ...file.columns, symbol: file.columns.symbol.map((s) => (s.startsWith('GOOG') ? `${s}X` : s)) },
    });
    const r = compareListings(before, renameClasses(after));
    expect(r.renamedSymbols.map((x) => x.from.symbol)).toEqual(['FB', 'SQ']);
    expect(r.removed.map((l) => l.symbol)).toEqual(['GOOG', 'GOOGL', 'TWTR']);
    expect(r.added.map((l) => l.symbol)).toEqual(['ARM', 'GOOGLX', 'GOOGX', 'S']);
  });
});

describe('refresh', () => {
  it('downloads into a dated folder, rebuilds from it and writes the report against the data it replaced', async () => {
    const out = tmpDir();
    const cacheRoot = join(tmpDir(), '.cache/data');
    mkdirSync(join(out, 'src/data'), { recursive: true });
    writeFileSync(join(out, 'src/data/listings.json'), readFileSync(join(recordings, 'listings-before.json')));
    const builtFrom: string[] = [];
    const lines: string[] = [];
    const { dir, report } = await refresh({
      shared: fakeShared(),
      out,
      cacheRoot,
      date: '2026-12-01',
      fetch: recordedFetch,
      build: (shared, target) => {
        builtFrom.push(shared);
        writeFileSync(join(target, 'src/data/listings.json'), readFileSync(join(recordings, 'listings-after.json')));
      },
      log: (l) => lines.push(l),
    });
    expect(dir).toBe(join(cacheRoot, '2026-12-01'));
    expect(builtFrom).toEqual([dir]);
    expect(report.renamedSymbols).toHaveLength(2);
    expect(readFileSync(join(cacheRoot, 'report.md'), 'utf8')).toContain('- symbols renamed: 2');
    expect(lines.join('\n')).toContain('FB -> META');
  });
});
