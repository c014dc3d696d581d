// Writes `clearfolio analyze --json` for every fixture and real-news page to one file, timings left out, so that
// two checkouts (or a change to the CLI's parsing) can be compared with `diff`: the output must be identical.
//   npx tsx scripts/analyze-snapshot.ts OUT.jsonl
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../src/cli/analyze.ts';
import { repoPath } from '../src/cli/node-dataset.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: analyze-snapshot.ts OUT.jsonl');
const dirs = ['../shared/fixtures/pages', '../shared/corpora/real-news/pages', 'tests/fixtures/pages'].map((d) => repoPath(d));
const lines: string[] = [];
for (const dir of dirs) {
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const file = join(dir, name);
    const { timingsMs: _timings, ...report } = await analyzeFile(file, null);
    lines.push(JSON.stringify({ ...report, file: name }));
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} pages -> ${out}`);
