// A single-page news app in real Chromium and Firefox ESR: the content script runs once, and every move to
// another page (pushState, the back button) gets its own pass - highlights and hidden blocks of the page
// shown, nothing left behind from the page before, and a box that stays on every page never shown in between.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';
import { startPageServer, type PageServer } from './server.ts';

interface PageState {
  verdict: string | null;
  tickers: string[];
  hidden: string[];
  path: string;
}

function state(): PageState {
  return {
    verdict: document.documentElement.getAttribute('data-clearfolio'),
    tickers: [...document.querySelectorAll('clearfolio-ticker')].map((el) => el.getAttribute('data-clearfolio-ticker') ?? ''),
    hidden: [...document.querySelectorAll('[data-clearfolio-hidden]')].map((el) => el.id || el.className),
    path: location.pathname + location.search,
  };
}

describe.each<BrowserName>(['chromium', 'firefox'])('a single-page news app in %s', (name) => {
  let browser: TestBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('passes over each page the app moves to, and leaves nothing of the one before', { timeout: 60_000 }, async () => {
    const page: TestPage = await browser.newPage();
    await page.goto(`${server.url}/e2e/spa-news.html`);
    await page.waitFor(() => document.documentElement.hasAttribute('data-clearfolio'));
    expect((await page.evaluate(state)).verdict).toBe('skipped');
    // Which way the content script hears of pushState here: the Navigation API, or its poll where that is missing.
    console.log(`[navigation] ${name}: Navigation API ${await page.evaluate(() => 'navigation' in window)}`);
    // Records every time the sidebar box, on every page of the app, is shown again.
    await page.evaluate(() => {
      const w = window as unknown as { shownAgain: number };
      w.shownAgain = 0;
      const box = document.getElementById('sidebar-newsletter')!;
      new MutationObserver(() => {
        if (!box.hasAttribute('data-clearfolio-hidden')) w.shownAgain++;
      }).observe(box, { attributes: true, attributeFilter: ['data-clearfolio-hidden'] });
    });

    await page.click('#to-sony');
    await page.waitFor(() => document.querySelector('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]'));
    const sony = await page.evaluate(state);
    expect(sony).toMatchObject({
      verdict: 'article',
      tickers: ['NYSE:SNE', 'NASDAQ:FEYE'],
      hidden: ['sidebar-newsletter'],
      path: '/e2e/spa-news.html?story=sony',
    });

    await page.click('#to-apple');
    await page.waitFor(() => document.querySelector('clearfolio-ticker[data-clearfolio-ticker="NASDAQ:AAPL"]'));
    expect(await page.evaluate(state)).toMatchObject({
      verdict: 'article',
      tickers: ['NASDAQ:AAPL', 'CPH:NOVO B', ':TSCO'],
      hidden: ['sidebar-newsletter'],
    });
    // Through the background's lookup: a Nordic share class written with a space, and "Name (TICK)" whose name
    // picks the London company over the US one with the same symbol.
    const label = (attr: string) =>
      page.evaluate((a) => document.querySelector(`clearfolio-ticker[data-clearfolio-ticker="${a}"]`)?.getAttribute('aria-label'), attr);
    expect(await label('CPH:NOVO B')).toMatch(/^Novo Nordisk/);
    expect(await label(':TSCO')).toMatch(/^Tesco PLC, LON: TSCO/);

    // The back button: popstate, and the app renders the Sony story again.
    await page.evaluate(() => history.back());
    await page.waitFor(() => document.querySelector('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]'));
    expect(await page.evaluate(state)).toMatchObject({
      verdict: 'article',
      tickers: ['NYSE:SNE', 'NASDAQ:FEYE'],
      path: '/e2e/spa-news.html?story=sony',
    });

    // A ticker on the page the app moved to opens its card.
    await page.click('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]');
    await page.frameWaitFor('src/pages/card/frame.html', () => document.querySelector('h2')?.textContent === 'Sony Group Corporation');
    // The card may cover the app's links: close it as a reader would.
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('clearfolio-card'));

    await page.click('#to-home');
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'skipped');
    const home = await page.evaluate(state);
    expect(home).toMatchObject({ verdict: 'skipped', tickers: [], hidden: [], path: '/e2e/spa-news.html' });
    expect(await page.evaluate(() => !!document.querySelector('clearfolio-card, clearfolio-indicator'))).toBe(false);
    // Shown once: when the app reached its home page, which is not an article. Never between two stories.
    expect(await page.evaluate(() => (window as unknown as { shownAgain: number }).shownAgain)).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
