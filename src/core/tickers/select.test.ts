import { describe, expect, it } from 'vitest';
import type { Company, LookupQuery } from '../types.ts';
import { findCandidates } from './scan.ts';
import { candidateQueries, selectMentions } from './select.ts';
import { findTickers } from './find.ts';
import { noteHighlighted } from './highlighted.ts';
import { company, fakeResolver, parseHtml } from './test-support.ts';

const DATA: Company[] = [
  company('SONY', 'Sony Group Corporation', 'NYSE', { formerSymbol: 'SNE' }),
  company('AAPL', 'Apple Inc.', 'NASDAQ', { aliases: ['Apple'] }),
  company('NOW', 'ServiceNow, Inc.', 'NYSE'),
  company('MU', 'Micron Technology, Inc.', 'NASDAQ'),
  company('AI', 'C3.ai, Inc.', 'NYSE'),
  company('EPS', 'WisdomTree U.S. LargeCap Fund', 'NYSEARCA'),
  company('ITV', 'ITV plc', 'LON'),
  company('TD', 'Toronto-Dominion Bank', 'TSX'),
  company('BP', 'BP p.l.c.', 'LON'),
  company('IBM', 'International Business Machines Corporation', 'NYSE'),
];
const resolver = () => fakeResolver(DATA);

async function highlighted(html: string): Promise<string[]> {
  const doc = parseHtml(`<!doctype html><body>${html}</body>`);
  const mentions = await findTickers([doc.body], resolver());
  return mentions.map((m) => `${m.candidate.text}${m.company ? '' : ' (unverified)'}`);
}

describe('selectMentions', () => {
  it('keeps an exchange-prefixed mention missing from the dataset, marked unverified', async () => {
    expect(await highlighted('<p>Nestlé S.A. (OTCQX: NSRGY) slipped and Sony (NYSE:SNE) rose.</p>')).toEqual([
      'OTCQX: NSRGY (unverified)',
      'NYSE:SNE',
    ]);
  });

  it('drops an unverified prefix mention that spells a common word', async () => {
    expect(await highlighted('<h2>NASDAQ: UP 2% AS TECH RALLIES</h2>')).toEqual([]);
  });

  it('drops cashtags, suffixes and brackets missing from the dataset', async () => {
    expect(await highlighted('<p>$ZZZZ rose, ZZZZ.L fell and Zed Corp (ZZZZ) was flat; so was <a href="/quote/ZZZ">ZZZ</a>.</p>')).toEqual(
      [],
    );
  });

  it('accepts "Name (TICK)" only when the name is the company\'s', async () => {
    const text =
      '<p>Apple Inc. (AAPL) and ServiceNow (NOW) rose, Micron Technology ($MU) too. Artificial Intelligence (AI) ' +
      'helped; the CEO (CEO) said core earnings per share (EPS) would rise.</p>';
    expect(await highlighted(text)).toEqual(['AAPL', 'NOW', '$MU']);
  });

  it('highlights a bare symbol only after the page marked it, with that company', async () => {
    const doc = parseHtml('<h1>IBM lifts outlook</h1><p>International Business Machines Corp. (NYSE:IBM) rose. AAPL fell.</p>');
    const mentions = await findTickers([doc.body], resolver());
    expect(mentions.map((m) => [m.candidate.text, m.candidate.form, m.candidate.exchange, m.company?.name])).toEqual([
      ['IBM', 'bare', null, 'International Business Machines Corporation'],
      ['NYSE:IBM', 'exchange-prefix', 'NYSE', 'International Business Machines Corporation'],
    ]);
  });

  it('never highlights a bare company name or a possessive, even when the page marks the symbol', async () => {
    const text = "<p>ITV (LON:ITV) said ITV would cut costs. TD (TSX:TD) rose; TD's provisions fell. BP (BP.L) and BP rose.</p>";
    expect(await highlighted(text)).toEqual(['LON:ITV', 'TSX:TD', 'BP.L']);
    // The same bare TD outside the name position is a ticker.
    expect(await highlighted('<p>Toronto-Dominion (TSX:TD) rose, and TD gained again on Friday.</p>')).toEqual(['TSX:TD', 'TD']);
  });

  it('does not let a rejected bracket introduce a bare symbol', async () => {
    expect(await highlighted('<p>Artificial Intelligence (AI) is everywhere; AI spending rose.</p>')).toEqual([]);
  });

  it('asks each distinct lookup once, in one batch, and nothing for bare symbols', async () => {
    const doc = parseHtml('<p>Apple (AAPL) and $AAPL and NASDAQ:AAPL and AAPL and $AAPL again</p>');
    const r = resolver();
    await findTickers([doc.body], r);
    const asked = [
      { symbol: 'AAPL', exchange: null, name: 'Apple' },
      { symbol: 'AAPL', exchange: null },
      { symbol: 'AAPL', exchange: 'NASDAQ' },
    ];
    expect(r.asked).toEqual([asked]);
    expect(candidateQueries(findCandidates([doc.body]))).toEqual(asked);
  });

  it('asks "Name (NYSE: TICK)" with the name too, so an undated page names the holder it means', async () => {
    const doc = parseHtml('<p>Sprint Corp. (NYSE: S) lost customers; NYSE: S fell.</p>');
    expect(candidateQueries(findCandidates([doc.body]))).toEqual([
      { symbol: 'S', exchange: 'NYSE', name: 'Sprint Corp.' },
      { symbol: 'S', exchange: 'NYSE' },
    ]);
  });

  it('asks "Name (TICK)" with the name, so each company written with one symbol gets its own answer', async () => {
    const doc = parseHtml('<p>Tesco (TSCO) fell in London while Tractor Supply (TSCO) rose; Tesco (TSCO) later recovered.</p>');
    const tesco = { symbol: 'TSCO', name: 'Tesco PLC', mic: 'XLON', exchange: 'LON' };
    const tractor = { symbol: 'TSCO', name: 'Tractor Supply Company', mic: 'XNGS', exchange: 'NASDAQ' };
    const asked: LookupQuery[][] = [];
    // The dataset matches the end of the words before the bracket against its names (dataset.test.ts).
    const r = {
      resolve: async (qs: readonly LookupQuery[]) => (asked.push([...qs]), qs.map((q) => (q.name?.endsWith('Tesco') ? tesco : tractor))),
    };
    const mentions = await findTickers([doc.body], r);
    expect(asked).toEqual([
      [
        { symbol: 'TSCO', exchange: null, name: 'Tesco' },
        { symbol: 'TSCO', exchange: null, name: 'fell in London while Tractor Supply' },
        { symbol: 'TSCO', exchange: null, name: 'London while Tractor Supply rose; Tesco' },
      ],
    ]);
    expect(mentions.map((m) => m.company?.name)).toEqual(['Tesco PLC', 'Tractor Supply Company', 'Tesco PLC']);
  });

  it('maps answers by query, not by candidate position', () => {
    const doc = parseHtml('<p>$AAPL, $NOPE and $AAPL</p>');
    const cands = findCandidates([doc.body]);
    const apple = DATA[1]!;
    const mentions = selectMentions(cands, [apple, null]);
    expect(mentions.map((m) => [m.candidate.text, m.company?.symbol])).toEqual([
      ['$AAPL', 'AAPL'],
      ['$AAPL', 'AAPL'],
    ]);
  });
});

