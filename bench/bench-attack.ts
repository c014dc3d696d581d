// Hostile pages against the ticker pass (issue #20 item 2): one text node of thousands of ticker-like
// mentions, and tens of thousands of ticker elements, at growing sizes. Runs the bench bundle's pipeline
// (detect, hide, find tickers, wrap, yielding to the browser as the content script does) on a fresh load of
// each, in headless Chromium, and prints time per size, the slope (ms per 1,000 mentions between sizes: flat
// when the work is linear) and the longest task (must stay under 50 ms). A development aid like bench-probe:
// speed goals live in benchmarks, never in unit tests (tests/.../highlight-linear.test.ts counts operations).
//
//   npx tsx bench/bench-attack.ts [--reps N] [--filter S] [--profile [--top N]] [--other CHECKOUT] [--tasks [--over MS]]
//
// Each load is traced (Chrome trace, category toplevel): `maxTaskCpu` is the longest main-thread task's thread
// time, which a loaded machine inflates far less than wall time (`maxTask`). --other runs another checkout's
// pipeline (A) beside this one (B), alternating per load in one browser, and says whether the outcome
// (mentions, wrappers, blocks, article) differs: compare A and B of one run, not figures across runs.
// --tasks lists each task over 50 ms (--over) of thread time with the longest events inside it (script
// calls, garbage collection, layout); with --profile also the functions that ran longest in it.
//
// --profile samples a CPU profile of each page's last run (unminified build) and lists its longest single
// calls: a function (or native call, named with its script caller) that stayed on the stack for a stretch
// of consecutive samples, innermost first. A task over 50 ms shows there as the call that made it.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Company, LookupQuery } from '../src/core/types.ts';
import { REPO } from './bench-background.ts';
import { benchContext, launchBenchBrowser } from './bench-browser.ts';
import { buildBenchBundle } from './bench-bundle.ts';
import { startBenchServer } from './bench-serve.ts';
import type { PipelineSample } from './entry.ts';

const { values: args } = parseArgs({
  options: {
    reps: { type: 'string' },
    filter: { type: 'string' },
    profile: { type: 'boolean' },
    top: { type: 'string' },
    other: { type: 'string' },
    tasks: { type: 'boolean' },
    over: { type: 'string' },
  },
});
const reps = Number(args.reps ?? 2);
// --tasks lists tasks over this much thread time.
const over = Number(args.over ?? 50);

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
  startTime: number;
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
  for (const c of inner.sort((a, b) => b.ms - a.ms).slice(0, Number(args.top ?? 8)))
    console.log(`    ${c.ms.toFixed(1).padStart(7)} ms  ${name(c.node)}`);
}

