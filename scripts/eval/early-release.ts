// How often the early stylesheet (src/core/clutter/early.ts) hides a block the page pass then does not hide (a
// release: the block shows again once the pass marks the page), on the labelled real-page clutter set, the
// Readability pages and the fixtures, in jsdom. #16's goal: under 1% of hidden blocks.
//   npx tsx scripts/eval/early-release.ts [--verbose]
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { runPipeline } from '../../src/core/pipeline.ts';
import { earlySelector } from '../../src/core/clutter/early.ts';
import { HIDDEN_ATTR } from '../../src/core/dom/contract.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const CORPORA = path.resolve(REPO, '../shared/corpora');
const verbose = process.argv.includes('--verbose');

const pages: { file: string; url: string | null }[] = [
  ...(
    JSON.parse(fs.readFileSync(path.join(REPO, 'tests/corpora/real-clutter/cases.json'), 'utf8')) as { page: string; url?: string }[]
  ).map((c) => ({ file: path.join(CORPORA, c.page), url: c.url ?? null })),
  ...(JSON.parse(fs.readFileSync(path.join(REPO, 'tests/fixtures/cases.json'), 'utf8')) as { file: string; url?: string }[]).map((c) => ({
    file: path.join(REPO, 'tests/fixtures', c.file),
    url: c.url ?? null,
  })),
];
const readability = path.join(CORPORA, 'readability-test-pages');
const inSet = new Set(pages.map((p) => p.file));
for (const name of fs.existsSync(readability) ? fs.readdirSync(readability).sort() : []) {
  const file = path.join(readability, name, 'source.html');
  if (fs.existsSync(file) && !inSet.has(file)) pages.push({ file, url: null });
}

const selector = earlySelector();
const none = { resolve: async (qs: readonly unknown[]) => qs.map(() => null) };
let early = 0;
let released = 0;
let hidden = 0;
let pagesWithEarly = 0;
for (const { file, url } of pages) {
  if (!fs.existsSync(file)) continue;
  const dom = new JSDOM(fs.readFileSync(file, 'utf8'), { url: url ?? 'https://example.com/', virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const outer = [...doc.querySelectorAll(selector)].filter((el) => !el.parentElement?.closest(selector));
  const result = await runPipeline(doc, { url, resolver: none, tickers: false });
  const lost = outer.filter((el) => !el.closest(`[${HIDDEN_ATTR}]`));
  early += outer.length;
  released += lost.length;
  hidden += result.blocks.length;
  if (outer.length) pagesWithEarly++;
  if (verbose || lost.length)
    for (const el of lost)
      console.log(`released  ${path.relative(CORPORA, file)}  <${el.localName} class="${el.getAttribute('class') ?? ''}">`);
  dom.window.close();
}
const rate = released / Math.max(1, hidden + released);
console.log(
  JSON.stringify({
    pages: pages.length,
    pagesWithEarly,
    earlyHidden: early,
    released,
    pipelineHidden: hidden,
    releaseRate: Math.round(rate * 10000) / 10000,
  }),
);
