// The reader's keyboard shortcut in real Chromium and Firefox ESR: the browser binds the manifest's suggested
// key (Chromium left Alt+Shift+R "Not set"), and the options page shows the key the browser has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser } from './browsers.ts';

describe.each<BrowserName>(['chromium', 'firefox'])('reader shortcut in %s', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is bound by the browser and shown as bound on the options page', async () => {
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('src/pages/options/index.html'));
    const bound = await page.evaluate(async () => {
      type Commands = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
      const g = globalThis as unknown as { browser?: Commands; chrome: Commands };
      const all = await (g.browser ?? g.chrome).commands.getAll();
      return all.find((c) => c.name === 'toggle-reader')?.shortcut ?? null;
    });
    expect(bound).toBe('Alt+Shift+L');
    await page.waitFor(() => !!document.querySelector('.shortcut-keys'));
    const shown = await page.evaluate(() => document.querySelector('.shortcut-keys')!.textContent);
    expect(shown).toBe('Keyboard shortcut: Alt+Shift+L');
    expect(page.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
