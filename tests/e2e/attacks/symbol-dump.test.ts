// Item 2 of the security review (#20): page text that froze or crashed the tab. One text node of 262 KB of
// ticker-like mentions froze Chromium 13 s (1 MB crashed the renderer); 100,000 ticker links froze Chromium
// 17 s and Firefox 89 s. The page's own script builds the attack (tests/e2e/pages/attack-symbol-dump.html),
// at load or after Clearfolio's first pass, and keeps a heartbeat (frames and timers): while Clearfolio
// processes the page it must keep beating (no gap near the freezes), the article's real tickers are
// highlighted, and nothing is wrapped inside the dump (a block of more than MAX_BLOCK_MENTIONS candidate
// mentions: wrapping there made the browser lay out the whole block again, about a second of thread time on
// 100,000 links, which session 10's build still did). Tasks under 50 ms are bench/bench-attack.ts's figure
// (Chrome traces); here the bound is loose on purpose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { sleep, startAttackServer, type AttackServer } from './harness.ts';

/**
 * The longest the page may go without a beat (wall time) after its own first two frames. Loose, so that a
 * loaded test machine does not fail it (the page's own painting of 100,000 links takes seconds of wall time at
 * load 14, and falls partly inside the watch): the freezes were 13-89 s, and 1 MB crashed the renderer.
 */
const MAX_GAP_MS = 5000;

/** The article's own mentions, highlighted whatever the dump holds. */
const ARTICLE = ['NASDAQ:AAPL', 'NASDAQ:MSFT', 'NYSE:IBM'];

interface Gaps {
  max: number;
  beats: number;
  stop: boolean;
}

describe.each<BrowserName>(['chromium', 'firefox'])('a page of thousands of ticker-like mentions in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let page: TestPage;

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['100,000 ticker links in one div', 'links=100000', ARTICLE],
    ['one text node of 1 MB of ticker-like mentions', 'kb=1024', ARTICLE],
    ['100,000 ticker links in one div, added after the first pass', 'links=100000&late', [...ARTICLE, 'NASDAQ:GOOGL']],
    ['20,000 ticker links added one at a time after the first pass', 'links=20000&late=each', [...ARTICLE, 'NASDAQ:GOOGL']],
  ])('item 2: %s keeps the page responsive and gets no wrapper', async (_, query, expected) => {
    // In front: a background tab (the extension's welcome tab can open after this one) gets timers once a second
    // and no frames in Firefox, and the heartbeat would measure that, not us.
    await page.bringToFront();
    await page.goto(`${server.url}/e2e/attack-symbol-dump.html?${query}`);
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article', 60_000);
    await page.evaluate((n: number) => void ((window as unknown as { __want: number }).__want = n), expected.length);
    await page.waitFor(
      () => document.querySelectorAll('clearfolio-ticker').length >= (window as unknown as { __want: number }).__want,
      60_000,
    );
    // Wrapping ends with one change to the page; the browser's layout after it comes with the next frame.
    await sleep(1000);
    const result = await page.evaluate(() => {
      const gaps = (window as unknown as { __gaps: Gaps }).__gaps;
      gaps.stop = true;
      return {
        maxGap: Math.round(gaps.max),
        beats: gaps.beats,
        inDump: document.querySelectorAll('#dump clearfolio-ticker').length,
        highlighted: [...document.querySelectorAll('clearfolio-ticker')].map((w) => w.textContent),
      };
    });
    console.log(`[attack dump] ${name} ${query}: ${JSON.stringify({ ...result, highlighted: result.highlighted.length })}`);
    expect(result.inDump).toBe(0);
    expect(result.highlighted).toEqual(expected);
    // The watch ran.
    expect(result.beats).toBeGreaterThan(0);
    expect(result.maxGap).toBeLessThan(MAX_GAP_MS);
  });
});
