// #19 "Hide this too" vs a hostile page: while the element picker waits for the user, the page's own script
// dispatches every event the picker listens to (pointer moves, wheel turns, Arrow keys, clicks, Enter) at a block
// and at the article. None of them is trusted, so nothing is picked, hidden or stored, and the picker still
// waits; the user's real Escape ends it. The page cannot reach the picker's UI either (a closed shadow root).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { openExtensionControl, type ExtensionControl } from '../ext-storage.ts';
import { sleep, startAttackServer, type AttackServer } from './harness.ts';

type Ext = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } } };

const pickerHost = () => [...document.documentElement.children].find((el) => el.localName.startsWith('clearfolio-picker')) ?? null;

describe.each<BrowserName>(['chromium', 'firefox'])('element picker vs a hostile page in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let control: ExtensionControl;
  let page: TestPage;
  const url = () => `${server.url}/e2e/hide-too.html`;

  const clearSites = () =>
    control.page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      await (g.browser ?? g.chrome).storage.local.remove('sites');
    });

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
    control = await openExtensionControl(browser);
    await control.resetSettings();
    await clearSites();
  });
  afterAll(async () => {
    await clearSites().catch(() => undefined);
    await control?.resetSettings().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it("synthetic events neither pick nor confirm nor widen; the picker's UI is closed to the page; a real Esc cancels", async () => {
    page = await browser.newPage();
    await page.goto(url());
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    expect(await control.sendToTab(url(), { type: 'pickHide' })).toEqual({ ok: true });
    await page.waitFor(() => [...document.documentElement.children].some((el) => el.localName.startsWith('clearfolio-picker')));
    const attack = await page.evaluate(async () => {
      const host = [...document.documentElement.children].find((el) => el.localName.startsWith('clearfolio-picker')) as HTMLElement;
      // Not the poll's link: a scripted click on a link follows it (the page can navigate itself anyway).
      const targets = [
        document.querySelector('.reader-poll p')!,
        document.querySelector('.reader-poll')!,
        document.querySelector('article')!,
      ];
      for (let round = 0; round < 3; round++) {
        for (const el of targets) {
          const r = el.getBoundingClientRect();
          const at = { clientX: r.left + 5, clientY: r.top + 5, bubbles: true, cancelable: true, composed: true };
          el.dispatchEvent(new MouseEvent('mousemove', at));
          el.dispatchEvent(new PointerEvent('pointermove', at));
          el.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -120 }));
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
          el.dispatchEvent(new PointerEvent('pointerdown', at));
          el.dispatchEvent(new MouseEvent('mousedown', at));
          el.dispatchEvent(new MouseEvent('mouseup', at));
          el.dispatchEvent(new MouseEvent('click', at));
          (el as HTMLElement).click();
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      // The picker's own UI: the page sees a host with no open root, and hiding the host is undone.
      host.style.setProperty('display', 'none', 'important');
      await new Promise((r) => setTimeout(r, 200));
      return { root: host.shadowRoot !== null, display: getComputedStyle(host).display };
    });
    await sleep(800);
    const state = await page.evaluate(() => ({
      hidden: [...document.querySelectorAll('[data-clearfolio-hidden]')].map((el) => el.localName + '.' + el.className),
      path: location.pathname,
      picking: [...document.documentElement.children].some((el) => el.localName.startsWith('clearfolio-picker')),
    }));
    const stored = await control.page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      return ((await (g.browser ?? g.chrome).storage.local.get('sites')) as Record<string, unknown>).sites ?? null;
    });
    console.log(`[attack picker] ${name}: ${JSON.stringify({ attack, state, stored })}`);
    expect(attack.root).toBe(false);
    expect(attack.display).not.toBe('none');
    expect(state.hidden).toEqual([]);
    expect(stored).toBeNull();
    // Still waiting for the user.
    expect(state.path).toBe('/e2e/hide-too.html');
    expect(state.picking).toBe(true);
    await page.bringToFront();
    await page.press('Escape');
    await page.waitFor(() => ![...document.documentElement.children].some((el) => el.localName.startsWith('clearfolio-picker')), 5_000);
    expect(await page.evaluate(pickerHost)).toBeNull();
  });
});
