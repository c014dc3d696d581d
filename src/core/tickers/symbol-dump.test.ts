// The symbol-dump rule (scan.ts MAX_BLOCK_MENTIONS): a block holding more candidate mentions than any prose a
// reader reads gives none, so the page is never changed inside it (issue #20 item 2: a div of 100,000 ticker
// links, one text node of thousands of cashtags). Examples it must match (no mentions) and must not (every one
// kept), beside the code; the ceiling comes from bench/block-mentions.ts (at most 12 in one block on real pages).
import { describe, expect, it } from 'vitest';
import { findTickers } from './find.ts';
import { findCandidates, MAX_BLOCK_MENTIONS } from './scan.ts';
import { company, fakeResolver, parseHtml } from './test-support.ts';

const DATA = [
  company('AAPL', 'Apple Inc.', 'NASDAQ'),
  company('IBM', 'International Business Machines Corporation', 'NYSE'),
  company('MSFT', 'Microsoft Corporation', 'NASDAQ'),
];
const page = (body: string) => parseHtml(`<!doctype html><html><body><article>${body}</article></body></html>`);
const candidates = (body: string) => findCandidates([page(body).body]).map((c) => c.text);
const mentions = async (body: string) => (await findTickers([page(body).body], fakeResolver(DATA))).map((m) => m.candidate.text);
const link = '<a href="/quote/AAPL">AAPL</a> ';
const N = MAX_BLOCK_MENTIONS;

describe('a block of more than MAX_BLOCK_MENTIONS candidate mentions is a symbol dump: none of them counts', () => {
  it('must match: one paragraph of cashtags, one text node of 34 KB, one div of quote links', () => {
    expect(candidates(`<p>${'$AAPL '.repeat(N + 1)}</p>`)).toEqual([]);
    expect(candidates(`<p>${'Shares (NYSE:IBM) and $AAPL rose. '.repeat(1_000)}</p>`)).toEqual([]);
    expect(candidates(`<div>${link.repeat(N + 1)}</div>`)).toEqual([]);
    expect(candidates(`<div>${link.repeat(5_000)}</div>`)).toEqual([]);
  });

  it('must match: a block read in pieces (hundreds of text nodes each) counts as one', () => {
    // Six text nodes per mention: the block is read in pieces of 512 nodes, each under the cap, together over it.
    const unit = `${link}<b>up</b> <b>x</b> `;
    expect(candidates(`<div>${unit.repeat(N + 1)}</div>`)).toEqual([]);
    expect(candidates(`<div>${unit.repeat(N)}</div>`)).toHaveLength(N);
  });

  it('must match: bare mentions count too, and then the marked mention of the block goes as well', async () => {
    const dump = `<p>Apple (NASDAQ: AAPL) ${'AAPL, '.repeat(N)}</p>`;
    expect(await mentions(`<p>Apple (NASDAQ: AAPL) rose.</p>${dump}<p>AAPL fell.</p>`)).toEqual(['NASDAQ: AAPL', 'AAPL']);
    expect(await mentions(dump)).toEqual([]);
  });

  it('must match: a dump proves no symbol, so its symbols are not sought bare elsewhere', () => {
    expect(candidates(`<div>${'$MSFT '.repeat(N + 1)}</div><p>MSFT rose.</p>`)).toEqual([]);
  });

  it('must not match: exactly MAX_BLOCK_MENTIONS in one block, a dense real paragraph, one mention per paragraph', async () => {
    expect(candidates(`<p>${'$AAPL '.repeat(N)}</p>`)).toHaveLength(N);
    const dense =
      '<p>Gainers: Apple (NASDAQ: AAPL), Microsoft (NASDAQ: MSFT) and IBM (NYSE: IBM); laggards: $AAPL, $MSFT, $IBM. ' +
      'Of the 30 Dow stocks, IBM (NYSE: IBM) led and Apple (NASDAQ: AAPL) trailed; AAPL and MSFT closed flat.</p>';
    expect(await mentions(dense)).toHaveLength(10);
    expect(candidates(`<p>Apple (NASDAQ: AAPL) rose.</p>`.repeat(N + 50))).toHaveLength(N + 50);
  });

  it('must not match: a ticker table (each cell is its own block), and prose after a dump or inside it', () => {
    const rows = Array.from({ length: N + 50 }, () => '<tr><td>AAPL</td><td>Apple</td></tr>').join('');
    expect(candidates(`<table><thead><tr><th>Ticker</th><th>Name</th></tr></thead><tbody>${rows}</tbody></table>`)).toHaveLength(N + 50);
    expect(
      candidates(`<div>${link.repeat(N + 1)}<p>Apple (NASDAQ: AAPL) rose.</p>${link.repeat(5)}</div><p>Shares of $MSFT fell.</p>`),
    ).toEqual(['NASDAQ: AAPL', '$MSFT']);
  });
});
