// `npm run bench [-- CORPUS_DIR] [--reps N] [--limit N] [--no-dynamic] [--no-paint] [--paint-limit N] [--dist CHROME_BUILD] [--stub-missing]`
// `npm run bench -- --only extension [--footprint-runs N]`: only the built extension's footprint (install size,
// background heap, cold start), written into the existing results.json with its goals; the other figures stay.
// `npm run bench -- --only paint [--paint-limit N]`: only the paint section (#16), merged the same way.
//
// Clearfolio's speed and size against its goals, measured side by side in one run of headless Chromium:
// the content script's whole pipeline on each page vs Readability's parse of the same page vs one bare
// TreeWalker pass (the floor), over the 130 Readability test pages and the project's 10 fixtures. Also the
// longest main-thread task, the content script's gzip size, the background's cold start and batch lookup,
// and the incremental cost on a growing live blog with the built extension. Writes bench/results.json and
// bench/chart.svg. Speed goals live here only, never in unit tests (timings on shared machines are noisy).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Company, LookupQuery } from '../src/core/types.ts';
import { buildBenchBundle } from './bench-bundle.ts';
import { launchBenchBrowser, measurePages, probeLongTasks, type PageRow } from './bench-browser.ts';
import { corpusPages, fixturePages } from './bench-pages.ts';
import { startBenchServer } from './bench-serve.ts';
import { median, round, summarize } from './bench-stats.ts';
import { measureContentScript, type ContentScriptSize } from './bench-size.ts';
import { measureDynamic, type DynamicFigures } from './bench-dynamic.ts';
import { measurePaint, type PaintFigures } from './bench-paint.ts';
import { measureExtension, type ExtensionFootprint } from './bench-extension.ts';
import type { BackgroundFigures } from './bench-background.ts';
import { chartSvg, goals, goalTable, paintGoals, summaryTable, LIMITS, type Goal } from './bench-report.ts';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const log = (s: string) => process.stderr.write(`${s}\n`);

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    reps: { type: 'string', default: '3' },
    limit: { type: 'string' },
    'no-dynamic': { type: 'boolean', default: false },
    'no-paint': { type: 'boolean', default: false },
    /** Readability pages in the paint section (besides the fixtures); it loads each with and without the extension. */
    'paint-limit': { type: 'string', default: '20' },
    'stub-missing': { type: 'boolean', default: false },
    'dynamic-runs': { type: 'string', default: '3' },
    /** Fresh browser launches for the background's cold start and heap. */
    'footprint-runs': { type: 'string', default: '5' },
    /** Another Chrome build to measure (size, dynamic page) instead of dist/chrome. */
    dist: { type: 'string' },
    /** `extension`: measure only the extension footprint and update results.json in place. */
    only: { type: 'string' },
  },
});

const corpusDir = resolve(REPO, args.corpus ?? positionals[0] ?? '../shared/corpora/readability-test-pages');
const reps = Math.max(1, Number(args.reps) || 3);
const limit = args.limit ? Number(args.limit) : Infinity;

async function nodeDataset(): Promise<{ lookup: (q: LookupQuery[]) => (Company | null)[]; nodeLookupMs: number[] }> {
  const { createDataset } = await import('../src/core/resolve/dataset.ts');
  const read = (f: string) => JSON.parse(readFileSync(join(REPO, 'src/data', f), 'utf8'));
  const dataset = createDataset({ listings: read('listings.json'), history: read('history.json') });
  const nodeLookupMs: number[] = [];
  return {
    nodeLookupMs,
    lookup: (queries) => {
      const t = performance.now();
      const answers = dataset.lookupMany(queries);
      nodeLookupMs.push(performance.now() - t);
      return answers;
    },
  };
}

