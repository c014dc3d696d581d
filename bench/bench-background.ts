// The background's share of the work, in Node: the dataset's cold start (read + parse the JSON files, build
// the indexes, first answer) and a 50-query batch lookup like one page's message. Run as its own process
// (`tsx bench/bench-background.ts --json`) so the cold start really is cold: nothing compiled or cached.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LookupQuery } from '../src/core/types.ts';
import { percentile, round } from './bench-stats.ts';

export interface BackgroundFigures {
  coldStartMs: number;
  coldStart: { readMs: number; parseMs: number; buildMs: number; firstLookupMs: number };
  listings: number;
  batch50: { p50: number; p95: number; runs: number; resolved: number };
}

export const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** 50 queries as a page sends them: the fixtures' real mentions plus the look-alike words they plant. */
export function batchOf50(repo: string): LookupQuery[] {
  const cases = JSON.parse(readFileSync(join(repo, 'tests/fixtures/cases.json'), 'utf8')) as {
    tickers: { symbol: string; exchange: string | null }[];
    notTickers: string[];
  }[];
  const seen = new Set<string>();
  const out: LookupQuery[] = [];
  const add = (q: LookupQuery) => {
    const key = `${q.exchange}:${q.symbol}`;
    if (!seen.has(key) && out.length < 50) {
      seen.add(key);
      out.push(q);
    }
  };
  for (const c of cases) for (const t of c.tickers) add({ symbol: t.symbol, exchange: t.exchange });
  for (const c of cases) for (const w of c.notTickers) if (/^[A-Z]{1,5}$/.test(w)) add({ symbol: w, exchange: null });
  // Too few distinct look-alikes in the fixtures: fill with the same symbols asked with an exchange.
  for (const q of [...out]) add({ symbol: q.symbol, exchange: q.exchange ? null : 'NYSE' });
  return out;
}

export async function measureBackground(repo: string, runs = 300): Promise<BackgroundFigures> {
  const t0 = performance.now();
  const raw = ['listings', 'history'].map((f) => readFileSync(join(repo, 'src/data', `${f}.json`), 'utf8'));
  const t1 = performance.now();
  const [listings, history] = raw.map((text) => JSON.parse(text as string));
  const t2 = performance.now();
  const { createDataset } = await import('../src/core/resolve/dataset.ts');
  const tImport = performance.now();
  const dataset = createDataset({ listings, history });
  const t3 = performance.now();
  dataset.lookup({ symbol: 'AAPL', exchange: null });
  const t4 = performance.now();

  const batch = batchOf50(repo);
  const times: number[] = [];
  let resolved = 0;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const answers = dataset.lookupMany(batch);
    times.push(performance.now() - s);
    resolved = answers.filter(Boolean).length;
  }
  const build = t3 - tImport;
  return {
    // Module import time is left out: in the extension the code is already loaded with the service worker.
    coldStartMs: round(t1 - t0 + (t2 - t1) + build + (t4 - t3)),
    coldStart: { readMs: round(t1 - t0), parseMs: round(t2 - t1), buildMs: round(build), firstLookupMs: round(t4 - t3) },
    listings: dataset.size,
    batch50: { p50: round(percentile(times, 50), 3), p95: round(percentile(times, 95), 3), runs, resolved },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await measureBackground(REPO);
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(figures)}\n` : `${JSON.stringify(figures, null, 2)}\n`);
}
