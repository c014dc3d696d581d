// Times pieces of the pipeline in isolation on every bench page: builds ENTRY (a module that sets
// `window.__probe = (variant) => ({ name: ms, ... })`) into one IIFE, loads each page fresh once per variant,
// and prints the sums per name. For questions like "what does an element-only walk cost on a cold page?" that
// a CPU profile answers badly. A development aid, not a figure: reported figures come from bench.ts.
//
//   npx tsx bench/bench-probe.ts ENTRY.ts VARIANT[,VARIANT...] [--filter SUBSTRING] [--json FILE]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { REPO } from './bench-background.ts';
import { benchContext, launchBenchBrowser } from './bench-browser.ts';
import { corpusPages, fixturePages } from './bench-pages.ts';
import { startBenchServer } from './bench-serve.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { filter: { type: 'string' }, json: { type: 'string' } },
});
const [entry, variantList] = positionals;
if (!entry || !variantList) throw new Error('usage: bench-probe.ts ENTRY.ts VARIANT[,VARIANT...] [--filter S] [--json FILE]');
const variants = variantList.split(',');
const corpusDir = resolve(REPO, '../shared/corpora/readability-test-pages');
const pages = [...corpusPages(corpusDir), ...fixturePages(REPO)].filter((p) => !args.filter || p.id.includes(args.filter));
const out = mkdtempSync(join(tmpdir(), 'clearfolio-probe-'));
const sums: Record<string, number> = {};
const rows: Record<string, number | string>[] = [];
try {
  await build({
    configFile: false,
    root: REPO,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      lib: { entry: resolve(entry), formats: ['iife'], name: '__probeLib', fileName: () => 'bench.js' },
    },
  });
  const server = await startBenchServer({ corpus: corpusDir, fixtures: join(REPO, 'tests/fixtures/pages'), bench: out });
  const browser = await launchBenchBrowser();
  const ctx = await benchContext(browser, (q) => q.map(() => null));
  const tab = await ctx.newPage();
  for (const p of pages) {
    const row: Record<string, number | string> = { id: p.id };
    for (const v of variants) {
      try {
        await tab.goto(server.url + p.path, { waitUntil: 'load' });
        await tab.addScriptTag({ url: `${server.url}/__bench/bench.js` });
        const got = await tab.evaluate((name) => (window as never as { __probe(v: string): Record<string, number> }).__probe(name), v);
        for (const [k, ms] of Object.entries(got)) {
          sums[k] = (sums[k] ?? 0) + ms;
          row[k] = ms;
        }
      } catch (e) {
        console.error(`${p.id} ${v}: ${String(e).slice(0, 200)}`);
      }
    }
    rows.push(row);
  }
  await browser.close();
  await server.close();
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`${rows.length} pages, one fresh load per variant`);
for (const [k, v] of Object.entries(sums)) console.log(`${k.padEnd(24)} ${v.toFixed(1)}`);
if (args.json) writeFileSync(args.json, JSON.stringify(rows, null, 1));
