// Hostile pages against the ticker pass (issue #20 item 2): one text node of thousands of ticker-like
// mentions, and tens of thousands of ticker elements, at growing sizes. Runs the bench bundle's pipeline
// (detect, hide, find tickers, wrap, yielding to the browser as the content script does) on a fresh load of
// each, in headless Chromium, and prints time per size, the slope (ms per 1,000 mentions between sizes: flat
// when the work is linear) and the longest task (must stay under 50 ms). A development aid like bench-probe:
// speed goals live in benchmarks, never in unit tests (tests/.../highlight-linear.test.ts counts operations).
//
//   npx tsx bench/bench-attack.ts [--reps N] [--filter S] [--profile]
//
// --profile samples a CPU profile of each page's last run (unminified build) and lists its longest single
// calls: a function (or native call, named with its script caller) that stayed on the stack for a stretch
// of consecutive samples, innermost first. A task over 50 ms shows there as the call that made it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Company, LookupQuery } from '../src/core/types.ts';
import { REPO } from './bench-background.ts';
import { benchContext, launchBenchBrowser } from './bench-browser.ts';
import { buildBenchBundle } from './bench-bundle.ts';
import { startBenchServer } from './bench-serve.ts';
import type { PipelineSample } from './entry.ts';

const { values: args } = parseArgs({ options: { reps: { type: 'string' }, filter: { type: 'string' }, profile: { type: 'boolean' } } });
const reps = Number(args.reps ?? 2);

const PROSE = '<p>The company said on Tuesday that quarterly revenue rose by a tenth, helped by demand for its services abroad.</p>'.repeat(
  8,
);
const article = (body: string) =>
  `<!doctype html><html><head><title>Markets</title><meta property="og:type" content="article"></head><body><article><h1>Markets today</h1>${PROSE}${body}</article></body></html>`;

/** Each page family at growing sizes: [name, mentions-like units, html]. */
const PAGES: [string, number, string][] = [];
for (const kb of [32, 64, 131, 262]) {
  const unit = 'Shares (NYSE:IBM) and $AAPL rose. ';
  const n = Math.round((kb * 1024) / unit.length);
  PAGES.push([`text-node-${kb}KB`, 2 * n, article(`<p>${unit.repeat(n)}</p>`)]);
}
for (const n of [12_500, 25_000, 50_000, 100_000]) {
  PAGES.push([`elements-${n}`, n, article(`<div>${'<a href="/quote/AAPL">AAPL</a> '.repeat(n)}</div>`)]);
}

const lookup = (queries: LookupQuery[]): (Company | null)[] =>
  queries.map((q) => ({ symbol: q.symbol, name: `${q.symbol} Corp`, exchange: q.exchange ?? 'NYSE', mic: 'XNYS' }));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Prints the profile's longest unbroken calls over 10 ms, skipping a call when one of its callees accounts for most of it. */
function longestCalls(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const name = (n: ProfileNode): string => {
    const f = n.callFrame;
    const up = parent.get(n.id);
    if (!f.url && up?.callFrame.url)
      return `${f.functionName || '(anon)'} < ${up.callFrame.functionName || '(anon)'}:${up.callFrame.lineNumber + 1}`;
    return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  // A call = a node on the stack for consecutive samples; its duration is the time those samples cover.
  const open = new Map<number, number>();
  const calls: { node: ProfileNode; ms: number }[] = [];
  let t = 0;
  const close = (id: number, at: number) => {
    const ms = (at - open.get(id)!) / 1000;
    open.delete(id);
    const node = byId.get(id)!;
    if (ms >= 10 && !['(root)', '(program)', '(idle)'].includes(node.callFrame.functionName)) calls.push({ node, ms });
  };
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const stack = new Set<number>();
    for (let n: ProfileNode | undefined = byId.get(id); n; n = parent.get(n.id)) stack.add(n.id);
    for (const o of [...open.keys()]) if (!stack.has(o)) close(o, t);
    for (const s of stack) if (!open.has(s)) open.set(s, t);
  });
  for (const o of [...open.keys()]) close(o, t);
  const inner = calls.filter((c) => !calls.some((d) => d !== c && d.ms >= 0.8 * c.ms && isBelow(d.node, c.node)));
  function isBelow(d: ProfileNode, c: ProfileNode): boolean {
    for (let n = parent.get(d.id); n; n = parent.get(n.id)) if (n === c) return true;
    return false;
  }
  for (const c of inner.sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`    ${c.ms.toFixed(1).padStart(7)} ms  ${name(c.node)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'clearfolio-attack-'));
try {
  const bundleDir = join(dir, 'bundle');
  const pagesDir = join(dir, 'pages');
  mkdirSync(pagesDir);
  await buildBenchBundle({ repo: REPO, outDir: bundleDir, minify: !args.profile });
  for (const [name, , html] of PAGES) writeFileSync(join(pagesDir, `${name}.html`), html);
  const server = await startBenchServer({ corpus: pagesDir, fixtures: pagesDir, bench: bundleDir });
  const browser = await launchBenchBrowser();
  const ctx = await benchContext(browser, lookup);
  const tab = await ctx.newPage();
  const cdp = args.profile ? await ctx.newCDPSession(tab) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  const rows: { name: string; units: number; ms: number; maxTask: number; mentions: number; wrappers: number }[] = [];
  for (const [name, units] of PAGES.filter(([n]) => !args.filter || n.includes(args.filter))) {
    const samples: PipelineSample[] = [];
    for (let r = 0; r < reps; r++) {
      await tab.goto(`${server.url}/corpus/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
      await tab.addScriptTag({ url: `${server.url}/__bench/bench.js` });
      const profiling = cdp && r === reps - 1;
      if (profiling) await cdp.send('Profiler.start');
      samples.push(
        await tab.evaluate(() =>
          (window as never as { __clearfolioBench: { pipeline(u: string | null): Promise<PipelineSample> } }).__clearfolioBench.pipeline(
            null,
          ),
        ),
      );
      if (profiling) longestCalls(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const s = samples[0]!;
    rows.push({
      name,
      units,
      ms: median(samples.map((x) => x.pipelineMs)),
      maxTask: median(samples.map((x) => Math.max(x.maxChunkMs, ...x.longTasks))),
      mentions: s.mentions,
      wrappers: s.wrappers,
    });
    const row = rows.at(-1)!;
    const prev = rows.length > 1 && rows.at(-2)!.name.split('-')[0] === name.split('-')[0] ? rows.at(-2)! : null;
    const slope = prev ? ((row.ms - prev.ms) / (row.units - prev.units)) * 1000 : NaN;
    console.log(
      `${name.padEnd(20)} units=${String(units).padStart(6)} mentions=${String(row.mentions).padStart(6)} wrappers=${String(row.wrappers).padStart(5)} ` +
        `pipeline=${row.ms.toFixed(0).padStart(6)} ms  slope=${Number.isNaN(slope) ? '   -' : slope.toFixed(2)} ms/1k  maxTask=${row.maxTask.toFixed(1)} ms ${JSON.stringify(s.timings)}`,
    );
  }
  const worst = Math.max(...rows.map((r) => r.maxTask));
  console.log(`longest task ${worst.toFixed(1)} ms (goal < 50)`);
  await browser.close();
  await server.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
