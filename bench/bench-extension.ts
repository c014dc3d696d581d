// The installed extension's footprint in Chromium, for the size goals of #18:
//   installBytes        every file of the unpacked build (what the browser stores per profile), by folder;
//   background heap     the service worker's JS heap (CDP Runtime.getHeapUsage after a forced GC) when it has
//                       just started, and after its first lookup (the dataset loaded and indexed);
//   coldStartMs         the first lookup's round trip from an extension page in a freshly launched browser
//                       (1 s after the page loaded): the service worker fetches the dataset's header and the
//                       shards of the symbols asked (src/core/resolve/compact.ts) before it can answer;
//   coldBatch50Ms       the same with a page-sized first batch (50 queries from the fixtures, bench-background.ts),
//                       which fetches more shards: informative, the goal is on coldStartMs.
// Each run is a new browser with a new profile. `npx tsx bench/bench-extension.ts [--runs N] [--dist DIR]`
// prints the figures as JSON; bench/run.ts adds them to results.json with goals.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_BIN, QUIET_FLAGS } from '../tests/e2e/browsers.ts';
import { percentile, round } from './bench-stats.ts';
import { batchOf50 } from './bench-background.ts';
import type { LookupQuery } from '../src/core/types.ts';

export interface ExtensionFootprint {
  installBytes: number;
  installByFolder: Record<string, number>;
  backgroundHeap: { idleBytes: number; afterLookupBytes: number; afterLookupP95Bytes: number };
  coldStartMs: { p50: number; p95: number; max: number; runs: number[] };
  coldBatch50Ms: { p50: number; p95: number; max: number; runs: number[] };
  runs: number;
}

function bytesUnder(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

/** Total bytes and, per top-level entry (and per file in assets/ over 100 KB), where they are. */
function installSize(dir: string): { total: number; byFolder: Record<string, number> } {
  const byFolder: Record<string, number> = {};
  for (const name of readdirSync(dir)) byFolder[name] = bytesUnder(join(dir, name));
  for (const name of readdirSync(join(dir, 'assets'))) {
    const size = statSync(join(dir, 'assets', name)).size;
    if (size > 100_000) byFolder[`assets/${name.replace(/-[\w-]{8}\./, '.')}`] = size;
  }
  return { total: bytesUnder(dir), byFolder };
}

const QUERIES: LookupQuery[] = [
  { symbol: 'AAPL', exchange: 'NASDAQ' },
  { symbol: 'SONY', exchange: 'NYSE' },
  { symbol: 'TSCO', exchange: null, name: 'Tesco' },
];

async function oneRun(dir: string, queries: LookupQuery[] = QUERIES): Promise<{ idle: number; afterLookup: number; coldMs: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'clearfolio-footprint-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_BIN,
    headless: true,
    userDataDir: profile,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_FLAGS],
  });
  try {
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
      timeout: 20_000,
    });
    const id = new URL(sw.url()).host;
    const cdp = await sw.createCDPSession();
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${id}/src/pages/options/index.html`);
    // Let the browser finish starting up, so the figure is the worker's work rather than the launch's.
    await new Promise((r) => setTimeout(r, 1_000));
    const idle = await heap();
    const coldMs = await page.evaluate(async (queries) => {
      const t0 = performance.now();
      const ext = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      const reply = (await ext.runtime.sendMessage({ type: 'lookup', queries })) as { companies?: unknown[] };
      const ms = performance.now() - t0;
      if (!reply?.companies?.[0]) throw new Error(`lookup gave no company: ${JSON.stringify(reply).slice(0, 200)}`);
      return ms;
    }, queries);
    const afterLookup = await heap();
    await cdp.detach();
    return { idle, afterLookup, coldMs };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function measureExtension(dir: string, runs = 5): Promise<ExtensionFootprint> {
  const { total, byFolder } = installSize(dir);
  const results: { idle: number; afterLookup: number; coldMs: number }[] = [];
  const batch = batchOf50(resolve(fileURLToPath(new URL('..', import.meta.url))));
  const batchMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(await oneRun(dir));
    batchMs.push((await oneRun(dir, batch)).coldMs);
  }
  const cold = results.map((r) => r.coldMs).sort((a, b) => a - b);
  const coldBatch = [...batchMs].sort((a, b) => a - b);
  const heaps = results.map((r) => r.afterLookup).sort((a, b) => a - b);
  return {
    installBytes: total,
    installByFolder: byFolder,
    backgroundHeap: {
      idleBytes: Math.round(
        percentile(
          results.map((r) => r.idle).sort((a, b) => a - b),
          50,
        ),
      ),
      afterLookupBytes: Math.round(percentile(heaps, 50)),
      afterLookupP95Bytes: Math.round(percentile(heaps, 95)),
    },
    coldStartMs: {
      p50: round(percentile(cold, 50)),
      p95: round(percentile(cold, 95)),
      max: round(cold[cold.length - 1]!),
      runs: results.map((r) => round(r.coldMs)),
    },
    coldBatch50Ms: {
      p50: round(percentile(coldBatch, 50)),
      p95: round(percentile(coldBatch, 95)),
      max: round(coldBatch[coldBatch.length - 1]!),
      runs: batchMs.map((ms) => round(ms)),
    },
    runs,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, dist: { type: 'string' } } });
  const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const figures = await measureExtension(values.dist ? resolve(values.dist) : join(repo, 'dist/chrome'), Number(values.runs));
  console.log(JSON.stringify(figures, null, 2));
}
