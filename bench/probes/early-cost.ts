// #16: what early.js costs a page that is not an article. It runs on every page at document_start; this loads a
// page in headless Chromium and runs a given early.js as a page script, many times with a fresh source each time
// (no compile cache), timing its compile + run (the gate's later animation frames are not counted).
//   npx tsx bench/probes/early-cost.ts [--reps N] EARLY_JS... (default: dist/chrome/early.js)
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_BIN, QUIET_FLAGS } from '../bench-browser.ts';
import { median } from '../bench-stats.ts';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { reps: { type: 'string', default: '15' } } });
const files = positionals.length ? positionals : ['dist/chrome/early.js'];
const dir = mkdtempSync(join(tmpdir(), 'early-cost-'));
const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>${i}</td><td>Item ${i}</td></tr>`).join('');
writeFileSync(join(dir, 'table.html'), `<!doctype html><title>Table</title><table><tbody>${rows}</tbody></table>`);
writeFileSync(join(dir, 'small.html'), `<!doctype html><title>App</title><div id="app"><nav><a href="#">Home</a></nav><p>Hello</p></div>`);
const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: QUIET_FLAGS });
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  for (const pageName of ['small.html', 'table.html']) {
    const runs: number[] = [];
    for (let i = 0; i < Number(args.reps); i++) {
      const page = await browser.newPage();
      await page.goto(`file://${join(dir, pageName)}`);
      runs.push(
        await page.evaluate(async (src) => {
          const t0 = performance.now();
          const s = document.createElement('script');
          s.textContent = src;
          document.head.append(s);
          const run = performance.now() - t0;
          return run;
        }, `${code}\n//${i}-${Math.random()}`),
      );
      await page.close();
    }
    console.log(
      JSON.stringify({ file, page: pageName, compileAndRunMs: { median: +median(runs).toFixed(2), min: +Math.min(...runs).toFixed(2) } }),
    );
  }
}
await browser.close();
