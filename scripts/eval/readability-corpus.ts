// Measures article detection and clutter finding on saved pages (Node only: jsdom, fs).
//
// evalReadabilityCorpus: Mozilla Readability's test pages. Each folder has source.html, expected.html (what
// Readability extracted) and expected-metadata.json (`readerable`). We check that our isArticle agrees with
// `readerable`, and that no paragraph of the extracted article (>= 40 chars) ends up inside a block we would
// hide: the cleaner must never eat article text, whatever the page.
// (The labelled fixtures are measured by eval.ts through the CLI's analyze, as the contract's tools see them.)
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../../src/core/article/detect.ts';
import { findClutter } from '../../src/core/clutter/find.ts';
import { collapse } from '../../src/core/article/text-length.ts';
import type { ClutterBlock } from '../../src/core/types.ts';

const DUMMY_URL = 'http://fakehost/test/page.html';

function parse(html: string, url: string | null): Document {
  // Page stylesheets jsdom cannot parse are noise here, not errors.
  return new JSDOM(html, { url: url ?? DUMMY_URL, virtualConsole: new VirtualConsole() }).window.document;
}

/** The page's text with the given blocks left out, whitespace collapsed. */
function visibleText(doc: Document, blocks: readonly ClutterBlock[]): string {
  const parts: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!blocks.some((b) => b.element.contains(n))) parts.push((n as Text).data);
  }
  return collapse(parts.join(''));
}

export interface CorpusReport {
  pages: number;
  readerableAgreement: number;
  disagreements: { page: string; readerable: boolean; signals: string[] }[];
  checkedParagraphs: number;
  /** Share of the checked paragraphs that lie in the detected article parts (region, headline, standfirst). */
  regionCoverage: number;
  lostParagraphs: number;
  lostDetails: { page: string; text: string }[];
  /**
   * Paragraphs Readability keeps that the tuning set's labels (made by reading the pages) call clutter, hidden: a
   * newsletter plug in the body ("Get New York Today in your inbox.") is no article paragraph, so it is not lost.
   */
  labelledClutterHidden: number;
  blocks: { page: string; kind: string; text: string }[];
  msPerPage: number;
}

/**
 * `clutterLabels`: per page folder name, the excerpts of the blocks the tuning set labels as clutter
 * (tests/corpora/real-clutter); a hidden paragraph that is one of them is not counted as lost.
 */
export function evalReadabilityCorpus(dir: string, clutterLabels: ReadonlyMap<string, readonly string[]> = new Map()): CorpusReport {
  const report: CorpusReport = {
    pages: 0,
    readerableAgreement: 0,
    disagreements: [],
    checkedParagraphs: 0,
    regionCoverage: 0,
    lostParagraphs: 0,
    lostDetails: [],
    labelledClutterHidden: 0,
    blocks: [],
    msPerPage: 0,
  };
  let agree = 0;
  let ms = 0;
  let covered = 0;
  for (const page of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, page);
    const sourcePath = path.join(folder, 'source.html');
    if (!fs.existsSync(sourcePath)) continue;
    const meta = JSON.parse(fs.readFileSync(path.join(folder, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean; url?: string };
    const doc = parse(fs.readFileSync(sourcePath, 'utf8'), meta.url ?? DUMMY_URL);
    let expected: Document | null = null;
    // 130 pages and their expected copies: a window left open keeps its whole page alive (a full run ran out of heap).
    try {
      const t0 = performance.now();
      const detection = detectArticle(doc, meta.url ?? DUMMY_URL);
      // Clutter is measured on every page, article or not: a page we misjudge must still lose nothing.
      const blocks = findClutter(doc, { ...detection, isArticle: true });
      ms += performance.now() - t0;
      report.pages++;
      if (detection.isArticle === !!meta.readerable) agree++;
      else report.disagreements.push({ page, readerable: !!meta.readerable, signals: detection.signals });
      for (const b of blocks) report.blocks.push({ page, kind: b.kind, text: collapse(b.element.textContent ?? '').slice(0, 160) });

      const expectedPath = path.join(folder, 'expected.html');
      if (!fs.existsSync(expectedPath)) continue;
      expected = parse(fs.readFileSync(expectedPath, 'utf8'), null);
      const full = visibleText(doc, []);
      const kept = blocks.length ? visibleText(doc, blocks) : full;
      const partsText = (detection.region ? [detection.region, ...detection.parts.slice(1)] : []).map((p) => collapse(p.textContent ?? ''));
      for (const p of Array.from(expected.getElementsByTagName('p'))) {
        const text = collapse(p.textContent ?? '');
        // Readability rewrites some text; only paragraphs found verbatim in the source can be checked.
        if (text.length < 40 || !full.includes(text)) continue;
        report.checkedParagraphs++;
        if (partsText.some((t) => t.includes(text))) covered++;
        if (!kept.includes(text)) {
          const labels = clutterLabels.get(page) ?? [];
          if (labels.some((l) => text.includes(l) || l.includes(text))) {
            report.labelledClutterHidden++;
            continue;
          }
          report.lostParagraphs++;
          report.lostDetails.push({ page, text: text.slice(0, 200) });
        }
      }
    } finally {
      doc.defaultView?.close();
      expected?.defaultView?.close();
    }
  }
  report.readerableAgreement = report.pages ? agree / report.pages : 0;
  report.regionCoverage = report.checkedParagraphs ? covered / report.checkedParagraphs : 0;
  report.msPerPage = report.pages ? ms / report.pages : 0;
  return report;
}
