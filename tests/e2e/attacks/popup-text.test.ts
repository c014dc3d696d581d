// Item 10 of the security review (#20): the popup lists the page's tickers. The page can rewrite a highlight's
// text and attributes after Clearfolio made it, so what the popup shows must come from Clearfolio's own
// resolution (company and symbol), never from the page's DOM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { openExtensionControl, type ExtensionControl } from '../ext-storage.ts';
import { articleReady, startAttackServer, type AttackServer } from './harness.ts';

const LURE = 'Call 555-0100 to verify your account';

describe.each<BrowserName>(['chromium', 'firefox'])('popup list vs a hostile page in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let control: ExtensionControl;
  let page: TestPage;

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
    control = await openExtensionControl(browser);
    await control.resetSettings();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('item 10: the tab report carries no text the page wrote into the highlights', async () => {
    const url = `${server.url}/e2e/attack-article.html?popup`;
    await page.goto(url);
    await articleReady(page, 3);
    await page.evaluate((lure: string) => {
      for (const w of document.querySelectorAll('clearfolio-ticker')) {
        w.setAttribute('data-clearfolio-ticker', lure);
        w.append(document.createElement('b'));
        w.lastElementChild!.textContent = lure;
      }
    }, LURE);
    await new Promise((r) => setTimeout(r, 300));
    const report = (await control.sendToTab(url, { type: 'report' })) as { tickers: Record<string, unknown>[] };
    console.log(`[attack popup] ${name}: ${JSON.stringify(report.tickers).slice(0, 300)}`);
    expect(report.tickers.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(report.tickers)).not.toContain('555-0100');
    expect(report.tickers.map((t) => t.attr)).toEqual(expect.arrayContaining(['NASDAQ:AAPL', 'NYSE:IBM']));
  });
});
