// The ticker scan reads only the blocks of an article whose text may hold a ticker form, a marked symbol, a
// quote link or a Ticker column (the rest of a root is never walked). What it finds must not depend on that: the same candidates, at the same nodes and offsets, in the same order, as a walk that
// reads every node, on every fixture page and on generated pages built to trip it (bare mentions of symbols
// marked in a later block, names split from their brackets by blocks, quote links, Ticker columns, skip zones).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cases, readFixture } from '../article/test-support.ts';
import type { Company, TickerMention } from '../types.ts';
import { findCandidates } from './scan.ts';
import { findTickers } from './find.ts';
import { candidateQueries, selectMentions } from './select.ts';
import { company, fakeResolver, parseHtml } from './test-support.ts';

const describeAll = (roots: Element[], prune: boolean, marked: string[] = []) =>
  findCandidates(roots, { focus: prune, marked }).map((c) => {
    const path: number[] = [];
    for (let n: Node | null = c.node; n?.parentNode; n = n.parentNode) path.unshift([...n.parentNode.childNodes].indexOf(n as ChildNode));
    return `${path.join('.')}@${c.start}-${c.end}:${c.text}|${c.form}|${c.exchange ?? ''}|${c.nameBefore ?? ''}`;
  });

const words = fc.constantFrom(
  'Shares rose',
  'the company said',
  'Apple Inc.',
  'Sony Corp',
  '(NYSE:SNE)',
  '(AAPL)',
  'AAPL',
  'SNE',
  '$MSFT',
  'MSFT',
  'NASDAQ: FEYE',
  'BP.L',
  '(TYO:6758)',
  'GE',
  'IBM',
  'the U.S.',
  '(NATO)',
  'in 2014',
  ',',
  '.',
  ' ',
  '\n',
);
const inline = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words,
    fc
      .tuple(fc.constantFrom('b', 'i', 'span', 'em'), fc.array(tie('node'), { maxLength: 3 }))
      .map(([t, c]) => `<${t}>${c.join(' ')}</${t}>`),
    fc.tuple(fc.constantFrom('/quote/AAPL', '/stocks/msft', '/news/x'), words).map(([h, w]) => `<a href="${h}">${w}</a>`),
    fc.constant('<br>'),
    fc.constant('<script>var s = "(NYSE:IBM)";</script>'),
    fc.constant('<code>$GM</code>'),
    fc.constant('<span data-symbol="AAPL">AAPL</span>'),
  ),
})).node;
const block = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(inline, { minLength: 1, maxLength: 6 }).map((c) => `<p>${c.join(' ')}</p>`),
    fc
      .tuple(fc.array(inline, { maxLength: 3 }), fc.array(tie('block'), { maxLength: 3 }), fc.array(inline, { maxLength: 3 }))
      .map(([a, b, c]) => `<div>${a.join(' ')}${b.join('')}${c.join(' ')}</div>`),
    fc.array(tie('block'), { maxLength: 4 }).map((b) => `<section>${b.join('')}</section>`),
    fc
      .tuple(fc.constantFrom('Ticker', 'Company'), fc.constantFrom('AAPL', 'GE', 'Sony'))
      .map(([h, v]) => `<table><thead><tr><th>${h}</th></tr></thead><tbody><tr><td>${v}</td></tr></tbody></table>`),
    fc.array(inline, { minLength: 1, maxLength: 3 }).map((c) => `<div hidden>${c.join(' ')}</div>`),
    fc.constant('<div></div>'),
  ),
})).block;

describe('the ticker scan reads only some blocks without changing what it finds', () => {
  it.each(cases.map((c) => c.file))('on %s', (file) => {
    const doc = parseHtml(readFixture(file));
    expect(describeAll([doc.body], true)).toEqual(describeAll([doc.body], false));
  });

  it('on generated articles, with and without symbols marked elsewhere', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), fc.subarray(['GE', 'IBM', 'MSFT']), (blocks, marked) => {
        const doc = parseHtml(`<!doctype html><html><body><main>${blocks.join('')}</main></body></html>`);
        const main = doc.querySelector('main')!;
        expect(describeAll([main], true, marked)).toEqual(describeAll([main], false, marked));
      }),
      { numRuns: 1500 },
    );
  });

  it('still finds a bare mention in a block it first left out, once a later block marks the symbol', () => {
    const doc = parseHtml(
      '<main><p>Shares of IBM and GE rose.</p><div><p>Later: International Business Machines (NYSE:IBM) said so.</p></div></main>',
    );
    const found = findCandidates([doc.querySelector('main')!]).map((c) => `${c.text}|${c.form}`);
    expect(found).toEqual(['IBM|bare', 'NYSE:IBM|exchange-prefix']);
  });
});

