// Late content with the real, BUILT extension: tests/e2e/pages/dynamic-liveblog.html grows to 1,000
// paragraphs in batches of 50 inside its article. For each batch we read the page's main-thread busy time
// (CDP Performance.getMetrics TaskDuration) before the append and after everything settled, once with the
// extension and once without it; the difference is the content script's incremental work. A constant cost
// per batch gives a straight cumulative line (slope = ms per 100 paragraphs); rescanning the whole article
// each time would show as a per-batch cost that grows with the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startPageServer } from '../tests/e2e/server.ts';
import { CHROMIUM_BIN, QUIET_FLAGS } from './bench-browser.ts';
import { linearFit, median, round } from './bench-stats.ts';

export interface DynamicFigures {
  paragraphs: number;
  batchSize: number;
  runs: number;
  /** Cumulative extra main-thread ms against paragraphs appended, fitted, per 100 paragraphs. */
  slopeMsPer100Paragraphs: number;
  r2: number;
  /** Fitted change of the per-batch extra cost per 1,000 paragraphs already on the page (≈0 when incremental). */
  perBatchGrowthMsPer1000: number;
  extraMsPerBatch: number[];
  totalExtraMs: number;
  /** Settling time per batch with the extension (append -> last wrapper), median, ms. */
  settleMs: number;
  verify: {
    paragraphs: number;
    expected: number;
    wrappers: number;
    exact: number;
    missing: number;
    extra: number;
    nested: number;
    textChanged: number;
  };
  wrappedExactlyOnce: boolean;
}

interface LiveBlog {
  BATCH: number;
  TOTAL: number;
  appended: number;
  appendBatch(): number;
  verify(): DynamicFigures['verify'];
  wrappersIn(from: number, to: number): number;
  expectedIn(from: number, to: number): number;
}
type Win = { liveblog: LiveBlog };

async function taskSeconds(cdp: import('playwright-core').CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

/** Appends one batch and waits until the DOM has been quiet for a while (and, with the extension, wrapped). */
function appendAndSettle(page: Page, withExtension: boolean): Promise<number> {
  return page.evaluate(async (waitForWrappers) => {
    const blog = (window as unknown as Win).liveblog;
    const from = blog.appended;
    const t0 = performance.now();
    let last = performance.now();
    const observer = new MutationObserver(() => (last = performance.now()));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const to = blog.appendBatch();
    const want = blog.expectedIn(from, to);
    for (;;) {
      await new Promise((ok) => setTimeout(ok, 25));
      const now = performance.now();
      const wrapped = !waitForWrappers || blog.wrappersIn(from, to) >= want;
      if ((wrapped && now - last > 150) || now - t0 > 4000) break;
    }
    observer.disconnect();
    return last - t0;
  }, withExtension);
}

async function runOnce(ctx: BrowserContext, url: string, withExtension: boolean) {
  await ctx.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || !/^https?:/.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-clearfolio'), undefined, { timeout: 15_000 });
    const mark = await page.evaluate(() => document.documentElement.getAttribute('data-clearfolio'));
    if (mark !== 'article') throw new Error(`the extension marked the live blog "${mark}", not "article"`);
  }
  await page.waitForTimeout(300);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const total = await page.evaluate(() => (window as unknown as Win).liveblog.TOTAL);
  const batchSize = await page.evaluate(() => (window as unknown as Win).liveblog.BATCH);
  const perBatch: number[] = [];
  const settle: number[] = [];
  for (let done = 0; done < total; done += batchSize) {
    const before = await taskSeconds(cdp);
    settle.push(await appendAndSettle(page, withExtension));
    perBatch.push((await taskSeconds(cdp)) - before);
  }
  const verify = withExtension ? await page.evaluate(() => (window as unknown as Win).liveblog.verify()) : null;
  await page.close();
  return { perBatchMs: perBatch.map((s) => s * 1000), settle, verify, total, batchSize };
}

async function withExtensionContext<T>(buildDir: string, fn: (ctx: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'clearfolio-bench-'));
  try {
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_BIN,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [`--disable-extensions-except=${buildDir}`, `--load-extension=${buildDir}`, ...QUIET_FLAGS],
    });
    try {
      if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 20_000 });
      return await fn(ctx);
    } finally {
      await ctx.close().catch(() => undefined);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function withPlainContext<T>(fn: (ctx: BrowserContext) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: QUIET_FLAGS });
  try {
    return await fn(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  } finally {
    await browser.close().catch(() => undefined);
  }
}

export async function measureDynamic(buildDir: string, runs = 3): Promise<DynamicFigures> {
  const server = await startPageServer();
  try {
    const url = `${server.url}/e2e/dynamic-liveblog.html?manual`;
    const ext: Awaited<ReturnType<typeof runOnce>>[] = [];
    const base: Awaited<ReturnType<typeof runOnce>>[] = [];
    // Alternate with and without, so a slower stretch of the machine does not land on one side only.
    for (let r = 0; r < runs; r++) {
      ext.push(await withExtensionContext(buildDir, (ctx) => runOnce(ctx, url, true)));
      base.push(await withPlainContext((ctx) => runOnce(ctx, url, false)));
    }
    const { total, batchSize } = ext[0]!;
    const batches = ext[0]!.perBatchMs.length;
    const extra = Array.from(
      { length: batches },
      (_, b) => median(ext.map((x) => x.perBatchMs[b] ?? 0)) - median(base.map((x) => x.perBatchMs[b] ?? 0)),
    );
    const paragraphs = extra.map((_, b) => Math.min(total, (b + 1) * batchSize));
    let sum = 0;
    const cumulative = extra.map((e) => (sum += e));
    const fit = linearFit(paragraphs, cumulative);
    const growth = linearFit(
      paragraphs.map((p) => p - batchSize),
      extra,
    );
    const verify = ext[ext.length - 1]!.verify!;
    return {
      paragraphs: total,
      batchSize,
      runs,
      slopeMsPer100Paragraphs: round(fit.slope * 100, 3),
      r2: round(fit.r2, 3),
      perBatchGrowthMsPer1000: round(growth.slope * 1000, 3),
      extraMsPerBatch: extra.map((e) => round(e)),
      totalExtraMs: round(sum),
      settleMs: round(median(ext.flatMap((x) => x.settle))),
      verify,
      wrappedExactlyOnce:
        verify.nested === 0 && verify.missing === 0 && verify.extra === 0 && verify.textChanged === 0 && verify.exact === verify.paragraphs,
    };
  } finally {
    await server.close();
  }
}
