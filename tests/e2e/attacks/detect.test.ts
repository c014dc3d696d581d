// Item 9 of the security review (#20): how easily a page tells that Clearfolio is installed. The contract keeps
// data-clearfolio on <html> ("skipped" on pages that are not articles or where the site is switched off), but
// pages Clearfolio did not change get no injected stylesheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { openExtensionControl, type ExtensionControl } from '../ext-storage.ts';
import { startAttackServer, type AttackServer } from './harness.ts';

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
