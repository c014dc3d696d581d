// Item 7 of the security review (#20): a page that defines Clearfolio's element names as custom elements of its
// own. Its constructors keep each element's ElementInternals, which reach a "closed" shadow root attached later
// (and with it the card frame's address: the per-install id and the hand-off token), and attach roots of their
// own first, which made Clearfolio's attachShadow throw. Clearfolio must still work and show the page nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { articleReady, CARD_PAGE, openCardByUser, sleep, startAttackServer, type AttackServer } from './harness.ts';

describe.each<BrowserName>(['chromium', 'firefox'])('page-defined clearfolio-* elements in %s', (name) => {
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

  it('item 7: the card still opens and no closed root or frame address reaches the page', async () => {
    await page.goto(`${server.url}/e2e/attack-custom-elements.html`);
    await articleReady(page, 3);
    await openCardByUser(page);
    await page.frameWaitFor(CARD_PAGE, () => document.querySelector('[role="dialog"]')?.textContent?.includes('Apple'), 15_000);
    await sleep(500);
    const leaked = await page.evaluate(() => {
      const out: string[] = [];
      for (const [tag, internals] of (window as unknown as { __internals: [string, ElementInternals][] }).__internals) {
        const root = internals.shadowRoot;
        if (!root) continue;
        for (const f of root.querySelectorAll('iframe')) out.push(`${tag}: ${f.src}`);
        if (root.querySelector('*') && !root.querySelector('iframe')) out.push(`${tag}: ${root.innerHTML.slice(0, 80)}`);
      }
      return out;
    });
    console.log(`[attack ce] ${name}: ${JSON.stringify(leaked)}`);
    expect(leaked).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
