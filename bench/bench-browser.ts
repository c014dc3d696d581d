// Drives headless Chromium (Debian's binary through playwright-core) over the bench pages: fresh loads,
// the pipeline's and the references' interleaved so drift in the machine's speed hits both alike.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Company, LookupQuery } from '../src/core/types.ts';
import type { FloorSample, PipelineSample, ReadabilitySample } from './entry.ts';
import type { BenchPage } from './bench-pages.ts';
import { median } from './bench-stats.ts';

// One definition of the browser binary and flags, shared with the end-to-end tests.
export { CHROMIUM_BIN, QUIET_FLAGS } from '../tests/e2e/browsers.ts';
import { CHROMIUM_BIN, QUIET_FLAGS } from '../tests/e2e/browsers.ts';

export type Lookup = (queries: LookupQuery[]) => (Company | null)[];

export interface PageRow {
  id: string;
  set: BenchPage['set'];
  bytes: number;
  /** Medians over the repetitions, in ms. */
  pipelineMs: number;
  lookupMs: number;
  /** Time yielded to the browser between pipeline phases (median). */
  yieldMs: number;
  readabilityMs: number;
  floorMs: number;
  /**
   * Each load's longest pipeline stretch and longest 'longtask' entry (0: none), median over the loads, as
   * every other figure of a page: one load that the machine stalled does not speak for the page.
   */
  maxChunkMs: number;
  longTaskMs: number;
  /** The same, worst single load: reported beside the medians, never hidden. */
  worstChunkMs: number;
  worstLongTaskMs: number;
  isArticle: boolean;
  blocks: number;
  mentions: number;
  queries: number;
  textNodes: number;
  readabilityFound: boolean;
  timings: Record<string, number>;
  errors: string[];
}

export interface RunOptions {
  baseUrl: string;
  bundlePath: string;
  reps: number;
  lookup: Lookup;
  onPage?: (row: PageRow, index: number) => void;
}

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: QUIET_FLAGS });
}

/** A context where only the bench server answers and lookups go to `lookup` in Node. */
export async function benchContext(browser: Browser, lookup: Lookup): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await ctx.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
  });
  await ctx.exposeFunction('__clearfolioLookup', (queries: LookupQuery[]) => lookup(queries));
  return ctx;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function freshLoad(page: Page, url: string, bundleUrl: string): Promise<void> {
  // Rarely (one corpus page, one run) the injected script is missing after a load; one more fresh load
  // has been enough.
  for (let attempt = 1; ; attempt++) {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.addScriptTag({ url: bundleUrl });
    const ready = await page.evaluate(() => typeof (window as { __clearfolioBench?: unknown }).__clearfolioBench === 'object');
    if (ready) return;
    if (attempt === 2) throw new Error('bench bundle did not load');
  }
}

// The pipeline mutates the page, so it always gets a load of its own. Readability parses a clone and the
// floor only reads, so they share one: the floor first (it is the smaller, so a warmed DOM would bias it
// most), then Readability, which the floor's single read-only walk can only make look faster, never slower.
type Load = 'pipeline' | 'reference';
const ORDERS: Load[][] = [
  ['pipeline', 'reference'],
  ['reference', 'pipeline'],
];

/** Confirms the Long Tasks API reports a task started from the driver, as the pipeline's is. */
export async function probeLongTasks(browser: Browser, baseUrl: string, page: BenchPage, bundlePath: string): Promise<number[]> {
  const ctx = await benchContext(browser, () => []);
  try {
    const tab = await ctx.newPage();
    await freshLoad(tab, baseUrl + page.path, baseUrl + bundlePath);
    return await tab.evaluate(() =>
      (window as unknown as { __clearfolioBench: { probeLongTasks(ms: number): Promise<number[]> } }).__clearfolioBench.probeLongTasks(80),
    );
  } finally {
    await ctx.close();
  }
}

export async function measurePages(browser: Browser, pages: BenchPage[], opts: RunOptions): Promise<PageRow[]> {
  const ctx = await benchContext(browser, opts.lookup);
  const rows: PageRow[] = [];
  try {
    let tab = await ctx.newPage();
    for (const [index, p] of pages.entries()) {
      const url = opts.baseUrl + p.path;
      const pipe: PipelineSample[] = [];
      const read: ReadabilitySample[] = [];
      const flo: FloorSample[] = [];
      const errors: string[] = [];
      for (let rep = 0; rep < opts.reps; rep++) {
        for (const load of ORDERS[rep % ORDERS.length] as Load[]) {
          try {
            await freshLoad(tab, url, opts.baseUrl + opts.bundlePath);
            if (load === 'pipeline') {
              pipe.push(
                await withTimeout(
                  tab.evaluate((u) => (window as never as Api).__clearfolioBench.pipeline(u), p.url),
                  60_000,
                  'pipeline',
                ),
              );
            } else {
              flo.push(await tab.evaluate(() => (window as never as Api).__clearfolioBench.floor()));
              read.push(
                await withTimeout(
                  tab.evaluate(() => (window as never as Api).__clearfolioBench.readability()),
                  60_000,
                  'readability',
                ),
              );
            }
          } catch (e) {
            errors.push(`${load}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
            // A hung or crashed tab must not take the rest of the run with it.
            await tab.close().catch(() => undefined);
            tab = await ctx.newPage();
          }
        }
      }
      const last = pipe[pipe.length - 1];
      const row: PageRow = {
        id: p.id,
        set: p.set,
        bytes: p.bytes,
        pipelineMs: median(pipe.map((s) => s.pipelineMs)),
        lookupMs: median(pipe.map((s) => s.lookupMs)),
        yieldMs: median(pipe.map((s) => s.yieldMs ?? 0)),
        readabilityMs: median(read.map((s) => s.ms)),
        floorMs: median(flo.map((s) => s.ms)),
        maxChunkMs: median(pipe.map((s) => s.maxChunkMs)),
        longTaskMs: median(pipe.map((s) => Math.max(0, ...s.longTasks))),
        worstChunkMs: Math.max(0, ...pipe.map((s) => s.maxChunkMs)),
        worstLongTaskMs: Math.max(0, ...pipe.flatMap((s) => s.longTasks)),
        isArticle: last?.isArticle ?? false,
        blocks: last?.blocks ?? 0,
        mentions: last?.mentions ?? 0,
        queries: last?.queries ?? 0,
        textNodes: flo[0]?.textNodes ?? 0,
        readabilityFound: read[0]?.found ?? false,
        timings: last?.timings ?? {},
        errors: [...new Set(errors)],
      };
      rows.push(row);
      opts.onPage?.(row, index);
    }
  } finally {
    await ctx.close();
  }
  return rows;
}

interface Api {
  __clearfolioBench: {
    pipeline(url: string | null): Promise<PipelineSample>;
    readability(): ReadabilitySample;
    floor(): FloorSample;
  };
}
