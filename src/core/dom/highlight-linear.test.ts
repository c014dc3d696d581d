// Wrapping and the scan steps it depends on stay linear in the text and the mentions: a hostile page with one
// text node of thousands of ticker-like runs, or tens of thousands of ticker elements, must not freeze the tab.
// Measured by counting operations (characters read from and written to text nodes, property reads of the
// matches), never by timing; the slope in a real browser is bench/bench-attack.ts.
import { describe, expect, it } from 'vitest';
import type { TickerMention } from '../types.ts';
import { findTickers } from '../tickers/find.ts';
import { dropOverlaps, findBare, type GrammarMatch } from '../tickers/grammar.ts';
import { company, fakeResolver, parseHtml } from '../tickers/test-support.ts';
import { MAX_WRAPS_PER_NODE, MAX_WRAPS_PER_PASS, unwrapAll, wrapMentions } from './highlight.ts';

const DATA = [company('AAPL', 'Apple Inc.', 'NASDAQ'), company('IBM', 'International Business Machines Corporation', 'NYSE')];

/** Characters moved through text nodes (data read or written, text nodes made or split) while `fn` runs. */
function charactersMoved(doc: Document, fn: () => void): number {
  const text = doc.createTextNode('');
  let proto: object | null = Object.getPrototypeOf(text);
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'data')) proto = Object.getPrototypeOf(proto);
  const desc = Object.getOwnPropertyDescriptor(proto!, 'data')!;
  const textProto = Object.getPrototypeOf(text) as Text;
  const split = textProto.splitText;
  const create = doc.createTextNode;
  let moved = 0;
  Object.defineProperty(proto!, 'data', {
    ...desc,
    get(this: Text) {
      const v = desc.get!.call(this) as string;
      moved += v.length;
      return v;
    },
    set(this: Text, v: string) {
      moved += v.length;
      desc.set!.call(this, v);
    },
  });
  textProto.splitText = function (this: Text, offset: number) {
    moved += desc.get!.call(this).length;
    return split.call(this, offset);
  };
  doc.createTextNode = function (this: Document, data: string) {
    moved += data.length;
    return create.call(this, data);
  };
  try {
    fn();
  } finally {
    Object.defineProperty(proto!, 'data', desc);
    textProto.splitText = split;
    doc.createTextNode = create;
  }
  return moved;
}

/** One text node of `n` exchange-prefixed mentions. */
async function oneNodePage(n: number) {
  const doc = parseHtml(`<!doctype html><body><article><p>${'Shares (NYSE:IBM) and $AAPL rose. '.repeat(n)}</p></article></body>`);
  const mentions = await findTickers([doc.body], fakeResolver(DATA));
  return { doc, mentions };
}

describe('wrapping is linear', () => {
  it('moves each character of a text node a bounded number of times, however many mentions it holds', async () => {
    const moved: number[] = [];
    for (const n of [20, 40]) {
      const { doc, mentions } = await oneNodePage(n);
      const length = doc.body.textContent!.length;
      moved.push(charactersMoved(doc, () => wrapMentions(doc, mentions)) / length);
    }
    // Per character of text, the same small number at both sizes; splitting from the end, as before, read
    // the rest of the node again for every mention (40 mentions: twice the work per character of 20).
    expect(moved[0]).toBeLessThan(4);
    expect(moved[1]! / moved[0]!).toBeLessThan(1.2);
  });

  it('caps wrappers per text node and per pass, keeping the text and unwrapping exactly', async () => {
    const { doc, mentions } = await oneNodePage(MAX_WRAPS_PER_NODE);
    expect(mentions).toHaveLength(2 * MAX_WRAPS_PER_NODE);
    const before = doc.body.textContent;
    const p = doc.querySelector('p')!.firstChild;
    expect(wrapMentions(doc, mentions)).toHaveLength(MAX_WRAPS_PER_NODE);
    expect(doc.body.textContent).toBe(before);
    unwrapAll(doc.body);
    expect(doc.querySelector('p')!.childNodes).toHaveLength(1);
    expect(doc.querySelector('p')!.firstChild).toBe(p);

    // In paragraphs of ten: one block of more than MAX_BLOCK_MENTIONS is a symbol dump, which gives no mentions.
    const many = parseHtml(
      `<!doctype html><body>${`<p>${'<span>$AAPL</span> '.repeat(10)}</p>`.repeat(MAX_WRAPS_PER_PASS / 10 + 1)}</body>`,
    );
    const all = await findTickers([many.body], fakeResolver(DATA));
    expect(all.length).toBeGreaterThan(MAX_WRAPS_PER_PASS);
    expect(wrapMentions(many, all as TickerMention[])).toHaveLength(MAX_WRAPS_PER_PASS);
  });
});

/** Matches whose `start`/`end` reads are counted. */
function counted(list: GrammarMatch[]): { list: GrammarMatch[]; reads: () => number } {
  let reads = 0;
  const handler: ProxyHandler<GrammarMatch> = {
    get(t, k, r) {
      if (k === 'start' || k === 'end') reads++;
      return Reflect.get(t, k, r) as unknown;
    },
  };
  return { list: list.map((m) => new Proxy(m, handler)), reads: () => reads };
}

const spaced = (n: number, form: GrammarMatch['form']): GrammarMatch[] =>
  Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 6, symbol: 'AAPL', exchange: null, form }));

describe('overlap checks are a sweep, not every pair', () => {
  it('dropOverlaps reads each match a bounded number of times', () => {
    const perMatch = [1000, 4000].map((n) => {
      const { list, reads } = counted([...spaced(n, 'cashtag'), ...spaced(n, 'bare')]);
      expect(dropOverlaps(list)).toHaveLength(n);
      return reads() / (2 * n);
    });
    // Sorting adds a log factor to the reads; comparing every pair would multiply them by four.
    expect(perMatch[1]! / perMatch[0]!).toBeLessThan(1.5);
  });

  it('findBare checks the taken spans in one sweep', () => {
    const perMatch = [1000, 4000].map((n) => {
      const text = 'AAPL rose. '.repeat(n);
      const { list, reads } = counted(
        Array.from({ length: n }, (_, i) => ({ ...spaced(1, 'cashtag')[0]!, start: i * 11 + 5, end: i * 11 + 9 })),
      );
      expect(findBare(text, new Set(['AAPL']), list)).toHaveLength(n);
      return reads() / n;
    });
    expect(perMatch[1]! / perMatch[0]!).toBeLessThan(1.2);
  });
});
