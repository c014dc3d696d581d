import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TickerMention } from '../types.ts';
import { findTickers } from '../tickers/find.ts';
import { company, fakeResolver, parseHtml } from '../tickers/test-support.ts';
import { defaultLabel, primaryWrapper, unwrapAll, wrapMentions, wrapWalk, wrappedMention } from './highlight.ts';

const DATA = [
  company('SONY', 'Sony Group Corporation', 'NYSE', { formerSymbol: 'SNE' }),
  company('6758', 'Sony Group Corporation', 'TYO'),
  company('AAPL', 'Apple Inc.', 'NASDAQ'),
  company('IBM', 'International Business Machines Corporation', 'NYSE'),
];

async function setup(html: string) {
  const doc = parseHtml(`<!doctype html><body>${html}</body>`);
  const mentions = await findTickers([doc.body], fakeResolver(DATA));
  return { doc, mentions };
}

function textNodes(root: Node): [Text, string][] {
  const out: [Text, string][] = [];
  const w = root.ownerDocument!.createTreeWalker(root, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push([n as Text, (n as Text).data]);
  return out;
}

describe('wrapMentions', () => {
  it('remembers the mention of each wrapper, also when a mention in between could not be wrapped', async () => {
    const { doc, mentions } = await setup(
      '<p>Sony (NYSE:SNE) rose.</p><p id="b">Apple (NASDAQ:AAPL) fell.</p><p>IBM (NYSE:IBM) was flat.</p>',
    );
    expect(mentions.map((m) => m.candidate.symbol)).toEqual(['SNE', 'AAPL', 'IBM']);
    // The page rewrote the middle paragraph after the scan.
    (doc.getElementById('b')!.firstChild as Text).data = 'Apple was not traded.';
    const wrappers = wrapMentions(doc, mentions);
    expect(wrappers.map((w) => w.textContent)).toEqual(['NYSE:SNE', 'NYSE:IBM']);
    expect(wrappers.map((w) => wrappedMention(w)?.company?.symbol)).toEqual(['SONY', 'IBM']);
    expect(wrappedMention(doc.body)).toBeNull();
  });

  it('wraps the exact text with the contract attributes, inside the link', async () => {
    const { doc, mentions } = await setup(
      '<p>Sony Corp (ADR) (<a href="/stock/SNE/">NYSE:SNE</a>) (<a href="/stock/6758-T/">TYO:6758</a>) and XYZ Corp (NYSE: XYZW)</p>',
    );
    const wrappers = wrapMentions(doc, mentions);
    expect(wrappers.map((w) => [w.localName, w.textContent, w.getAttribute('data-clearfolio-ticker'), w.parentElement!.localName])).toEqual(
      [
        ['clearfolio-ticker', 'NYSE:SNE', 'NYSE:SNE', 'a'],
        ['clearfolio-ticker', 'TYO:6758', 'TYO:6758', 'a'],
        ['clearfolio-ticker', 'NYSE: XYZW', 'NYSE:XYZW', 'p'],
      ],
    );
    const [sony, , unknown] = wrappers;
    expect(sony!.getAttribute('tabindex')).toBe('0');
    expect(sony!.getAttribute('role')).toBe('button');
    expect(sony!.getAttribute('aria-label')).toBe('Sony Group Corporation, NYSE: SNE - show company card');
    expect(sony!.hasAttribute('data-clearfolio-verified')).toBe(false);
    expect(unknown!.getAttribute('data-clearfolio-verified')).toBe('false');
    expect(unknown!.getAttribute('aria-label')).toMatch(/^NYSE: XYZW, not in Clearfolio's data/);
    // The links keep their address and now hold the wrapper.
    expect([...doc.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.children.length])).toEqual([
      ['/stock/SNE/', 1],
      ['/stock/6758-T/', 1],
    ]);
  });

  it('wraps a mention across elements one run per text node, inside the link, with one tab stop', async () => {
    const { doc, mentions } = await setup(
      '<p>Apple (<span>NASDAQ:\u00a0<a href="/quote/AAPL">AAPL</a></span>\u00a0<a class="w">\u00a0</a>) rose</p>',
    );
    const before = doc.body.textContent;
    const nodes = textNodes(doc.body);
    const wrappers = wrapMentions(doc, mentions);
    expect(wrappers).toHaveLength(1);
    const all = [...doc.querySelectorAll('clearfolio-ticker')];
    expect(
      all.map((w) => [w.textContent, w.parentElement!.localName, w.getAttribute('tabindex'), w.getAttribute('data-clearfolio-ticker')]),
    ).toEqual([
      ['NASDAQ:\u00a0', 'span', '0', 'NASDAQ:AAPL'],
      ['AAPL', 'a', '-1', 'NASDAQ:AAPL'],
    ]);
    expect(primaryWrapper(all[1]!)).toBe(wrappers[0]);
    expect(wrappedMention(all[1]!)).toBe(wrappedMention(wrappers[0]!));
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('/quote/AAPL');
    expect(doc.body.textContent).toBe(before);
    unwrapAll(doc.body);
    expect(textNodes(doc.body)).toEqual(nodes);
  });

  it('wraps several mentions of one text node, keeps the text and unwraps to the very same nodes', async () => {
    const { doc, mentions } = await setup('<h1>IBM lifts outlook</h1><p>IBM (NYSE:IBM) and $AAPL rose; IBM led, $AAPL lagged.</p>');
    const before = doc.body.textContent;
    const nodes = textNodes(doc.body);
    const wrappers = wrapMentions(doc, mentions);
    expect(wrappers.map((w) => w.textContent)).toEqual(['IBM', 'NYSE:IBM', '$AAPL', 'IBM', '$AAPL']);
    expect(wrappers.map((w) => w.getAttribute('data-clearfolio-ticker'))).toEqual([':IBM', 'NYSE:IBM', ':AAPL', ':IBM', ':AAPL']);
    expect(doc.body.textContent).toBe(before);
    unwrapAll(doc.body);
    expect(doc.querySelector('clearfolio-ticker')).toBeNull();
    expect(textNodes(doc.body)).toEqual(nodes);
  });

  it('restores text nodes that start or end with the mention', async () => {
    const { doc, mentions } = await setup('<p><b>$AAPL</b> rose</p><p>Shares of <i>NYSE:IBM</i></p>');
    const nodes = textNodes(doc.body);
    expect(wrapMentions(doc, mentions)).toHaveLength(2);
    unwrapAll(doc.body);
    expect(textNodes(doc.body)).toEqual(nodes);
  });

  it('never merges text nodes it did not split', async () => {
    const { doc, mentions } = await setup('<p id="p">rose</p>');
    const p = doc.getElementById('p')!;
    p.insertBefore(doc.createTextNode('Shares of '), p.firstChild);
    p.insertBefore(doc.createTextNode('$AAPL'), p.childNodes[1]!);
    p.insertBefore(doc.createTextNode(' '), p.childNodes[2]!);
    const nodes = textNodes(p);
    const again = await findTickers([doc.body], fakeResolver(DATA));
    expect(mentions).toEqual([]);
    expect(wrapMentions(doc, again)).toHaveLength(1);
    unwrapAll(doc.body);
    expect(textNodes(p)).toEqual(nodes);
  });

  it('is idempotent: a second pass finds and wraps nothing new', async () => {
    const { doc, mentions } = await setup('<p>Apple (AAPL) rose; NYSE:IBM fell; IBM again.</p>');
    wrapMentions(doc, mentions);
    const html = doc.body.innerHTML;
    const second = await findTickers([doc.body], fakeResolver(DATA));
    expect(second).toEqual([]);
    // Wrapping the old mentions again is refused too.
    expect(wrapMentions(doc, mentions)).toEqual([]);
    expect(doc.body.innerHTML).toBe(html);
  });

  it('skips a mention whose text changed since the scan', async () => {
    const { doc, mentions } = await setup('<p>Buy $AAPL now</p>');
    mentions[0]!.candidate.node.data = 'Buy $MSFT now';
    expect(wrapMentions(doc, mentions)).toEqual([]);
    expect(doc.querySelector('clearfolio-ticker')).toBeNull();
  });

  it('accepts a localised label', async () => {
    const { doc, mentions } = await setup('<p>$AAPL</p>');
    const [w] = wrapMentions(doc, mentions, { label: (m: TickerMention) => `Firmenkarte: ${m.company?.name}` });
    expect(w!.getAttribute('aria-label')).toBe('Firmenkarte: Apple Inc.');
  });

  it('labels a cashtag with the company listing', async () => {
    const { mentions } = await setup('<p>$AAPL</p>');
    expect(defaultLabel(mentions[0]!)).toBe('Apple Inc., NASDAQ: AAPL - show company card');
  });
});

describe('wrapWalk', () => {
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p id="p${i}">Apple (NASDAQ:AAPL) and IBM (NYSE:IBM) rose.</p>`);

  it('changes the page only in its last step, however many pauses it makes (one layout, not one per slice)', async () => {
    const { doc, mentions } = await setup(paragraphs(100).join(''));
    const before = doc.body.innerHTML;
    const walk = wrapWalk(doc, mentions);
    let pauses = 0;
    let step = walk.next(false);
    for (; !step.done; step = walk.next(false)) {
      pauses++;
      expect(doc.body.innerHTML).toBe(before);
    }
    expect(pauses).toBeGreaterThan(1);
    // The same page as wrapping it straight through.
    const other = await setup(paragraphs(100).join(''));
    wrapMentions(other.doc, other.mentions);
    expect(doc.body.innerHTML).toBe(other.doc.body.innerHTML);
    expect(step.value).toHaveLength(200);
    expect(doc.querySelectorAll('clearfolio-ticker')).toHaveLength(200);
  });

  it('checks every node again when the page ran in a pause: changed text is wrapped as it is now, or left alone', async () => {
    const { doc, mentions } = await setup(paragraphs(100).join(''));
    const walk = wrapWalk(doc, mentions);
    walk.next(false);
    // The page ran: it rewrote the first paragraph's tail, and the second's mention.
    (doc.getElementById('p0')!.firstChild as Text).data = 'Apple (NASDAQ:AAPL) and IBM (NYSE:IBM) fell sharply.';
    (doc.getElementById('p1')!.firstChild as Text).data = 'Apple (NASDAQ:AAPL) and IBM were flat.';
    let step = walk.next(true);
    while (!step.done) step = walk.next(false);
    expect(doc.getElementById('p0')!.textContent).toBe('Apple (NASDAQ:AAPL) and IBM (NYSE:IBM) fell sharply.');
    expect([...doc.getElementById('p0')!.querySelectorAll('clearfolio-ticker')].map((w) => w.textContent)).toEqual([
      'NASDAQ:AAPL',
      'NYSE:IBM',
    ]);
    expect(doc.getElementById('p1')!.textContent).toBe('Apple (NASDAQ:AAPL) and IBM were flat.');
    expect([...doc.getElementById('p1')!.querySelectorAll('clearfolio-ticker')].map((w) => w.textContent)).toEqual(['NASDAQ:AAPL']);
    expect(step.value).toHaveLength(199);
    unwrapAll(doc.body);
    expect(doc.querySelectorAll('p')[1]!.childNodes).toHaveLength(1);
  });
});

describe('wrap / unwrap round trip (property)', () => {
  const pieces = [
    'Apple (AAPL)',
    '$AAPL',
    'NYSE:IBM',
    'IBM',
    ' ',
    'rose',
    '.',
    '$5',
    'U.S.',
    '<b>NYSE:IBM</b>',
    '<a href="/quote/IBM">IBM</a>',
    '<br>',
    '(',
    ')',
  ];

  it('keeps the text and restores every original text node, for any mix of mentions and markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), async (parts) => {
        const { doc, mentions } = await setup(`<p>${parts.join('')}</p><p>${[...parts].reverse().join('')}</p>`);
        const before = doc.body.textContent;
        const nodes = textNodes(doc.body);
        const wrappers = wrapMentions(doc, mentions);
        expect(wrappers).toHaveLength(mentions.length);
        expect(doc.body.textContent).toBe(before);
        const pieces = [...doc.querySelectorAll('clearfolio-ticker')];
        const textOf = (m: TickerMention) =>
          pieces
            .filter((p) => wrappedMention(p) === m)
            .map((p) => p.textContent)
            .join('');
        expect(wrappers.every((w, i) => wrappedMention(w) === mentions[i] && textOf(mentions[i]!) === mentions[i]!.candidate.text)).toBe(
          true,
        );
        unwrapAll(doc.body);
        expect(textNodes(doc.body)).toEqual(nodes);
      }),
      { numRuns: 60 },
    );
  });
});
