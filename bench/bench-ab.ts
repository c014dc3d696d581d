// A/B of the pipeline between two checkouts, in one browser, alternating per page, so that a busy machine
// slows both alike: `npx tsx bench/bench-ab.ts OTHER_CHECKOUT [--b CHECKOUT] [--reps N] [--filter S] [--json FILE]`.
// Prints the sums per phase for A (the other checkout) and B (this one, or --b: so one commit can be compared
// with its parent without this checkout's changes in between), and every page where the two found different
// things. Pages come from this checkout, so both sides read the same ones. A development aid; reported figures
// come from bench.ts.
import { mkdtempSync, rmSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO } from './bench-background.ts';
import { benchContext, launchBenchBrowser } from './bench-browser.ts';
import { buildBenchBundle } from './bench-bundle.ts';
import { corpusPages, fixturePages } from './bench-pages.ts';
import { startBenchServer } from './bench-serve.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { b: { type: 'string' }, reps: { type: 'string' }, filter: { type: 'string' }, json: { type: 'string' } },
});
const other = resolve(positionals[0] ?? '/tmp/base');
const self = args.b ? resolve(args.b) : REPO;
const reps = Number(args.reps ?? 3);
const corpusDir = resolve(REPO, '../shared/corpora/readability-test-pages');
const pages = [...corpusPages(corpusDir), ...fixturePages(REPO)].filter((p) => !args.filter || p.id.includes(args.filter));
const tmp = mkdtempSync(join(tmpdir(), 'clearfolio-ab-'));
type Sample = { pipelineMs: number; timings: Record<string, number>; isArticle: boolean; blocks: number; mentions: number };
// What each side found: a speed change must not change it.
const outcome = (s: Sample) => `article ${s.isArticle} blocks ${s.blocks} mentions ${s.mentions}`;
const differ: string[] = [];
const sums = { A: {} as Record<string, number>, B: {} as Record<string, number> };
const per: { id: string; A: number; B: number; timings: Record<'A' | 'B', Record<string, number>> }[] = [];
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
try {
  mkdirSync(join(tmp, 'A'));
  mkdirSync(join(tmp, 'B'));
  await buildBenchBundle({ repo: other, outDir: join(tmp, 'A') });
  await buildBenchBundle({ repo: self, outDir: join(tmp, 'B') });
  copyFileSync(join(tmp, 'A/bench.js'), join(tmp, 'a.js'));
  copyFileSync(join(tmp, 'B/bench.js'), join(tmp, 'b.js'));
  const server = await startBenchServer({ corpus: corpusDir, fixtures: join(REPO, 'tests/fixtures/pages'), bench: tmp });
  const browser = await launchBenchBrowser();
  const ctx = await benchContext(browser, (q) => q.map(() => null));
  const tab = await ctx.newPage();
  for (const p of pages) {
    const got: Record<'A' | 'B', Sample[]> = { A: [], B: [] };
    for (let r = 0; r < reps; r++) {
      for (const side of (r % 2 ? ['B', 'A'] : ['A', 'B']) as ('A' | 'B')[]) {
        try {
          await tab.goto(server.url + p.path, { waitUntil: 'load' });
          await tab.addScriptTag({ url: `${server.url}/__bench/${side === 'A' ? 'a' : 'b'}.js` });
          got[side].push(
            await tab.evaluate(
              (u) =>
                (window as never as { __clearfolioBench: { pipeline(u: string | null): Promise<Sample> } }).__clearfolioBench.pipeline(u),
              p.url,
            ),
          );
        } catch {
          /* a page that fails is left out of both sides below */
        }
      }
    }
    if (got.A.length !== reps || got.B.length !== reps) continue;
    if (outcome(got.A[0]!) !== outcome(got.B[0]!)) differ.push(`${p.id}: A ${outcome(got.A[0]!)}, B ${outcome(got.B[0]!)}`);
    const phases = (side: 'A' | 'B') =>
      Object.fromEntries(Object.keys(got[side][0]!.timings).map((k) => [k, median(got[side].map((s) => s.timings[k] ?? 0))]));
    const row = {
      id: p.id,
      A: median(got.A.map((s) => s.pipelineMs)),
      B: median(got.B.map((s) => s.pipelineMs)),
      timings: { A: phases('A'), B: phases('B') },
    };
    per.push(row);
    for (const side of ['A', 'B'] as const) {
      for (const [k, v] of Object.entries(row.timings[side])) sums[side][k] = (sums[side][k] ?? 0) + v;
    }
  }
  await browser.close();
  await server.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const sorted = (side: 'A' | 'B') => per.map((r) => r[side]).sort((a, b) => a - b);
const p95 = (v: number[]) => v[Math.min(v.length - 1, Math.floor(0.95 * v.length))]!;
console.log(`A ${other}\nB ${self}\n${per.length} pages x ${reps}`);
for (const side of ['A', 'B'] as const) {
  console.log(
    side,
    'sum',
    sorted(side)
      .reduce((a, b) => a + b, 0)
      .toFixed(0),
    'p50',
    sorted(side)[per.length >> 1]!.toFixed(2),
    'p95',
    p95(sorted(side)).toFixed(2),
    Object.entries(sums[side])
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(' '),
  );
}
per.sort((x, y) => y.B - x.B);
for (const r of per.slice(0, 8)) console.log(r.id, r.A.toFixed(1), r.B.toFixed(1));
if (args.json) writeFileSync(args.json, JSON.stringify(per, null, 1));
console.log(differ.length ? `outcomes differ on ${differ.length} pages:\n${differ.join('\n')}` : 'same outcome on every page');
