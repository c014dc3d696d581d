// #16, paint: does the reader ever see clutter the extension hides, and does hiding it shift the layout? The
// BUILT extension (dist/chrome) in headless Chromium on the fixtures and the Readability pages, each loaded once
// with the extension (and a probe injected at document start in the page's world) and once without it:
//   fcpMs                first contentful paint
//   firstHiddenMs        when the page pass marked its first block hidden (blocks the early stylesheet matched
//                        were hidden from the moment they were parsed: `early`)
//   visibleAfterPaintMs  the longest a hidden block was on view after the first contentful paint: at the moment
//                        the pass marks a block, the probe takes the mark off for a moment (same task, nothing is
//                        painted) and asks whether the block is visible without it; if it is, it was on view since
//                        the later of the first paint and the page's load, until now
//   addedCls             layout shift with the extension minus without it (sum of layout-shift entries without
//                        recent input, until 1 s after the pass marked the page)
//   early / released     outermost blocks the early stylesheet hid or the early judge marked
//                        (data-clearfolio-early) / of those, the ones the pass did not hide (shown again when
//                        the page was marked)
// and on pages that are not articles, the extension's main-thread time until the page is marked: the union of
// the trace events of the renderer main thread that name an extension file (trace-cost.ts; median of `reps`
// loads). Compile and run of early.js and of the content script, their callbacks, module compiles.
//
//   npx tsx bench/bench-paint.ts [--limit N] [--reps N] [--corpus DIR] [--json FILE] [--build DIR]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startBenchServer } from './bench-serve.ts';
import { corpusPages, fixturePages, type BenchPage } from './bench-pages.ts';
import { CHROMIUM_BIN, QUIET_FLAGS } from './bench-browser.ts';
import { median, percentile, round } from './bench-stats.ts';
import { earlySelector } from '../src/core/clutter/early.ts';
import { extensionCost, type ExtensionCost, type TraceEvent } from './trace-cost.ts';

export interface PaintPage {
  id: string;
  isArticle: boolean;
  fcpMs: number | null;
  firstHiddenMs: number | null;
  visibleAfterPaintMs: number;
  addedCls: number;
  pageCls: number;
  hidden: number;
  early: number;
  released: number;
}

export interface NonArticleCost {
  id: string;
  /** Median over the loads of the extension's main-thread time, ms. */
  totalMs: number;
  /** Median per extension file (early.js, the content script's chunks), ms. */
  byFile: Record<string, number>;
  /** Median per file and event ("early.js FunctionCall": the gate's frames), ms. */
  byEvent: Record<string, number>;
}

export interface PaintFigures {
  pages: PaintPage[];
  summary: {
    pagesWithHidden: number;
    /** Share of pages with hidden blocks where no hidden block was on view after the first paint (goal >= 0.95). */
    shareZeroVisibleAfterPaint: number;
    /** p95 over pages with hidden blocks, ms (goal <= 17). */
    visibleAfterPaintP95: number;
    /** Share of pages where the extension added no layout shift (goal >= 0.95). */
    shareZeroAddedCls: number;
    /** Worst added shift (goal <= 0.01). */
    maxAddedCls: number;
    earlyHidden: number;
    earlyReleased: number;
    /** released / hidden blocks of all pages (goal < 0.01). */
    earlyReleaseRate: number;
    /** p95 over non-article pages of the extension's main-thread time until the page is marked, ms (goal <= 2). */
    nonArticleP95: number;
    /** The same for early.js alone (the document_start script every page pays for). */
    nonArticleEarlyP95: number;
  };
  nonArticle: NonArticleCost[];
}

type Probe = {
  fcp: number | null;
  shifts: [number, number][];
  hides: { at: number; shown: boolean }[];
  marked: number | null;
  state: string | null;
  early: number;
  released: number;
  load: number | null;
};