/** The functions that ran longest (self time, from the profile's samples) within one traced task. */
function hottestIn(profile: Profile, task: TraceTask, top = 6): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const self = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < task.ts || t > task.end) return;
    const n = byId.get(id)!;
    const f = n.callFrame;
    const up = parent.get(n.id);
    const key =
      f.url || !up ? `${f.functionName || '(anon)'}:${f.lineNumber + 1}` : `${f.functionName} < ${up.callFrame.functionName || '(anon)'}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? delta) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
    .join(', ');
}

/** A main-thread task of the page's renderer from a Chrome trace: wall time, the time the thread ran, what ran in it. */
interface TraceTask {
  /** Start and end in the trace's clock (µs), which CPU profiles share. */
  ts: number;
  end: number;
  ms: number;
  cpuMs: number;
  /** The longest events inside it (script calls, garbage collection, style), with their thread times. */
  inside: string;
}

/**
 * The renderer main thread's tasks in a trace (category `toplevel`). Thread time (`tdur`) leaves out the time
 * the thread waited for a core: on a loaded machine the wall time of a 25 ms slice can be 80 ms, its thread
 * time stays near 25 ms.
 */
function traceTasks(trace: Buffer): TraceTask[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  return onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = onMain
        .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.tdur ?? 0) >= 5000)
        .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
        .slice(0, 4)
        .map((e) => `${e.name} ${((e.tdur ?? 0) / 1000).toFixed(0)}`)
        .join(', ');
      return { ts: task.ts, end, ms: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? 0) / 1000, inside };
    });
}
interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const dir = mkdtempSync(join(tmpdir(), 'clearfolio-attack-'));
try {
  const pagesDir = join(dir, 'pages');
  mkdirSync(pagesDir);
  // Side A: --other (a checkout to compare with), B: this one; both in one browser, alternating per load.
  const sides = args.other ? (['A', 'B'] as const) : (['B'] as const);
  for (const side of sides) {
    await buildBenchBundle({ repo: side === 'A' ? resolve(args.other!) : REPO, outDir: join(dir, side), minify: !args.profile });
    copyFileSync(join(dir, side, 'bench.js'), join(dir, `${side}.js`));
  }
  for (const [name, , html] of PAGES) writeFileSync(join(pagesDir, `${name}.html`), html);
  const server = await startBenchServer({ corpus: pagesDir, fixtures: pagesDir, bench: dir });
  const browser = await launchBenchBrowser();
  const ctx = await benchContext(browser, lookup);
  const tab = await ctx.newPage();
  const cdp = args.profile ? await ctx.newCDPSession(tab) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  type Row = { name: string; units: number; ms: number; maxTask: number; maxCpu: number; over50: number; outcome: string };
  const rows: Record<'A' | 'B', Row[]> = { A: [], B: [] };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  for (const [name, units] of PAGES.filter(([n]) => !args.filter || n.includes(args.filter))) {
    const samples: Record<'A' | 'B', { s: PipelineSample; tasks: TraceTask[] }[]> = { A: [], B: [] };
    for (let r = 0; r < reps; r++) {
      for (const side of r % 2 ? [...sides].reverse() : sides) {
        await tab.goto(`${server.url}/corpus/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
        await tab.addScriptTag({ url: `${server.url}/__bench/${side}.js` });
        const profiling = cdp && r === reps - 1;
        if (profiling) await cdp.send('Profiler.start');
        await browser.startTracing(tab, { categories: ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-v8.gc'] });
        const s = await tab.evaluate(() =>
          (window as never as { __clearfolioBench: { pipeline(u: string | null): Promise<PipelineSample> } }).__clearfolioBench.pipeline(
            null,
          ),
        );
        const tasks = traceTasks(await browser.stopTracing());
        samples[side].push({ s, tasks });
        if (profiling) {
          const profile = ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
          console.log(`  ${side} ${name}: longest calls`);
          longestCalls(profile);
          if (args.tasks)
            for (const t of tasks.filter((t) => t.cpuMs > over))
              console.log(`    task ${t.ms.toFixed(0)} ms, thread ${t.cpuMs.toFixed(0)} ms, self time: ${hottestIn(profile, t)}`);
        }
      }
    }
    for (const side of sides) {
      const got = samples[side];
      const s = got[0]!.s;
      rows[side].push({
        name,
        units,
        ms: median(got.map((x) => x.s.pipelineMs)),
        maxTask: median(got.map((x) => Math.max(x.s.maxChunkMs, ...x.s.longTasks))),
        maxCpu: median(got.map((x) => Math.max(0, ...x.tasks.map((t) => t.cpuMs)))),
        over50: median(got.map((x) => x.tasks.filter((t) => t.cpuMs > 50).length)),
        outcome: `mentions=${String(s.mentions).padStart(5)} wrappers=${String(s.wrappers).padStart(5)} blocks=${s.blocks} article=${s.isArticle}`,
      });
      const row = rows[side].at(-1)!;
      if (args.tasks)
        for (const t of got.flatMap((x) => x.tasks).filter((t) => t.cpuMs > over))
          console.log(`    task ${t.ms.toFixed(0)} ms, thread ${t.cpuMs.toFixed(0)} ms: ${t.inside}`);
      const prev = rows[side].length > 1 && rows[side].at(-2)!.name.split('-')[0] === name.split('-')[0] ? rows[side].at(-2)! : null;
      const slope = prev ? ((row.ms - prev.ms) / (row.units - prev.units)) * 1000 : NaN;
      console.log(
        `${sides.length > 1 ? `${side} ` : ''}${name.padEnd(20)} units=${String(units).padStart(6)} ${row.outcome} ` +
          `pipeline=${row.ms.toFixed(0).padStart(6)} ms  slope=${Number.isNaN(slope) ? '   -' : slope.toFixed(2)} ms/1k  ` +
          `maxTask=${row.maxTask.toFixed(1)} ms  maxTaskCpu=${row.maxCpu.toFixed(1)} ms  tasksOver50Cpu=${row.over50} ${JSON.stringify(s.timings)}`,
      );
    }
  }
  for (const side of sides) {
    const worst = Math.max(...rows[side].map((r) => r.maxTask));
    const worstCpu = Math.max(...rows[side].map((r) => r.maxCpu));
    console.log(
      `${sides.length > 1 ? `${side} ` : ''}longest task ${worst.toFixed(1)} ms, thread time ${worstCpu.toFixed(1)} ms (goal < 50)`,
    );
  }
  if (args.other) {
    const differ = rows.B.filter((b, i) => b.outcome !== rows.A[i]!.outcome);
    console.log(differ.length ? `outcomes differ: ${differ.map((d) => d.name).join(', ')}` : 'same outcome on every page');
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await browser.close();
  await server.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
