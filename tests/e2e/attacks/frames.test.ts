// Items 1 and 6 of the security review (#20): the card frame must not give the page Firefox's per-install
// id (moz-extension://<UUID>, a supercookie the same on every site) nor a handle to itself. The page's script
// listens for every message, looks for the id in its own document and resource timings, and then tries to
// navigate any frame it can reach to a fake card of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { articleReady, CARD_PAGE, openCardByUser, sleep, startAttackServer, type AttackServer } from './harness.ts';

interface Heard {
  origin: string;
  data: string;
  fromFrame: boolean;
}

describe.each<BrowserName>(['chromium', 'firefox'])('card frame vs a hostile page in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let page: TestPage;

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openArticle(): Promise<void> {
    await page?.close().catch(() => undefined);
    page = await browser.newPage();
    await page.goto(`${server.url}/e2e/attack-article.html`);
    await articleReady(page, 3);
    await page.evaluate(() => {
      const heard: Heard[] = [];
      const handles: MessageEventSource[] = [];
      Object.assign(window, { __heard: heard, __handles: handles });
      addEventListener('message', (e) => {
        heard.push({ origin: e.origin, data: JSON.stringify(e.data) ?? '', fromFrame: !!e.source && e.source !== window });
        if (e.source && e.source !== window) handles.push(e.source);
      });
    });
  }

  it('item 1: the page hears nothing from the card and never sees the extension origin', async () => {
    await openArticle();
    // A scripted click first (what the review used), then a real one: neither may leak the id.
    await page.evaluate(() => (document.querySelector('clearfolio-ticker') as HTMLElement).click());
    await openCardByUser(page);
    await page.frameWaitFor(CARD_PAGE, () => document.querySelector('[role="dialog"]')?.textContent?.includes('Apple'), 15_000);
    await sleep(1000);
    const seen = await page.evaluate(() => ({
      heard: (window as unknown as { __heard: Heard[] }).__heard,
      resources: performance.getEntriesByType('resource').map((e) => e.name),
      markup: document.documentElement.outerHTML,
    }));
    console.log(`[attack frames] ${name}: heard ${JSON.stringify(seen.heard).slice(0, 300)}`);
    expect(seen.heard.filter((h) => /-extension:/.test(h.origin) || h.data.includes('clearfolio'))).toEqual([]);
    expect(seen.heard.filter((h) => h.fromFrame)).toEqual([]);
    expect(seen.resources.filter((r) => /-extension:/.test(r))).toEqual([]);
    expect(seen.markup).not.toMatch(/-extension:\/\//);
  });

  it('item 6: a frame the page navigates never shows inside the card', async () => {
    await openArticle();
    await openCardByUser(page);
    await sleep(500);
    const reached = await page.evaluate((away: string) => {
      const targets = new Set<Window>((window as unknown as { __handles: Window[] }).__handles);
      for (let i = 0; i < window.frames.length; i++) targets.add(window.frames[i] as Window);
      let n = 0;
      for (const w of targets) {
        try {
          w.location.href = away;
          n++;
        } catch {
          // not reachable
        }
      }
      return n;
    }, `${server.url}/e2e/attack-away.html`);
    await sleep(1500);
    const state = await page.evaluate(() => ({
      awayLoaded: (window as unknown as { __heard: Heard[] }).__heard.some((h) => h.data.includes('attack-away')),
      host: [...document.documentElement.children].some((el) => el.localName.startsWith('clearfolio-card')),
    }));
    console.log(`[attack frames] ${name}: frames reached ${reached}, fake page loaded ${state.awayLoaded}, card host ${state.host}`);
    // Either the page could not reach the frame at all, or the card closed as soon as its frame left the card page.
    expect(state.awayLoaded && state.host).toBe(false);
  });
});