function measureBackgroundColdStarts(runs = 3): BackgroundFigures {
  const results: BackgroundFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'bench/bench-background.ts'), '--json'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`background bench failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop() as string) as BackgroundFigures);
  }
  const mid = (pick: (b: BackgroundFigures) => number) => round(median(results.map(pick)), 3);
  const first = results[0] as BackgroundFigures;
  return {
    coldStartMs: mid((b) => b.coldStartMs),
    coldStart: {
      readMs: mid((b) => b.coldStart.readMs),
      parseMs: mid((b) => b.coldStart.parseMs),
      buildMs: mid((b) => b.coldStart.buildMs),
      firstLookupMs: mid((b) => b.coldStart.firstLookupMs),
    },
    listings: first.listings,
    batch50: { p50: mid((b) => b.batch50.p50), p95: mid((b) => b.batch50.p95), runs: first.batch50.runs, resolved: first.batch50.resolved },
  };
}

const distDir = args.dist ? resolve(args.dist) : join(REPO, 'dist/chrome');

function ensureBuild(): string | null {
  const dir = distDir;
  if (existsSync(join(dir, 'manifest.json'))) return null;
  if (args.dist) return `no manifest.json in ${dir}`;
  log('dist/chrome is missing: running `npm run build` ...');
  const child = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
  if (child.status !== 0) {
    // eslint-disable-next-line no-control-regex -- strips the terminal's colour codes, which start with ESC
    const lines = `${child.stderr}\n${child.stdout}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    const at = Math.max(
      0,
      lines.findIndex((l) => /error/i.test(l)),
    );
    const why = lines
      .slice(at, at + 6)
      .filter((l) => l.trim() && !/^\s*at /.test(l))
      .join(' ')
      .replace(/\s+/g, ' ');
    return `npm run build failed: ${why.slice(0, 300)}`;
  }
  return existsSync(join(dir, 'manifest.json')) ? null : 'npm run build produced no dist/chrome/manifest.json';
}

function pageRowOut(r: PageRow) {
  return {
    id: r.id,
    set: r.set,
    bytes: r.bytes,
    pipelineMs: round(r.pipelineMs),
    readabilityMs: round(r.readabilityMs),
    floorMs: round(r.floorMs, 3),
    ratio: round(r.pipelineMs / r.readabilityMs, 3),
    lookupMs: round(r.lookupMs),
    yieldMs: round(r.yieldMs),
    maxChunkMs: round(r.maxChunkMs),
    longTaskMs: round(r.longTaskMs),
    worstChunkMs: round(r.worstChunkMs),
    worstLongTaskMs: round(r.worstLongTaskMs),
    isArticle: r.isArticle,
    blocks: r.blocks,
    mentions: r.mentions,
    queries: r.queries,
    textNodes: r.textNodes,
    readabilityFound: r.readabilityFound,
    timings: r.timings,
    ...(r.errors.length ? { errors: r.errors } : {}),
  };
}

function footprintLine(footprint: ExtensionFootprint): string {
  return `extension: install ${footprint.installBytes} B unpacked; background heap ${footprint.backgroundHeap.idleBytes} B idle, ${footprint.backgroundHeap.afterLookupBytes} B after the first lookup; cold start (first lookup, fresh browser) p50 ${footprint.coldStartMs.p50} ms, p95 ${footprint.coldStartMs.p95} ms over ${footprint.runs} launches (a first batch of 50: p50 ${footprint.coldBatch50Ms.p50} ms, p95 ${footprint.coldBatch50Ms.p95} ms)`;
}