describe('findTickers on late content', () => {
  it('counts symbols already highlighted in the article as marked', async () => {
    const doc = parseHtml(
      '<article><p>Sony Corp (<clearfolio-ticker data-clearfolio-ticker="NYSE:SNE">NYSE:SNE</clearfolio-ticker>) fell.</p><div id="late"><p>SNE and AAPL later</p></div></article>',
    );
    const r = resolver();
    const mentions = await findTickers([doc.getElementById('late')!], r, { context: [doc.querySelector('article')!] });
    expect(mentions.map((m) => [m.candidate.text, m.company?.name])).toEqual([['SNE', 'Sony Group Corporation']]);
    expect(r.asked).toEqual([[{ symbol: 'SNE', exchange: 'NYSE' }]]);
  });

  it('reads earlier highlights from a map the caller keeps, with the answer reading the page gives', async () => {
    const doc = parseHtml(
      '<article><p>Sony Corp (<clearfolio-ticker data-clearfolio-ticker="NYSE:SNE">NYSE:SNE</clearfolio-ticker>) fell.</p><div id="late"><p>SNE and AAPL later</p></div></article>',
    );
    const kept = new Map<string, string | null>();
    noteHighlighted(kept, 'SNE');
    noteHighlighted(kept, 'NYSE:SNE');
    noteHighlighted(kept, 'SNE');
    expect([...kept]).toEqual([['SNE', 'NYSE']]);
    const byMap = resolver();
    // The context is left out on purpose: the map alone must say SNE was highlighted.
    const mentions = await findTickers([doc.getElementById('late')!], byMap, { highlighted: kept });
    expect(mentions.map((m) => [m.candidate.text, m.company?.name])).toEqual([['SNE', 'Sony Group Corporation']]);
    expect(byMap.asked).toEqual([[{ symbol: 'SNE', exchange: 'NYSE' }]]);
  });

  it('asks nothing when there is no candidate', async () => {
    const doc = parseHtml('<p>Nothing to see here.</p>');
    const r = resolver();
    expect(await findTickers([doc.body], r)).toEqual([]);
    expect(r.asked).toEqual([]);
  });
});