/** The probe, run in the page's world before any of its own scripts (addInitScript). */
function probeScript(early: string): string {
  return `(() => {
  const EARLY = ${JSON.stringify(early)};
  const p = { fcp: null, shifts: [], hides: [], marked: null, state: null, early: 0, released: 0, load: null };
  window.__paint = p;
  addEventListener('load', () => (p.load = performance.now()));
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') p.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) p.shifts.push([e.startTime, e.value]); }).observe({ type: 'layout-shift', buffered: true });
  const H = 'data-clearfolio-hidden';
  const E = 'data-clearfolio-early';
  const marks = [];
  const mo = new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target;
      if (r.attributeName === E && r.oldValue === null) {
        marks.push(el);
      } else if (r.attributeName === H && r.oldValue === null && el.hasAttribute(H)) {
        const kind = el.getAttribute(H);
        el.removeAttribute(H);
        const shown = el.checkVisibility();
        el.setAttribute(H, kind);
        p.hides.push({ at: now, shown });
      } else if (r.attributeName === 'data-clearfolio' && r.target === document.documentElement && p.marked === null && el.hasAttribute('data-clearfolio')) {
        p.marked = now;
        p.state = el.getAttribute('data-clearfolio');
        // Blocks the early stylesheet matched, and those the early judge marked (its marks are gone by now).
        const all = new Set([...document.querySelectorAll(EARLY), ...marks.filter((e) => e.isConnected)]);
        const inAll = (e) => { for (let n = e.parentElement; n; n = n.parentElement) if (all.has(n)) return true; return false; };
        const outer = [...all].filter((e) => !inAll(e));
        p.early = outer.length;
        p.released = outer.filter((e) => !e.closest('[' + H + ']')).length;
      }
    }
    mo.takeRecords();
  });
  mo.observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: [H, E, 'data-clearfolio'] });
})();`;
}

const sumShifts = (shifts: [number, number][], until: number) => shifts.filter(([t]) => t <= until).reduce((s, [, v]) => s + v, 0);

async function localOnly(ctx: BrowserContext): Promise<void> {
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    return /^https?:\/\/127\.0\.0\.1[:/]/.test(url) || !/^https?:/.test(url) ? route.continue() : route.abort('blockedbyclient');
  });
}

async function withExtension<T>(buildDir: string, fn: (ctx: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'clearfolio-paint-'));
  try {
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_BIN,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [`--disable-extensions-except=${buildDir}`, `--load-extension=${buildDir}`, ...QUIET_FLAGS],
    });
    try {
      if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 20_000 });
      await localOnly(ctx);
      return await fn(ctx);
    } finally {
      await ctx.close().catch(() => undefined);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function withoutExtension<T>(fn: (ctx: BrowserContext) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: QUIET_FLAGS });
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await localOnly(ctx);
    return await fn(ctx);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __paint: Probe }).__paint);

/** Loads with the extension; resolves 1 s after the pass marked the page (or 15 s without a mark). */
async function loadWith(ctx: BrowserContext, url: string): Promise<Probe> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __paint: Probe }).__paint.marked !== null, undefined, { timeout: 15_000 });
    await page.waitForTimeout(1000);
    return await readProbe(page);
  } finally {
    await page.close();
  }
}

async function loadWithout(ctx: BrowserContext, url: string, waitMs: number): Promise<Probe> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(waitMs);
    return await readProbe(page);
  } finally {
    await page.close();
  }
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.compile'];

/** The extension's main-thread time in one load, traced until the page is marked (and 300 ms on). */
async function costOf(ctx: BrowserContext, url: string, worldName: string): Promise<ExtensionCost> {
  const origin = `chrome-extension://${new URL(ctx.serviceWorkers()[0]!.url()).host}`;
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected' as never, (e: { value: TraceEvent[] }) => void events.push(...e.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete' as never, r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' } as never);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-clearfolio'), undefined, { timeout: 15_000 });
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await complete;
    // CF_TRACE_DUMP=/tmp/t keeps each trace (as /tmp/t-<time>.json) for a look at where the time goes.
    if (process.env.CF_TRACE_DUMP)
      writeFileSync(`${process.env.CF_TRACE_DUMP}-${Date.now()}.json`, JSON.stringify({ origin, url, events }));
    return extensionCost(events, { origin, worldName }, url);
  } finally {
    await page.close();
  }
}

