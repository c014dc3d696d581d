// Item 11 of the security review (#20): the quote provider's API key was kept in storage.local, which content
// scripts can read in Firefox (Chrome closes it to them with setAccessLevel). A content script runs next to
// every page, so whatever it can read, a page that finds a way into it can too. The key now lives in the
// background's own IndexedDB: no storage area a content script reads holds it, and the background hands it
// to the options page alone. A key stored the old way (an earlier version) moves there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { openExtensionControl, type ExtensionControl } from '../ext-storage.ts';
import { API_KEYS_KEY } from '../../../src/core/settings.ts';
import { sleep } from './harness.ts';

interface Area {
  get(keys?: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type ExtGlobal = {
  browser?: { storage: Record<string, Area | undefined>; runtime: { sendMessage(m: unknown): Promise<unknown> } };
  chrome: { storage: Record<string, Area | undefined>; runtime: { sendMessage(m: unknown): Promise<unknown> } };
};

const OLD_KEY = 'old-way-key-1f2e3d4c5b6a';
const NEW_KEY = 'options-key-9a8b7c6d5e4f';

/** Everything stored in the areas a content script can be given (local, sync, session), as one text. */
async function readableStorage(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as ExtGlobal;
    const ext = g.browser ?? g.chrome;
    const out: Record<string, unknown> = {};
    for (const area of ['local', 'sync', 'session']) out[area] = await ext.storage[area]?.get(null);
    return JSON.stringify(out);
  });
}

const send = (page: TestPage, msg: Record<string, unknown>) =>
  page.evaluate(async (m: Record<string, unknown>) => {
    const g = globalThis as unknown as ExtGlobal;
    return (g.browser ?? g.chrome).runtime.sendMessage(m);
  }, msg);

describe.each<BrowserName>(['chromium', 'firefox'])('the API key vs content scripts in %s', (name) => {
  let browser: TestBrowser;
  let control: ExtensionControl;

  beforeAll(async () => {
    browser = await launch(name);
    control = await openExtensionControl(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('item 11: a key stored the old way moves out of storage.local, and only the options page gets it back', async () => {
    await control.page.evaluate(
      async ({ key, value }: { key: string; value: unknown }) => {
        const g = globalThis as unknown as ExtGlobal;
        await (g.browser ?? g.chrome).storage.local!.set({ [key]: value });
      },
      { key: API_KEYS_KEY, value: { finnhub: OLD_KEY } },
    );
    let stored = await readableStorage(control.page);
    for (let i = 0; i < 50 && stored.includes(OLD_KEY); i++) {
      await sleep(100);
      stored = await readableStorage(control.page);
    }
    expect(stored).not.toContain(OLD_KEY);
    expect(await send(control.page, { type: 'apiKeys' })).toEqual({ keys: { finnhub: OLD_KEY } });
  });

  it('item 11: a key set in the options page is in no storage area a content script reads, and no other sender gets it', async () => {
    expect(await send(control.page, { type: 'setApiKey', provider: 'finnhub', key: NEW_KEY })).toEqual({ ok: true });
    expect(await readableStorage(control.page)).not.toContain(NEW_KEY);
    expect(await send(control.page, { type: 'apiKeys' })).toEqual({ keys: { finnhub: NEW_KEY } });
    // The background answers by the sender's URL: the popup (and so a content script, whose URL is the page's)
    // is refused.
    const popup = await browser.newPage();
    await popup.goto(browser.extensionUrl('src/pages/popup/index.html'));
    expect(await send(popup, { type: 'apiKeys' })).toEqual({ error: 'apiKeys: options page only' });
    expect(await send(popup, { type: 'setApiKey', provider: 'finnhub', key: 'x' })).toEqual({ error: 'setApiKey: options page only' });
    await popup.close();
    expect(await send(control.page, { type: 'apiKeys' })).toEqual({ keys: { finnhub: NEW_KEY } });
  });
});
