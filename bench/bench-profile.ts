// Where the pipeline spends its time: samples a CPU profile of runPipeline on each bench page in headless
// Chromium and prints the functions with the most self time, summed over the pages. A tool for finding hot
// spots, not a figure: the numbers come from an unminified build under the profiler.
//
//   npx tsx bench/bench-profile.ts [--limit N] [--filter SUBSTRING] [--top N] [--inclusive]
//
// --inclusive ranks by time with callees (each function counted once per sample): which phase costs what.
// Native calls (querySelectorAll, textContent...) are named with their script caller: 'querySelectorAll < isMarkedBody'.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO } from './bench-background.ts';
import { benchContext, launchBenchBrowser } from './bench-browser.ts';
import { buildBenchBundle } from './bench-bundle.ts';
import { corpusPages, fixturePages } from './bench-pages.ts';
import { startBenchServer } from './bench-serve.ts';

const { values: args } = parseArgs({
  options: {
    limit: { type: 'string' },
    filter: { type: 'string' },
    top: { type: 'string' },
    reps: { type: 'string' },
    inclusive: { type: 'boolean' },
  },
});
const corpusDir = resolve(REPO, '../shared/corpora/readability-test-pages');
const pages = [...corpusPages(corpusDir), ...fixturePages(REPO)]
  .filter((p) => !args.filter || p.id.includes(args.filter))
  .slice(0, args.limit ? Number(args.limit) : Infinity);
const reps = Number(args.reps ?? 1);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const tmp = mkdtempSync(join(tmpdir(), 'clearfolio-profile-'));
const self = new Map<string, number>();
let total = 0;
try {
  await buildBenchBundle({ repo: REPO, outDir: tmp, minify: false });
  const server = await startBenchServer({ corpus: corpusDir, fixtures: join(REPO, 'tests/fixtures/pages'), bench: tmp });
  const browser = await launchBenchBrowser();
  const ctx = await benchContext(browser, (q) => q.map(() => null));
  const tab = await ctx.newPage();
  const cdp = await ctx.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  for (const p of pages) {
    for (let rep = 0; rep < reps; rep++) {
      await tab.goto(server.url + p.path, { waitUntil: 'load' });
      await tab.addScriptTag({ url: server.url + '/__bench/bench.js' });
      await cdp.send('Profiler.start');
      await tab.evaluate(
        (u) => (window as never as { __clearfolioBench: { pipeline(u: string | null): Promise<unknown> } }).__clearfolioBench.pipeline(u),
        p.url,
      );
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, Node>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
      const name = (n: Node): string => {
        const f = n.callFrame;
        const own = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        const up = parent.get(n.id);
        return f.url || !up || !up.callFrame.url ? own : `${f.functionName || '(anon)'} < ${up.callFrame.functionName || '(anon)'}`;
      };
      profile.samples.forEach((id, i) => {
        const n = byId.get(id)!;
        const f = n.callFrame;
        if (f.functionName === '(idle)' || f.functionName === '(program)') return;
        const dt = (profile.timeDeltas[i] ?? 0) / 1000;
        total += dt;
        if (!args.inclusive) {
          const key = name(n);
          self.set(key, (self.get(key) ?? 0) + dt);
          return;
        }
        const seen = new Set<string>();
        for (let a: Node | undefined = n; a; a = parent.get(a.id)) {
          const key = name(a);
          if (seen.has(key)) continue;
          seen.add(key);
          self.set(key, (self.get(key) ?? 0) + dt);
        }
      });
    }
  }
  await browser.close();
  await server.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top ?? 40));
console.log(`${args.inclusive ? 'inclusive' : 'self'} time over ${pages.length} pages x ${reps}: ${total.toFixed(0)} ms`);
for (const [k, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
