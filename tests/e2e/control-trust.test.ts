// #19 "Control and trust" in real browsers: the toolbar badge counts the blocks the tab hid, and a page's
// script cannot drive the page-side choices that change what is stored for the site ("Not clutter?",
// dismissing the note): its clicks are not trusted, so storage.local stays as it was and the blocks stay hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';
import { openExtensionControl, type ExtensionControl } from './ext-storage.ts';
import { articleReady, sleep, startAttackServer, type AttackServer } from './attacks/harness.ts';

type Ext = {
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

describe.each<BrowserName>(['chromium', 'firefox'])('control and trust in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let control: ExtensionControl;
  let page: TestPage;
  const url = () => `${server.url}/fixtures/valuewalk-sony-hack.html`;

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
    control = await openExtensionControl(browser);
    await control.resetSettings();
    page = await browser.newPage();
    await page.goto(url());
    await articleReady(page, 3);
    await page.waitFor(() => !!document.querySelector('clearfolio-indicator'));
  });
  afterAll(async () => {
    await control?.resetSettings().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('the toolbar badge shows the number of blocks hidden on the tab', async () => {
    const hidden = await page.evaluate(() => document.querySelectorAll('[data-clearfolio-hidden]').length);
    const tabId = await control.tabIdFor(url());
    const badge = await control.page.evaluate(async (id: number) => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      return (g.browser ?? g.chrome).action.getBadgeText({ tabId: id });
    }, tabId);
    console.log(`[control] ${name}: hidden ${hidden}, badge "${badge}"`);
    expect(hidden).toBeGreaterThan(0);
    expect(badge).toBe(String(hidden));
  });

  it("a page's script cannot mark a block as not clutter nor dismiss the note", async () => {
    await control.sendToTab(url(), { type: 'showHidden', show: true });
    const before = await page.evaluate(() => document.querySelectorAll('[data-clearfolio-hidden]').length);
    await page.evaluate(async () => {
      const host = document.querySelector('clearfolio-indicator') as HTMLElement;
      for (let round = 0; round < 3; round++) {
        host.click();
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        for (const el of document.querySelectorAll<HTMLElement>('[data-clearfolio-hidden]')) {
          el.click();
          el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await sleep(800);
    const stored = await control.page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      return ((await (g.browser ?? g.chrome).storage.local.get('sites')) as Record<string, unknown>).sites ?? null;
    });
    const after = await page.evaluate(() => document.querySelectorAll('[data-clearfolio-hidden]').length);
    const note = await page.evaluate(() => getComputedStyle(document.querySelector('clearfolio-indicator')!).display);
    console.log(`[control] ${name}: stored ${JSON.stringify(stored)}, hidden ${before} -> ${after}, note ${note}`);
    expect(stored).toBeNull();
    expect(after).toBe(before);
    expect(note).not.toBe('none');
  });
});
