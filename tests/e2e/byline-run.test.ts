// #15 in real browsers: an affiliate disclosure that closes a byline line is hidden alone (its sentences wrapped in
// <clearfolio-run data-clearfolio-hidden>), the author and the date stay on screen, and switching the site off gives
// back the page exactly as served (the wrapper gone, the split text node joined again).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';
import { openExtensionControl, type ExtensionControl } from './ext-storage.ts';
import { startAttackServer, type AttackServer } from './attacks/harness.ts';

describe.each<BrowserName>(['chromium', 'firefox'])('a disclosure closing a byline in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let control: ExtensionControl;
  let page: TestPage;
  const url = () => `${server.url}/e2e/byline-disclosure.html`;

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

  it('hides the disclosure sentences only, and restores the page exactly when the site is switched off', async () => {
    await page.goto(url());
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await page.waitFor(() => !!document.querySelector('clearfolio-run[data-clearfolio-hidden]'));
    const on = await page.evaluate(() => {
      const run = document.querySelector('clearfolio-run')!;
      const line = document.querySelector('.entry-meta')!;
      return {
        kind: run.getAttribute('data-clearfolio-hidden'),
        runText: run.textContent!.trim(),
        runShown: run.checkVisibility(),
        inLine: run.parentElement === line,
        authorShown: line.querySelector('[rel="author"]')!.checkVisibility(),
        dateShown: line.querySelector('time')!.checkVisibility(),
        hidden: document.querySelectorAll('[data-clearfolio-hidden]').length,
      };
    });
    expect(on).toEqual({
      kind: 'affiliate-disclosure',
      runText: 'This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.',
      runShown: false,
      inLine: true,
      authorShown: true,
      dateShown: true,
      hidden: 1,
    });

    await control.setSettings({ neverRun: ['127.0.0.1'] });
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'skipped');
    const off = await page.evaluate(async () => {
      const original = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const line = document.querySelector('.entry-meta')!;
      return {
        runs: document.querySelectorAll('clearfolio-run').length,
        bodySame: document.body.outerHTML === original.body.outerHTML,
        lineNodes: line.childNodes.length === original.querySelector('.entry-meta')!.childNodes.length,
      };
    });
    expect(off).toEqual({ runs: 0, bodySame: true, lineNodes: true });
    await control.setSettings({ neverRun: [] });
    expect(page.errors).toEqual([]);
  });
});