/** A 10,000-row data table and a large web-app-like page (deep nesting, many controls, little prose). */
function generatedPages(dir: string): BenchPage[] {
  const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>${i}</td><td>Item ${i}</td><td>${(i * 7) % 1000}.00</td><td>ok</td></tr>`);
  writeFileSync(join(dir, 'table-10000.html'), `<!doctype html><title>Table</title><table><tbody>${rows.join('')}</tbody></table>`);
  const card = (i: number) =>
    `<div class="card"><div class="row"><div class="col"><button>Edit ${i}</button><button>Delete</button></div>` +
    `<div class="col"><span class="badge">#${i}</span><input type="text" value="v${i}"></div></div></div>`;
  const app = Array.from(
    { length: 40 },
    (_, p) => `<section class="panel"><h2>Panel ${p}</h2>${Array.from({ length: 50 }, (_, i) => card(p * 50 + i)).join('')}</section>`,
  );
  writeFileSync(
    join(dir, 'web-app.html'),
    `<!doctype html><title>App</title><div id="app"><nav><a href="#">Home</a></nav>${app.join('')}</div>`,
  );
  return ['table-10000.html', 'web-app.html'].map((f) => ({
    id: `generated/${f}`,
    set: 'fixtures',
    path: `/corpus/${f}`,
    url: null,
    bytes: 0,
  }));
}

