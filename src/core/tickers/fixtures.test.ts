// The labelled fixture pages: on each article, the highlighted texts are exactly the labelled mentions, in
// order, and no planted trap is touched. The fake dataset holds the labelled companies plus real listings
// whose symbols collide with the traps (AI is C3.ai, IT is Gartner, BP is BP p.l.c....), as the real data does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Company } from '../types.ts';
import { findCandidates } from './scan.ts';
import { findTickers } from './find.ts';
import { company, fakeResolver, parseHtml } from './test-support.ts';
import { unwrapAll, wrapMentions } from '../dom/highlight.ts';

interface FixtureCase {
  file: string;
  isArticle: boolean;
  tickers: { text: string; symbol: string; exchange: string | null; name: string }[];
  notTickers: string[];
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');
const cases: FixtureCase[] = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8'));
const read = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
// The content script runs on the browser's DOM, `clearfolio analyze` on jsdom, unit tests on happy-dom.
const PARSERS = {
  'happy-dom': (html: string) => parseHtml(html),
  jsdom: (html: string) => new JSDOM(html).window.document,
};

const DECOYS: Company[] = [
  company('ADR', 'Adherium Limited', 'ASX'),
  company('AI', 'C3.ai, Inc.', 'NYSE'),
  company('IT', 'Gartner, Inc.', 'NYSE'),
  company('EPS', 'WisdomTree U.S. LargeCap Fund', 'NYSEARCA'),
  company('TV', 'Grupo Televisa S.A.B.', 'NYSE'),
  company('A', 'Agilent Technologies, Inc.', 'NYSE'),
  company('US', 'UnipolSai Assicurazioni S.p.A.', 'BIT'),
  company('ETF', 'Eastfield Resources Ltd.', 'TSXV'),
  company('AAA', 'Alternative Access First Priority CLO Bond ETF', 'NYSEARCA'),
  company('FDA', 'Fidia S.p.A.', 'BIT'),
  company('CIA', 'Citizens, Inc.', 'NYSE'),
  company('EU', 'enCore Energy Corp.', 'TSXV'),
  company('CFO', 'VictoryShares US 500 Enhanced Volatility Wtd ETF', 'NASDAQ'),
  company('IPO', 'Renaissance IPO ETF', 'NYSEARCA'),
  company('SEC', 'Senvest Capital Inc.', 'TSX'),
  company('BP', 'BP p.l.c.', 'LON'),
  company('BP', 'BP p.l.c.', 'NYSE'),
  company('SMCI', 'Super Micro Computer, Inc.', 'NASDAQ'),
  company('ARM', 'Arm Holdings plc', 'NASDAQ'),
  company('BARC', 'Barclays PLC', 'LON'),
  company('TSCO', 'Tesco PLC', 'LON'),
  company('VOD', 'Vodafone Group Public Limited Company', 'LON'),
];

/** The labelled companies, one listing per labelled exchange (and one without for bare/cashtag labels). */
function datasetFor(c: FixtureCase): Company[] {
  const labelled = c.tickers.map((t) => company(t.symbol, t.name, t.exchange ?? 'NYSE'));
  return [...labelled, ...DECOYS];
}

function articleRoots(doc: Document): Element[] {
  const region = doc.querySelector('[itemtype*="NewsArticle"]') ?? doc.querySelector('article');
  return region ? [region] : [];
}

const articles = cases.filter((c) => c.isArticle);

describe.each(Object.entries(PARSERS))('on %s', (_dom, parse) => {
  const load = (file: string) => parse(read(file));
  describe.each(articles.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    it('highlights exactly the labelled mentions, in order', async () => {
      const doc = load(c.file);
      const mentions = await findTickers(articleRoots(doc), fakeResolver(datasetFor(c)));
      expect(mentions.map((m) => m.candidate.text)).toEqual(c.tickers.map((t) => t.text));
      expect(mentions.map((m) => m.candidate.symbol)).toEqual(c.tickers.map((t) => t.symbol));
      expect(mentions.map((m) => m.candidate.exchange)).toEqual(c.tickers.map((t) => t.exchange));
    });

    it('never highlights a planted trap', async () => {
      const doc = load(c.file);
      const mentions = await findTickers([doc.body], fakeResolver(datasetFor(c)));
      const traps = new Set(c.notTickers);
      const hits = mentions.filter(
        (m) => traps.has(m.candidate.text) || traps.has(m.candidate.symbol) || traps.has(`$${m.candidate.symbol}`),
      );
      expect(hits.map((m) => m.candidate.text)).toEqual([]);
    });

    it('keeps the page text unchanged when wrapping and restores the nodes when unwrapping', async () => {
      const doc = load(c.file);
      const before = doc.body.textContent;
      const nodesBefore = textNodes(doc.body);
      const mentions = await findTickers(articleRoots(doc), fakeResolver(datasetFor(c)));
      const wrappers = wrapMentions(doc, mentions);
      expect(wrappers.map((w) => w.textContent)).toEqual(c.tickers.map((t) => t.text));
      expect(doc.body.textContent).toBe(before);
      // A second pass finds nothing new: wrapped text is skipped.
      expect(await findTickers(articleRoots(doc), fakeResolver(datasetFor(c)))).toEqual([]);
      unwrapAll(doc.documentElement);
      expect(doc.querySelector('clearfolio-ticker')).toBeNull();
      expect(textNodes(doc.body)).toEqual(nodesBefore);
      expect(doc.body.textContent).toBe(before);
    });
  });
});

function textNodes(root: Element): [Text, string][] {
  const out: [Text, string][] = [];
  const w = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push([n as Text, (n as Text).data]);
  return out;
}

describe('skip zones on the fixture pages', () => {
  const load = (file: string) => parseHtml(read(file));
  it.each(cases.map((c) => c.file))('%s: nothing inside an editor, form field or code is a candidate', (file) => {
    const doc = load(file);
    const zones = [
      ...doc.querySelectorAll(
        'textarea, input, select, pre, code, kbd, samp, script, style, [contenteditable]:not([contenteditable="false"])',
      ),
    ];
    const inZone = findCandidates([doc.body]).filter((cand) => zones.some((z) => z.contains(cand.node)));
    expect(inZone).toEqual([]);
  });

  it('the comment boxes on the pages do hold ticker-like text (so the test above can fail)', () => {
    const texts = ['insider-nvidia-supply-chain.html', 'thisismoney-ftse-vodafone-bp.html'].map(
      (f) => load(`pages/${f}`).querySelector('textarea, [contenteditable="true"]')?.textContent ?? '',
    );
    expect(texts.join(' ')).toMatch(/\$SMCI.*NASDAQ:ARM.*LON:BARC.*TSCO\.L/);
  });
});