/** Merges one section measured alone into the last full run's results.json: its figures, and its goals' verdicts. */
function mergeIntoResults(section: string, figures: unknown, verdicts: Goal[], extra: Record<string, unknown> = {}): void {
  const file = join(REPO, 'bench/results.json');
  const results = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, unknown> & { goals?: Goal[] };
  const names = new Set(verdicts.map((g) => g.name));
  results.goals = [...(results.goals ?? []).filter((g) => !names.has(g.name)), ...verdicts];
  results[section] = figures;
  results[`${section}MeasuredAt`] = new Date().toISOString();
  results[`${section}LoadAverage`] = loadavg().map((l) => round(l, 2));
  Object.assign(results, extra);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** `--only extension`: the footprint alone, merged into the last full run's results.json. */
async function extensionOnly(): Promise<void> {
  const buildError = ensureBuild();
  if (buildError) throw new Error(buildError);
  log('extension footprint: install size, background heap and cold start (fresh browsers) ...');
  const footprint = await measureExtension(distDir, Math.max(1, Number(args['footprint-runs']) || 5));
  const verdicts = goals({
    ratioP95: NaN,
    ratioSum: NaN,
    maxTaskMs: NaN,
    contentScriptGzipBytes: null,
    installBytes: footprint.installBytes,
    backgroundHeapBytes: footprint.backgroundHeap.afterLookupBytes,
    coldStartP95Ms: footprint.coldStartMs.p95,
  }).filter((g) => g.value !== null && !Number.isNaN(g.value));
  mergeIntoResults('extension', footprint, verdicts, {
    extensionBuild: distDir.startsWith(REPO) ? relative(REPO, distDir) : 'a build outside the repo (--dist)',
  });
  process.stdout.write(`${footprintLine(footprint)}\n\n${goalTable(verdicts)}\n\nupdated the extension figures in bench/results.json\n`);
}

function paintLine(paint: PaintFigures): string {
  return `paint: ${Math.round(paint.summary.shareZeroVisibleAfterPaint * paint.summary.pagesWithHidden)} of ${paint.summary.pagesWithHidden} pages with hidden blocks show none after the first paint (p95 ${paint.summary.visibleAfterPaintP95} ms); added CLS 0 on ${paint.summary.shareZeroAddedCls} of pages, max ${paint.summary.maxAddedCls}; early hides ${paint.summary.earlyHidden}, released ${paint.summary.earlyReleased} (rate ${paint.summary.earlyReleaseRate}); non-article extension main-thread p95 ${paint.summary.nonArticleP95} ms (early.js ${paint.summary.nonArticleEarlyP95} ms)`;
}

function measurePaintPages(): Promise<PaintFigures> {
  const paintPages = [...fixturePages(REPO), ...corpusPages(corpusDir).slice(0, Number(args['paint-limit']) || 20)];
  return measurePaint(distDir, paintPages, { corpus: corpusDir, fixtures: join(REPO, 'tests/fixtures/pages') }, { log });
}

/** `--only paint`: the paint section alone, merged into the last full run's results.json. */
async function paintOnly(): Promise<void> {
  const buildError = ensureBuild();
  if (buildError) throw new Error(buildError);
  log('paint: clutter on view after the first paint, added layout shift, non-article cost (built extension) ...');
  const paint = await measurePaintPages();
  const verdicts = paintGoals(paint.summary);
  mergeIntoResults('paint', paint, verdicts);
  process.stdout.write(`${paintLine(paint)}\n\n${goalTable(verdicts)}\n\nupdated the paint figures in bench/results.json\n`);
}

async function main(): Promise<void> {
  if (args.only === 'extension') return extensionOnly();
  if (args.only === 'paint') return paintOnly();
  if (args.only) throw new Error(`--only ${args.only}: only "extension" or "paint" can run alone`);
  const started = performance.now();
  const pages = [...corpusPages(corpusDir).slice(0, limit), ...fixturePages(REPO).slice(0, limit)];
  const tmp = mkdtempSync(join(tmpdir(), 'clearfolio-bench-'));
  const notes: string[] = [];
  try {
    log(`bundling pipeline + Readability + floor (vite, iife) ...`);
    const bundle = await buildBenchBundle({ repo: REPO, outDir: tmp, stubMissing: args['stub-missing'] });
    if (bundle.stubbed.length) notes.push(`PARTIAL: stubbed missing core modules ${bundle.stubbed.join(', ')}`);
    const { lookup, nodeLookupMs } = await nodeDataset();

    const server = await startBenchServer({ corpus: corpusDir, fixtures: join(REPO, 'tests/fixtures/pages'), bench: tmp });
    const browser = await launchBenchBrowser();
    let rows: PageRow[];
    let probe: number[];
    const version = browser.version();
    try {
      probe = await probeLongTasks(browser, server.url, pages[pages.length - 1]!, '/__bench/bench.js');
      log(`long-task probe: an 80 ms busy loop was reported as [${probe.map((d) => round(d)).join(', ')}] ms`);
      log(`measuring ${pages.length} pages x ${reps} reps (pipeline on one fresh load, floor + Readability on another) ...`);
      rows = await measurePages(browser, pages, {
        baseUrl: server.url,
        bundlePath: '/__bench/bench.js',
        reps,
        lookup,
        onPage: (r, i) => {
          if ((i + 1) % 20 === 0 || i === pages.length - 1)
            log(`  ${i + 1}/${pages.length} pages (${Math.round((performance.now() - started) / 1000)} s)`);
          if (r.errors.length) log(`  ${r.id}: ${r.errors.join('; ')}`);
        },
      });
    } finally {
      await browser.close();
      await server.close();
    }

    const ok = rows.filter((r) => [r.pipelineMs, r.readabilityMs, r.floorMs].every(Number.isFinite));
    const failed = rows.filter((r) => !ok.includes(r));
    if (failed.length)
      notes.push(`${failed.length} page(s) left out of the statistics after errors: ${failed.map((r) => r.id).join(', ')}`);
    const pipeline = summarize(ok.map((r) => r.pipelineMs));
    const readabilityParse = summarize(ok.map((r) => r.readabilityMs));
    const floor = summarize(ok.map((r) => r.floorMs));
    const withLookups = ok.filter((r) => r.queries > 0);
    const lookupRoundTrip = summarize(withLookups.map((r) => r.lookupMs));
    const probeWorks = probe.some((d) => d >= 70);
    // With a working Long Tasks API, a pipeline stretch under 50 ms that produced no entry is under 50 ms
    // as one task; the stretch between lookups is only an upper bound when the core yields inside it.
    const task = (longTask: number, chunk: number) => (longTask > 0 ? longTask : probeWorks ? Math.min(chunk, LIMITS.maxTaskMs) : chunk);
    const taskOf = (r: PageRow) => task(r.longTaskMs, r.maxChunkMs);
    const maxTaskMs = round(Math.max(0, ...ok.map(taskOf)));
    const pagesOverBudget = ok.filter((r) => taskOf(r) > LIMITS.maxTaskMs).length;
    const worst = ok
      .map((r) => ({ ms: round(task(r.worstLongTaskMs, r.worstChunkMs)), page: r.id }))
      .reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, page: '' });
    if (!probeWorks)
      notes.push('The Long Tasks API did not report the probe task: maxTaskMs is the longest pipeline stretch between lookups');

    log('background: dataset cold start and 50-query batches (fresh Node processes) ...');
    let background: BackgroundFigures | null = null;
    try {
      background = measureBackgroundColdStarts();
    } catch (e) {
      notes.push(`background not measured: ${e instanceof Error ? e.message : e}`);
    }

    let size: ContentScriptSize | null = null;
    let dynamic: DynamicFigures | null = null;
    const buildError = ensureBuild();
    if (buildError) notes.push(`content-script size and dynamic pages not measured: ${buildError}`);
    else {
      try {
        size = measureContentScript(REPO, distDir);
      } catch (e) {
        notes.push(`content-script size not measured: ${e instanceof Error ? e.message : e}`);
      }
      if (!args['no-dynamic']) {
        log('dynamic live blog with the built extension (with and without, alternating) ...');
        try {
          dynamic = await measureDynamic(distDir, Math.max(1, Number(args['dynamic-runs']) || 3));
        } catch (e) {
          notes.push(`dynamic pages not measured: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
        }
      }
    }
    let paint: PaintFigures | null = null;
    if (!buildError && !args['no-paint']) {
      log('paint: clutter on view after the first paint, added layout shift, non-article cost (built extension) ...');
      try {
        paint = await measurePaintPages();
      } catch (e) {
        notes.push(`paint not measured: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
      }
    }
    let footprint: ExtensionFootprint | null = null;
    if (!buildError) {
      log('extension footprint: install size, background heap and cold start (fresh browsers) ...');
      try {
        footprint = await measureExtension(distDir, Math.max(1, Number(args['footprint-runs']) || 5));
      } catch (e) {
        notes.push(`extension footprint not measured: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
      }
    }
    if (size?.datasetLeaks.length) notes.push(`DATASET IN CONTENT SCRIPT: found ${size.datasetLeaks.join(', ')}`);
    if (dynamic && !dynamic.wrappedExactlyOnce)
      notes.push(`dynamic page: not every ticker wrapped exactly once (${JSON.stringify(dynamic.verify)})`);

    const ratioP95 = round(pipeline.p95 / readabilityParse.p95, 3);
    const ratioSum = round(pipeline.sum / readabilityParse.sum, 3);
    const verdicts = goals({
      ratioP95,
      ratioSum,
      maxTaskMs,
      contentScriptGzipBytes: size?.gzipBytes ?? null,
      installBytes: footprint?.installBytes ?? null,
      backgroundHeapBytes: footprint?.backgroundHeap.afterLookupBytes ?? null,
      coldStartP95Ms: footprint?.coldStartMs.p95 ?? null,
    }).concat(paint ? paintGoals(paint.summary) : []);
    const cpu = cpus();
    const results = {
      generatedAt: new Date().toISOString(),
      durationS: round((performance.now() - started) / 1000, 1),
      partial: bundle.stubbed.length > 0,
      notes,
      pages: ok.length,
      pageSets: { corpus: ok.filter((r) => r.set === 'corpus').length, fixtures: ok.filter((r) => r.set === 'fixtures').length },
      repetitions: reps,
      pipeline,
      readabilityParse,
      floor,
      ratioP95,
      ratioSum,
      maxTaskMs,
      pagesWithTaskOver50ms: pagesOverBudget,
      maxTaskWorstLoad: worst,
      longTaskProbeMs: probe.map((d) => round(d)),
      lookupRoundTrip: { pagesWithLookups: withLookups.length, ...lookupRoundTrip, nodeLookupP50: round(median(nodeLookupMs), 3) },
      contentScriptGzipBytes: size?.gzipBytes ?? null,
      contentScript: size,
      background,
      extension: footprint,
      dynamic,
      paint,
      goals: verdicts,
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        browser: `Chromium ${version} (headless, playwright-core)`,
        node: process.version,
        os: `${process.platform} ${release()}`,
      },
      // Relative, so results.json never records this machine's paths.
      extensionBuild: distDir.startsWith(REPO) ? relative(REPO, distDir) : 'a build outside the repo (--dist)',
      bundleBytes: bundle.bytes,
      perPage: rows.map(pageRowOut),
    };
    writeFileSync(join(REPO, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(
      join(REPO, 'bench/chart.svg'),
      chartSvg(ok, `Clearfolio pipeline vs Readability parse, ${results.machine.browser.split(' (')[0]}`),
    );

    const out = [
      '',
      `Clearfolio bench: ${ok.length} pages (${results.pageSets.corpus} corpus + ${results.pageSets.fixtures} fixtures), median of ${reps} fresh loads each`,
      `${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.browser}`,
      '',
      summaryTable([
        { name: 'pipeline (no lookups)', s: pipeline },
        { name: 'Readability parse', s: readabilityParse },
        { name: 'floor (TreeWalker)', s: floor },
        { name: `lookup round trip`, s: lookupRoundTrip },
      ]),
      '',
      `ratio p95 ${ratioP95}   ratio sum ${ratioSum}   max task ${maxTaskMs} ms (${pagesOverBudget} page(s) over 50 ms; worst single load ${worst.ms} ms, ${worst.page})`,
      size
        ? `content script ${size.gzipBytes} B gzip (${size.rawBytes} B raw, ${size.files.length} file(s)); dataset strings in it: ${size.datasetLeaks.length ? size.datasetLeaks.join(', ') : 'none'}`
        : 'content script: not measured',
      ...(size?.framePages.length
        ? [
            `frame pages (extension pages, loaded on first use, not in the content script): ${size.framePages.map((f) => `${f.page} ${f.gzipBytes} B gzip`).join(', ')}`,
          ]
        : []),
      background
        ? `background cold start ${background.coldStartMs} ms (read ${background.coldStart.readMs}, parse ${background.coldStart.parseMs}, build ${background.coldStart.buildMs}, first lookup ${background.coldStart.firstLookupMs}); batch of 50: p50 ${background.batch50.p50} ms, p95 ${background.batch50.p95} ms`
        : 'background: not measured',
      footprint ? footprintLine(footprint) : 'extension footprint: not measured',
      dynamic
        ? `dynamic live blog: ${dynamic.slopeMsPer100Paragraphs} ms per 100 paragraphs (r2 ${dynamic.r2}), per-batch growth ${dynamic.perBatchGrowthMsPer1000} ms per 1,000 paragraphs, wrapped exactly once: ${dynamic.wrappedExactlyOnce ? 'yes' : 'NO'} (${dynamic.verify.wrappers}/${dynamic.verify.expected} wrappers, ${dynamic.verify.nested} nested)`
        : 'dynamic live blog: not measured',
      paint ? paintLine(paint) : 'paint: not measured',
      '',
      goalTable(verdicts),
      ...(notes.length ? ['', ...notes.map((n) => `note: ${n}`)] : []),
      '',
      `wrote bench/results.json and bench/chart.svg in ${results.durationS} s`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : e}\n`);
  process.exitCode = 1;
});