export async function measurePaint(
  buildDir: string,
  pages: BenchPage[],
  roots: { corpus: string; fixtures: string },
  opts: { reps?: number; log?: (s: string) => void } = {},
): Promise<PaintFigures> {
  const log = opts.log ?? (() => undefined);
  const reps = opts.reps ?? 3;
  const bench = mkdtempSync(join(tmpdir(), 'clearfolio-paint-bench-'));
  const generated = mkdtempSync(join(tmpdir(), 'clearfolio-paint-gen-'));
  const server = await startBenchServer({ ...roots, bench });
  const genServer = await startBenchServer({ corpus: generated, fixtures: roots.fixtures, bench });
  try {
    const probe = probeScript(earlySelector().replace(/\s*\n\s*/g, ' '));
    const withRows = await withExtension(buildDir, async (ctx) => {
      await ctx.addInitScript(probe);
      const out: { page: BenchPage; probe: Probe | null }[] = [];
      for (const page of pages) {
        try {
          out.push({ page, probe: await loadWith(ctx, server.url + page.path) });
        } catch (e) {
          log(`  ${page.id}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
          out.push({ page, probe: null });
        }
      }
      return out;
    });
    const baseRows = await withoutExtension(async (ctx) => {
      await ctx.addInitScript(probe);
      const out = new Map<string, Probe>();
      for (const { page, probe: p } of withRows) {
        if (!p) continue;
        // As long after load as the loaded-with run read its shifts.
        const waitMs = Math.max(0, (p.marked ?? 0) - (p.load ?? 0)) + 1000;
        out.set(page.id, await loadWithout(ctx, server.url + page.path, waitMs));
      }
      return out;
    });
    const rows: PaintPage[] = [];
    for (const { page, probe: p } of withRows) {
      const base = baseRows.get(page.id);
      if (!p || !base) continue;
      const until = (p.marked ?? 0) + 1000;
      const cls = sumShifts(p.shifts, until);
      const pageCls = sumShifts(base.shifts, until);
      const from = Math.max(p.fcp ?? Infinity, 0);
      const visible = p.hides.filter((h) => h.shown && h.at > from).map((h) => h.at - from);
      rows.push({
        id: page.id,
        isArticle: p.state === 'article',
        fcpMs: p.fcp === null ? null : round(p.fcp),
        firstHiddenMs: p.hides.length ? round(Math.min(...p.hides.map((h) => h.at))) : null,
        visibleAfterPaintMs: round(visible.length ? Math.max(...visible) : 0),
        addedCls: round(Math.max(0, cls - pageCls), 4),
        pageCls: round(pageCls, 4),
        hidden: p.hides.length,
        early: p.early,
        released: p.released,
      });
    }
    // Non-articles: the fixtures' and two generated pages, without the probe (its own script time would count).
    const nonArticlePages = [
      ...rows.filter((r) => !r.isArticle).map((r) => ({ id: r.id, url: server.url + pages.find((p) => p.id === r.id)!.path })),
      ...generatedPages(generated).map((g) => ({ id: g.id, url: genServer.url + g.path })),
    ];
    log(`  extension main-thread time on ${nonArticlePages.length} non-article pages (${reps} traced loads each) ...`);
    // Chromium names the content scripts' isolated world after the extension.
    const locale = JSON.parse(readFileSync(join(buildDir, '_locales/en/messages.json'), 'utf8')) as { extName: { message: string } };
    const worldName = locale.extName.message;
    const costs = await withExtension(buildDir, async (ctx) => {
      const out = new Map<string, ExtensionCost[]>();
      for (let r = 0; r < reps; r++)
        for (const p of nonArticlePages) out.set(p.id, [...(out.get(p.id) ?? []), await costOf(ctx, p.url, worldName)]);
      return out;
    });
    const nonArticle: NonArticleCost[] = nonArticlePages.map(({ id }) => {
      const loads = costs.get(id) ?? [];
      const medians = (pick: (l: ExtensionCost) => Record<string, number>) =>
        Object.fromEntries(
          [...new Set(loads.flatMap((l) => Object.keys(pick(l))))].map((k) => [k, round(median(loads.map((l) => pick(l)[k] ?? 0)))]),
        );
      return {
        id,
        totalMs: round(median(loads.map((l) => l.totalMs))),
        byFile: medians((l) => l.byFile),
        byEvent: medians((l) => l.byEvent),
      };
    });
    const withHidden = rows.filter((r) => r.hidden > 0 || r.early > 0);
    const hiddenBlocks = rows.reduce((s, r) => s + r.hidden, 0);
    const released = rows.reduce((s, r) => s + r.released, 0);
    return {
      pages: rows,
      nonArticle,
      summary: {
        pagesWithHidden: withHidden.length,
        shareZeroVisibleAfterPaint: round(withHidden.filter((r) => r.visibleAfterPaintMs === 0).length / Math.max(1, withHidden.length), 3),
        visibleAfterPaintP95: round(
          percentile(
            withHidden.map((r) => r.visibleAfterPaintMs),
            95,
          ),
        ),
        shareZeroAddedCls: round(rows.filter((r) => r.addedCls < 0.005).length / Math.max(1, rows.length), 3),
        maxAddedCls: round(Math.max(0, ...rows.map((r) => r.addedCls)), 4),
        earlyHidden: rows.reduce((s, r) => s + r.early, 0),
        earlyReleased: released,
        earlyReleaseRate: round(released / Math.max(1, hiddenBlocks + released), 4),
        nonArticleP95: round(
          percentile(
            nonArticle.map((n) => n.totalMs),
            95,
          ),
        ),
        nonArticleEarlyP95: round(
          percentile(
            nonArticle.map((n) => n.byFile['early.js'] ?? 0),
            95,
          ),
        ),
      },
    };
  } finally {
    await server.close();
    await genServer.close();
    rmSync(bench, { recursive: true, force: true });
    rmSync(generated, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const { values: args } = parseArgs({
    options: {
      limit: { type: 'string', default: '20' },
      reps: { type: 'string', default: '3' },
      corpus: { type: 'string' },
      json: { type: 'string' },
      // Another build to measure (e.g. a copy of dist/chrome with another early.js, for an A/B).
      build: { type: 'string' },
    },
  });
  const corpus = resolve(REPO, args.corpus ?? '../shared/corpora/readability-test-pages');
  const pages = [...fixturePages(REPO), ...corpusPages(corpus).slice(0, Number(args.limit))];
  const figures = await measurePaint(
    resolve(args.build ?? join(REPO, 'dist/chrome')),
    pages,
    { corpus, fixtures: join(REPO, 'tests/fixtures/pages') },
    { reps: Number(args.reps), log: (s) => console.log(s) },
  );
  for (const p of figures.pages) console.log(JSON.stringify(p));
  for (const n of figures.nonArticle) console.log(JSON.stringify(n));
  console.log(JSON.stringify(figures.summary, null, 2));
  if (args.json) writeFileSync(args.json, JSON.stringify(figures, null, 2));
}
