// How many candidate mentions one block holds on real pages: the data behind the scan's symbol-dump rule
// (tickers/scan.ts MAX_BLOCK_MENTIONS). For every saved page of the corpora (the shared fixtures and real news,
// the project's real-ticker and real-clutter pages, the Readability test pages, the project's fixture pages) it
// finds the candidates of the whole page (not only the article region, so the figure is an upper bound) and of
// the article region, groups them by block (the nearest block element, as the scan does) and prints the pages
// whose fullest block holds the most.
//
//   npx tsx bench/block-mentions.ts [--top N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePage } from '../src/cli/parse-page.ts';
import { detect } from '../src/core/pipeline-detect.ts';
import { findCandidates } from '../src/core/tickers/scan.ts';
import { BLOCK_TAGS } from '../src/core/dom/blocks.ts';
import { REPO } from './bench-background.ts';

const { values: args } = parseArgs({ options: { top: { type: 'string' } } });

function pagesIn(dir: string): { file: string; url: string | null }[] {
  if (!existsSync(dir)) return [];
  const cases = join(dir, 'cases.json');
  if (existsSync(cases))
    // real-clutter names pages of the shared corpora (`page`, under ../shared/corpora).
    return (JSON.parse(readFileSync(cases, 'utf8')) as { file?: string; page?: string; url?: string }[]).map((c) => ({
      file: c.file ? join(dir, c.file) : resolve(REPO, '../shared/corpora', c.page!),
      url: c.url ?? null,
    }));
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isFile() && e.name.endsWith('.html')) return [{ file: join(dir, e.name), url: null }];
    const source = join(dir, e.name, 'source.html');
    return e.isDirectory() && existsSync(source) ? [{ file: source, url: null }] : [];
  });
}

const dirs = [
  '../shared/fixtures',
  '../shared/corpora/real-news',
  '../shared/corpora/readability-test-pages',
  'tests/corpora/real-tickers',
  'tests/corpora/real-clutter',
  'tests/fixtures/pages',
];
const blockOf = (n: Node): Element | null => {
  for (let e = n.parentElement; e; e = e.parentElement) if (BLOCK_TAGS.has(e.localName)) return e;
  return null;
};
const fullest = (nodes: Node[]): [number, string] => {
  const per = new Map<Element | null, number>();
  for (const n of nodes) {
    const b = blockOf(n);
    per.set(b, (per.get(b) ?? 0) + 1);
  }
  let best: [number, string] = [0, ''];
  for (const [b, k] of per)
    if (k > best[0])
      best = [k, b ? `<${b.localName}${b.id ? `#${b.id}` : ''}${b.className ? `.${String(b.className).split(/\s+/)[0]}` : ''}>` : '-'];
  return best;
};
const rows: { page: string; page_: [number, string]; region: [number, string] }[] = [];
const seen = new Set<string>();
for (const d of dirs) {
  for (const { file, url } of pagesIn(resolve(REPO, d))) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const { dom } = parsePage(readFileSync(file, 'utf8'), url);
    const doc = dom.window.document;
    const all = findCandidates([doc.body]).map((c) => c.node);
    const detection = detect(doc, { url });
    const inRegion = detection.isArticle ? findCandidates(detection.parts).map((c) => c.node) : [];
    rows.push({ page: file.slice(resolve(REPO, '..').length + 1), page_: fullest(all), region: fullest(inRegion) });
    dom.window.close();
  }
}
rows.sort((a, b) => b.page_[0] - a.page_[0]);
console.log(`${rows.length} pages; fullest block (whole page | article region):`);
for (const r of rows.slice(0, Number(args.top ?? 15)))
  console.log(
    `${String(r.page_[0]).padStart(5)} ${r.page_[1].padEnd(32)} ${String(r.region[0]).padStart(5)} ${r.region[1].padEnd(28)} ${r.page}`,
  );
const maxRegion = rows.reduce((m, r) => (r.region[0] > m.region[0] ? r : m));
console.log(`most in one block of an article region: ${maxRegion.region[0]} (${maxRegion.page})`);