describe('findTickers seeks bare mentions only of symbols the dataset proved', () => {
  const DATA = [
    company('AAPL', 'Apple Inc.', 'NASDAQ', { aliases: ['Apple'] }),
    company('SONY', 'Sony Group Corporation', 'NYSE', { formerSymbol: 'SNE' }),
    company('MSFT', 'Microsoft Corporation', 'NASDAQ'),
    company('GE', 'General Electric Company', 'NYSE'),
    company('BP', 'BP p.l.c.', 'LON'),
  ];

  /** What findTickers found before it looked twice: bare mentions of every marked symbol, one lookup. */
  async function everyBareAtOnce(roots: Element[], earlier: Map<string, string | null>): Promise<TickerMention[]> {
    const candidates = findCandidates(roots, { marked: earlier.keys() });
    const queries = candidateQueries(candidates);
    const bare = new Set(candidates.filter((c) => c.form === 'bare').map((c) => c.symbol));
    const extra = [...earlier].filter(([s]) => bare.has(s)).map(([symbol, exchange]) => ({ symbol, exchange }));
    const answers = await fakeResolver(DATA).resolve([...queries, ...extra]);
    const known = new Map<string, Company>();
    extra.forEach((q, i) => {
      const found = answers[queries.length + i];
      if (found) known.set(q.symbol, found);
    });
    return selectMentions(candidates, answers.slice(0, queries.length), known);
  }

  const describeMentions = (mentions: TickerMention[]) =>
    mentions.map((m) => `${m.candidate.text}@${m.candidate.start}:${m.candidate.node.data}|${m.candidate.form}|${m.company?.symbol ?? ''}`);

  it('highlights what asking about every marked symbol at once highlights, on generated articles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 6 }), fc.subarray(['GE', 'IBM', 'MSFT']), async (blocks, marked) => {
        const html = `<!doctype html><html><body><main>${blocks.join('')}</main></body></html>`;
        const earlier = new Map(marked.map((s) => [s, null] as [string, null]));
        const [a, b] = [parseHtml(html), parseHtml(html)];
        const now = await findTickers([a.querySelector('main')!], fakeResolver(DATA), { highlighted: earlier });
        expect(describeMentions(now)).toEqual(describeMentions(await everyBareAtOnce([b.querySelector('main')!], earlier)));
      }),
      { numRuns: 800 },
    );
  });

  it.each(cases.map((c) => c.file))('highlights the same on %s', async (file) => {
    const [a, b] = [parseHtml(readFixture(file)), parseHtml(readFixture(file))];
    const now = await findTickers([a.body], fakeResolver(DATA));
    expect(describeMentions(now)).toEqual(describeMentions(await everyBareAtOnce([b.body], new Map())));
  });

  it('never reads the paragraphs that only repeat an acronym the article put in brackets', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>GDP grew ${i} per cent, and GDP per head rose.</p>`).join('');
    const doc = parseHtml(
      `<main><p>Gross domestic product (GDP) is the measure. Apple Inc. (AAPL) reported.</p><p>AAPL rose.</p>${paragraphs}</main>`,
    );
    const reads = new Set<Element>();
    for (const p of doc.querySelectorAll('p')) {
      const text = p.firstChild as Text;
      const data = text.data;
      Object.defineProperty(text, 'data', { get: () => (reads.add(p), data) });
    }
    const mentions = await findTickers([doc.querySelector('main')!], fakeResolver(DATA));
    expect(mentions.map((m) => `${m.candidate.text}|${m.candidate.form}`)).toEqual(['AAPL|name-bracket', 'AAPL|bare']);
    // The paragraph with the marked forms and the one with bare AAPL; none of the 300 about GDP.
    expect(reads.size).toBe(2);
  });
});
