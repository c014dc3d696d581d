// `clearfolio analyze` on generated pages of growing size, and on deep ones: time and peak memory per page, and the
// slope (ms per MB) of a straight line through the sizes. Each page runs in a fresh Node process, so that
// the peak memory (maxRSS) is that page's own. Before session 8 a 1 MB page took minutes and 20,000 nested
// elements overflowed the stack.
//   npx tsx bench/bench-cli.ts [--sizes 1,3,10,30] [--depths 5000,20000] [--json FILE]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigArticlePage, deepPage } from './big-pages.ts';
import { linearFit } from './bench-stats.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
}

interface Row {
  page: string;
  mb: number;
  ms: number;
  peakMb: number;
  isArticle: boolean;
  tickers: number;
  removed: number;
  warnings: number;
}

/** One page in a fresh process (bench/cli-one.ts prints its time and maxRSS as JSON). */
function measure(page: string, html: string, dir: string): Row {
  const file = join(dir, `${page}.html`);
  writeFileSync(file, html);
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'cli-one.ts'), file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  rmSync(file);
  return { page, mb: Buffer.byteLength(html) / 1e6, ...(JSON.parse(out) as Omit<Row, 'page' | 'mb'>) };
}

const sizes = arg('--sizes', '1,3,10,30').split(',').map(Number);
const depths = arg('--depths', '5000,20000').split(',').filter(Boolean).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'clearfolio-bench-cli-'));
const rows: Row[] = [];
try {
  for (const mb of sizes) {
    rows.push(measure(`article-${mb}mb`, bigArticlePage(mb * 1e6), dir));
    console.error(JSON.stringify(rows.at(-1)));
  }
  for (const depth of depths) {
    rows.push(measure(`deep-${depth}`, deepPage(depth), dir));
    console.error(JSON.stringify(rows.at(-1)));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const sized = rows.filter((r) => r.page.startsWith('article-'));
const time = linearFit(
  sized.map((r) => r.mb),
  sized.map((r) => r.ms),
);
const memory = linearFit(
  sized.map((r) => r.mb),
  sized.map((r) => r.peakMb),
);
console.table(
  rows.map((r) => ({ ...r, mb: +r.mb.toFixed(2), ms: Math.round(r.ms), msPerMb: Math.round(r.ms / r.mb), peakMb: Math.round(r.peakMb) })),
);
console.log(`time:   ${time.slope.toFixed(0)} ms per MB (intercept ${time.intercept.toFixed(0)} ms, r² ${time.r2.toFixed(3)})`);
console.log(
  `memory: ${memory.slope.toFixed(0)} MB peak RSS per MB of page (intercept ${memory.intercept.toFixed(0)} MB, r² ${memory.r2.toFixed(3)})`,
);
const json = arg('--json', '');
if (json) writeFileSync(json, `${JSON.stringify({ rows, msPerMb: time, peakMbPerMb: memory }, null, 2)}\n`);
