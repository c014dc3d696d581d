// The dataset as the built extension ships it (compact shards, gzipped descriptions; scripts/data/vite-assets.ts),
// asked through the background in real Chromium and Firefox ESR: the answers are the ones the JSON files give in
// Node, and a card's description inflates from its gzipped shard.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupQuery } from '../../src/core/types.ts';
import { summaryShard } from '../../src/core/resolve/data-format.ts';
import { realDataset, repoPath } from '../../src/cli/node-dataset.ts';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';

/** Several shards at once, a rename into another shard (SNE -> SONY), history, a Hong Kong spelling, a miss. */
const QUERIES: LookupQuery[] = [
  { symbol: 'SNE', exchange: 'NYSE' },
  { symbol: '6758', exchange: 'TYO' },
  { symbol: 'FEYE', exchange: 'NASDAQ' },
  { symbol: 'FB', exchange: null },
  { symbol: '00700', exchange: null },
  { symbol: 'TSCO', exchange: null, name: 'Tesco' },
  { symbol: 'S', exchange: 'NYSE', date: '2015-03-01' },
  { symbol: 'ZZZQX', exchange: null },
];

type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

describe.each<BrowserName>(['chromium', 'firefox'])('shipped dataset in %s', (name) => {
  let browser: TestBrowser;
  let page: TestPage;
  const ask = (msg: unknown) =>
    page.evaluate((m: unknown) => {
      const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      return (g.browser ?? g.chrome).runtime.sendMessage(m);
    }, msg);

  beforeAll(async () => {
    browser = await launch(name);
    page = await browser.newPage();
    await page.goto(browser.extensionUrl('src/pages/options/index.html'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('answers lookups as the JSON files do', async () => {
    const reply = (await ask({ type: 'lookup', queries: QUERIES })) as { companies: unknown[] };
    expect(reply.companies).toEqual(JSON.parse(JSON.stringify(realDataset().lookupMany(QUERIES))));
    expect(reply.companies[0]).toMatchObject({ symbol: 'SONY', formerSymbol: 'SNE' });
  }, 60_000);

  it("inflates a card's description from its gzipped shard", async () => {
    const shard = JSON.parse(readFileSync(repoPath('src/data/summaries', `${summaryShard('XTKS', '6758')}.json`), 'utf8')) as Record<
      string,
      string
    >;
    const reply = (await ask({ type: 'details', symbol: '6758', mic: 'XTKS' })) as { summary: string | null };
    expect(reply.summary).toBe(shard['XTKS:6758']);
    expect(reply.summary).toMatch(/^Sony Group Corporation/);
  }, 60_000);
});
