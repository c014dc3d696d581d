// #16 feasibility, in Node (no browser, no timing): how much of the page pass's clutter could the early judge
// (core/clutter/early-judge.ts: the pass's own finder on the part of the page the parser has finished, behind
// the metadata gate of core/article/early-gate.ts) have marked before it was painted, and how many of its marks would the pass then
// release (show again)? Each page's HTML is cut at CUTS points between the start of <body> and its end (a
// parser that got that far), each prefix is parsed and judged, and the marks of all cuts are compared with the
// pass on the whole page. A pass block counts as "on time" when the judge marked it at the first cut where it
// was finished (it was never painted before being marked, at this resolution), "covered" when it was marked at
// some cut.   `npx tsx bench/early-feasibility.ts [--cuts N] [--verbose] [--only REGEX]` (~15 min on 2 cores)
// Session 10 (a weaker per-box copy of the judge, no longer here): 116 pass blocks on 166 pages, 63 covered
// (54%), 95 early marks, 22 released (23%).
// Session 11 (this judge, 4 cuts, fixtures + real-news + Readability pages, 175 files; a head-only gate on all,
// the gate as it is now re-run on the 10 pages that one skipped): 119 pass blocks, 113 marked on time (95%), 113
// marks, 0 released; 61 of 65 pages with hidden blocks had all of them on time. The 4 others
// (247wallst, engadget-lyft-scooters, firefox-nightly-blog, yahoo-2) carry no article metadata: the gate skips them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePage } from '../src/cli/parse-page.ts';
import { SHARED } from '../scripts/shared-dir.ts';
import { runPipeline } from '../src/core/pipeline.ts';
import { judgeEarly, parserEdge } from '../src/core/clutter/early-judge.ts';
import { earlyGate } from '../src/core/article/early-gate.ts';

const { values: args } = parseArgs({
  options: { cuts: { type: 'string', default: '6' }, verbose: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const CUTS = Number(args.cuts);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An element's place: child-element indices from <html>, the same in a prefix's parse and the whole page's. */
function pathOf(el: Element): string {
  const parts: number[] = [];
  for (let n: Element | null = el; n?.parentElement; n = n.parentElement)
    parts.push(Array.prototype.indexOf.call(n.parentElement.children, n));
  return parts.reverse().join('/');
}
function byPath(doc: Document, path: string): Element | null {
  let n: Element | null = doc.documentElement;
  for (const i of path ? path.split('/').map(Number) : []) n = n?.children[i] ?? null;
  return n;
}

const dirs = [join(SHARED, 'fixtures/pages'), join(SHARED, 'corpora/real-news/pages')];
const rd = join(SHARED, 'corpora/readability-test-pages');
const files: string[] = [];
for (const d of dirs) for (const n of readdirSync(d)) if (n.endsWith('.html')) files.push(join(d, n));
for (const n of readdirSync(rd)) if (existsSync(join(rd, n, 'source.html'))) files.push(join(rd, n, 'source.html'));

const t = {
  pages: 0,
  gated: 0,
  passBlocks: 0,
  gatedPassBlocks: 0,
  covered: 0,
  onTime: 0,
  marks: 0,
  released: 0,
  pagesWith: 0,
  pagesAllOnTime: 0,
  judgeMs: 0,
  judgeRuns: 0,
};
for (const f of files.filter((f) => !args.only || new RegExp(args.only).test(f))) {
  const name = f.split('/').slice(-2).join('/');
  const html = readFileSync(f, 'utf8');
  const full = parsePage(html, null).dom;
  const doc = full.window.document;
  const res = await runPipeline(doc, { url: null, resolver: null as never, clean: true, tickers: false });
  const hidden = res.blocks.map((b) => pathOf(b.element));
  const bodyAt = Math.max(0, html.search(/<body[\s>]/i));
  const marks = new Map<string, string>(); // path -> text
  const firstFinished = new Map<string, number>(); // pass block -> first cut where it was finished
  const markedAt = new Map<string, number>();
  let gated = false;
  for (let c = 1; c <= CUTS; c++) {
    const done = c === CUTS;
    const cut = done ? html.length : bodyAt + Math.round(((html.length - bodyAt) * c) / CUTS);
    const part = done ? full : parsePage(html.slice(0, cut), null).dom;
    const pdoc = part.window.document;
    if (earlyGate(pdoc, null) !== 'judge') {
      if (part !== full) part.window.close();
      continue;
    }
    gated = true;
    // Which pass blocks exist, finished, in this prefix?
    const edge = done ? null : parserEdge(pdoc);
    for (const h of hidden) {
      const el = byPath(pdoc, h);
      if (el && !firstFinished.has(h) && (!edge || !el.contains(edge))) firstFinished.set(h, c);
    }
    const t0 = performance.now();
    const blocks = judgeEarly(pdoc, null, done);
    t.judgeMs += performance.now() - t0;
    t.judgeRuns++;
    for (const b of blocks) {
      const p = pathOf(b.element);
      if (!marks.has(p)) marks.set(p, collapse(b.element.textContent ?? '').slice(0, 70));
      if (!markedAt.has(p)) markedAt.set(p, c);
    }
    if (part !== full) part.window.close();
  }
  // Outermost marks only (a later cut may mark a box around an earlier one: the earlier is inside it).
  const outer = [...marks.keys()].filter((p) => ![...marks.keys()].some((q) => q !== p && p.startsWith(`${q}/`)));
  const within = (p: string, q: string) => p === q || p.startsWith(`${q}/`);
  const released = outer.filter((p) => !hidden.some((h) => within(p, h)));
  const covered = hidden.filter((h) => [...markedAt.keys()].some((p) => within(h, p)));
  const onTime = hidden.filter((h) => [...markedAt.entries()].some(([p, c]) => within(h, p) && c <= (firstFinished.get(h) ?? CUTS)));
  t.pages++;
  t.passBlocks += hidden.length;
  if (gated) {
    t.gated++;
    t.gatedPassBlocks += hidden.length;
  }
  t.covered += covered.length;
  t.onTime += onTime.length;
  t.marks += outer.length;
  t.released += released.length;
  if (hidden.length) {
    t.pagesWith++;
    if (onTime.length === hidden.length) t.pagesAllOnTime++;
  }
  if (released.length)
    console.log(
      'RELEASE',
      name,
      released.map((p) => marks.get(p)),
    );
  if (args.verbose && hidden.length > onTime.length)
    console.log(
      'LATE',
      name,
      gated ? 'gated' : 'not gated',
      hidden
        .filter((h) => !onTime.includes(h))
        .map(
          (h) =>
            `${h} first finished at cut ${firstFinished.get(h)}, marked at ${[...markedAt.entries()].find(([p]) => within(h, p))?.[1] ?? '-'}`,
        ),
    );
  full.window.close();
  if (args.verbose) console.error(`${t.pages}/${files.length} ${name}`);
}
console.log({
  ...t,
  judgeMs: Math.round(t.judgeMs),
  releaseRate: +(t.released / Math.max(1, t.marks)).toFixed(4),
  onTimeShare: +(t.onTime / Math.max(1, t.passBlocks)).toFixed(3),
});
