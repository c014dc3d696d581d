// #19 "Hide this too" in real browsers with real mouse input: the popup's request starts the picker, the pointer
// points at a link inside a block no rule knows, the wheel widens the pick to the block, a click takes it (the
// link is not followed); the block is hidden as "user" and its selector kept for the site in storage.local.
// A reload hides it again at once, and late content matching it is hidden as it arrives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';
import { openExtensionControl, type ExtensionControl } from './ext-storage.ts';
import { sleep, startAttackServer, type AttackServer } from './attacks/harness.ts';

type Ext = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } } };

const picker = () => [...document.documentElement.children].some((el) => el.localName.startsWith('clearfolio-picker'));

describe.each<BrowserName>(['chromium', 'firefox'])('hide this too in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let control: ExtensionControl;
  let page: TestPage;
  const url = () => `${server.url}/e2e/hide-too.html`;

  const storedSites = () =>
    control.page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      return ((await (g.browser ?? g.chrome).storage.local.get('sites')) as Record<string, unknown>).sites ?? null;
    });

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
    control = await openExtensionControl(browser);
    await control.resetSettings();
    await control.page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      await (g.browser ?? g.chrome).storage.local.remove('sites');
    });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await control?.page
      .evaluate(async () => {
        const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
        await (g.browser ?? g.chrome).storage.local.remove('sites');
      })
      .catch(() => undefined);
    await control?.resetSettings().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('picks with the real mouse, widens with the wheel, hides and remembers the block; a reload hides it again', async () => {
    await page.goto(url());
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    expect(await page.evaluate(() => document.querySelector('.reader-poll')!.hasAttribute('data-clearfolio-hidden'))).toBe(false);
    await page.bringToFront();
    expect(await control.sendToTab(url(), { type: 'pickHide' })).toEqual({ ok: true });
    await page.waitFor(picker);
    const at = await page.evaluate(() => {
      const r = document.querySelector('.poll-link')!.getBoundingClientRect();
      return { x: Math.round(r.left + Math.min(20, r.width / 2)), y: Math.round(r.top + r.height / 2) };
    });
    await page.mouseMove(at.x, at.y);
    // The link alone first; one wheel turn up widens the pick to the poll around it.
    await sleep(200);
    await page.mouseWheel(-120);
    await sleep(200);
    await page.mouseClick(at.x, at.y);
    await page.waitFor(() => document.querySelector('.reader-poll')?.getAttribute('data-clearfolio-hidden') === 'user', 10_000);
    const after = await page.evaluate(() => ({
      path: location.pathname,
      link: document.querySelector('.poll-link')!.hasAttribute('data-clearfolio-hidden'),
    }));
    // The click was the pick's, not the link's.
    expect(after.path).toBe('/e2e/hide-too.html');
    expect(after.link).toBe(false);
    let stored: unknown = null;
    for (let i = 0; i < 40 && !stored; i++) {
      stored = await storedSites();
      if (!stored) await sleep(100);
    }
    console.log(`[hide-too] ${name}: stored ${JSON.stringify(stored)}`);
    expect(stored).toEqual({ '127.0.0.1': { noteDismissed: false, notClutter: [], hide: ['div.reader-poll'] } });

    await page.reload();
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    expect(await page.evaluate(() => document.querySelector('.reader-poll')!.getAttribute('data-clearfolio-hidden'))).toBe('user');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reader-poll')!).display)).toBe('none');
  });

  it('late content that the stored pick names is hidden as it arrives', async () => {
    await page.goto(`${url()}?late=1`);
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await page.waitFor(() => document.getElementById('late-poll')?.getAttribute('data-clearfolio-hidden') === 'user', 10_000);
    const report = (await control.sendToTab(`${url()}?late=1`, { type: 'report' })) as { hidden: Record<string, number> };
    expect(report.hidden.user).toBe(2);
  });
});
