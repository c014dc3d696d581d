// Item 9 of the security review (#20): how easily a page tells that Clearfolio is installed. The contract keeps
// data-clearfolio on <html> ("skipped" on pages that are not articles or where the site is switched off), but
// pages Clearfolio did not change get no injected stylesheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { openExtensionControl, type ExtensionControl } from '../ext-storage.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_PAGE, READER_PAGE, startAttackServer, type AttackServer } from './harness.ts';

/** Runs in the page: can a <script> element load `url`? ('error' when the browser refuses the resource.) */
function probeResource(url: string): Promise<'load' | 'error'> {
  return new Promise((done) => {
    const s = document.createElement('script');
    s.onload = () => done('load');
    s.onerror = () => done('error');
    s.src = url;
    document.head.append(s);
  });
}

/** Runs in the page: does any style of Clearfolio's apply to elements carrying its attributes? */
function probeStyles(): { hiddenDisplay: string; tickerCursor: string } {
  const probe = document.createElement('div');
  probe.setAttribute('data-clearfolio-hidden', 'sponsored');
  probe.textContent = 'probe';
  const ticker = document.createElement('clearfolio-ticker');
  ticker.textContent = 'AAPL';
  document.body.append(probe, ticker);
  const out = { hiddenDisplay: getComputedStyle(probe).display, tickerCursor: getComputedStyle(ticker).cursor };
  probe.remove();
  ticker.remove();
  return out;
}

describe.each<BrowserName>(['chromium', 'firefox'])('detecting Clearfolio from a page in %s', (name) => {
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
    await control?.resetSettings().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('item 9: a page that knows the id cannot load the card or reader page at it in Chromium (use_dynamic_url); the loader chunks stay', async () => {
    await page.goto(`${server.url}/e2e/attack-article.html?probe`);
    const war = JSON.parse(readFileSync(join(buildDir(name), 'manifest.json'), 'utf8')).web_accessible_resources as {
      resources: string[];
    }[];
    const chunk = war.flatMap((w) => w.resources).find((r) => r.endsWith('.js'))!;
    const probe = async (path: string) => page.evaluate(probeResource, browser.extensionUrl(path));
    if (name === 'chromium') {
      // The frames are served only at a per-session dynamic id; the content script's module chunks, which
      // crxjs's loader imports by runtime.getURL, stay at the fixed id (they would break otherwise).
      expect(await probe(CARD_PAGE)).toBe('error');
      expect(await probe(READER_PAGE)).toBe('error');
      expect(await probe(chunk)).toBe('load');
    } else {
      // Firefox has no dynamic id: its moz-extension UUID is per install and random, and the page never learns
      // it (item 1); one that did could load the web-accessible files.
      expect(await probe(chunk)).toBe('load');
    }
  });

  it('item 9: a page that is not an article sees no stylesheet of Clearfolio', async () => {
    await page.goto(`${server.url}/e2e/attack-plain.html`);
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'skipped');
    const styles = await page.evaluate(probeStyles);
    console.log(`[attack detect] ${name}: skipped page ${JSON.stringify(styles)}`);
    expect(styles).toEqual({ hiddenDisplay: 'block', tickerCursor: 'auto' });
  });

  it('item 9: a site switched off sees no stylesheet of Clearfolio', async () => {
    await control.setSettings({ neverRun: ['127.0.0.1'] });
    try {
      await page.goto(`${server.url}/e2e/attack-article.html`);
      await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'skipped');
      const styles = await page.evaluate(probeStyles);
      console.log(`[attack detect] ${name}: switched-off site ${JSON.stringify(styles)}`);
      expect(styles).toEqual({ hiddenDisplay: 'block', tickerCursor: 'auto' });
    } finally {
      await control.resetSettings();
    }
  });
});
