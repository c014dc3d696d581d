// Items 4 and 8 of the security review (#20): the reader view. It runs in an extension frame, so every image it
// loads is requested from the extension's origin: Firefox then sends `Origin: moz-extension://<UUID>` (the
// per-install id) to the image host, and images the page never loaded (lazy ones) are fetched for the first
// time. And a link in the article navigated the full-screen frame itself to the page's choice of document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { openExtensionControl, type ExtensionControl } from '../ext-storage.ts';
import { articleReady, READER_PAGE, sleep, startAttackServer, type AttackServer } from './harness.ts';

describe.each<BrowserName>(['chromium', 'firefox'])('reader view vs a hostile page in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let control: ExtensionControl;
  let page: TestPage;
  let url: string;

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
    control = await openExtensionControl(browser);
    await control.resetSettings();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openReader(): Promise<void> {
    await page?.close().catch(() => undefined);
    page = await browser.newPage();
    url = `${server.url}/e2e/attack-article.html?visit=${Math.random().toString(36).slice(2)}`;
    await page.goto(url);
    await articleReady(page, 3);
    await page.waitFor(() => (document.getElementById('eager') as HTMLImageElement).complete);
    await page.bringToFront();
    expect(await control.sendToTab(url, { type: 'toggleReader' })).toEqual({ open: true });
    await page.frameWaitFor(
      READER_PAGE,
      () => !!document.querySelector('clearfolio-reader')?.shadowRoot?.querySelector('.content p'),
      15_000,
    );
  }

  it('item 4: loads only images the page loaded, and never sends the extension origin', async () => {
    server.log.length = 0;
    await openReader();
    await sleep(1500);
    const images = await page.frameEvaluate(READER_PAGE, () =>
      [...(document.querySelector('clearfolio-reader')?.shadowRoot?.querySelectorAll('img') ?? [])].map((i) => i.getAttribute('src') ?? ''),
    );
    const imageRequests = server.log.filter((r) => r.path.startsWith('/img/'));
    console.log(
      `[attack reader] ${name}: reader images ${JSON.stringify(images.map((s) => s.slice(0, 60)))}; requests ${JSON.stringify(imageRequests)}`,
    );
    expect(server.log.filter((r) => /-extension:/.test(`${r.origin} ${r.referer}`))).toEqual([]);
    expect(imageRequests.filter((r) => r.path.includes('lazy'))).toEqual([]);
    // The image the page showed is still in the reader.
    expect(images.some((s) => s.includes('eager') || s.startsWith('data:') || s.startsWith('blob:'))).toBe(true);
  });

  it('item 8: a link in the reader opens outside the reader frame', async () => {
    await openReader();
    const link = await page.frameEvaluate(READER_PAGE, () => {
      const a = document
        .querySelector('clearfolio-reader')
        ?.shadowRoot?.querySelector('a[href*="attack-away"]') as HTMLAnchorElement | null;
      a?.click();
      return a ? { target: a.target, rel: a.rel } : null;
    });
    await sleep(1500);
    // The reader frame still shows the reader page.
    const still = await page.frameEvaluate(READER_PAGE, () => location.pathname).catch(() => null);
    console.log(`[attack reader] ${name}: link ${JSON.stringify(link)}, reader frame after click ${still}`);
    expect(link).not.toBeNull();
    expect(still).toContain('reader/frame.html');
  });
});
