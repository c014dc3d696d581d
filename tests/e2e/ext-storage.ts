// Reaches the extension from the outside, the way its own pages do: an extension page (the options page,
// kept open in its own tab) runs storage and tabs calls for the tests. It works the same in Chromium and
// Firefox and needs no driver-specific access to the background. Writing storage.sync here is exactly what
// the options page and the popup do, so the content scripts see an ordinary settings change.
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/core/settings.ts';
import type { TestBrowser, TestPage } from './browsers.ts';

export interface SettingsPatch extends Partial<Omit<Settings, 'kinds' | 'quotes' | 'reader'>> {
  kinds?: Partial<Settings['kinds']>;
  quotes?: Partial<Settings['quotes']>;
  reader?: Partial<Settings['reader']>;
}

/** The defaults with `patch` applied one level deep (kinds, quotes and reader are merged, not replaced). */
export function settingsWith(patch: SettingsPatch = {}): Settings {
  const d = structuredClone(DEFAULT_SETTINGS);
  return {
    ...d,
    ...patch,
    kinds: { ...d.kinds, ...patch.kinds },
    quotes: { ...d.quotes, ...patch.quotes },
    reader: { ...d.reader, ...patch.reader },
  };
}

/** The few WebExtension calls used here; `browser` in Firefox, `chrome` (promise-returning in MV3) in Chromium. */
interface ExtApi {
  storage: {
    sync: {
      get(k: string): Promise<Record<string, unknown>>;
      set(v: Record<string, unknown>): Promise<void>;
      remove(k: string): Promise<void>;
    };
    session: { clear(): Promise<void> };
  };
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number }[]>; sendMessage(id: number, msg: unknown): Promise<unknown> };
}
type ExtGlobal = { browser?: ExtApi; chrome: ExtApi };

export interface ExtensionControl {
  /** The extension page the calls run in. */
  readonly page: TestPage;
  getSettings(): Promise<unknown>;
  /** Writes the whole settings object (the defaults plus `patch`) to storage.sync. */
  setSettings(patch?: SettingsPatch): Promise<void>;
  /** Removes the stored settings: the extension falls back to its defaults. */
  resetSettings(): Promise<void>;
  /** Empties storage.session, where the background keeps its last good quotes. */
  clearSession(): Promise<void>;
  /** The id of the tab whose content script reports `url` (no tabs permission needed to find it). */
  tabIdFor(url: string): Promise<number>;
  /** tabs.sendMessage to the tab showing `url`, as the popup does. */
  sendToTab(url: string, msg: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

/** Opens the options page in a new tab to run extension calls from. */
export async function openExtensionControl(browser: TestBrowser): Promise<ExtensionControl> {
  const page = await browser.newPage();
  await page.goto(browser.extensionUrl('src/pages/options/index.html'));
  await page.waitFor(
    () => !!(globalThis as unknown as Partial<ExtGlobal>).chrome?.storage || !!(globalThis as unknown as ExtGlobal).browser,
  );

  const tabIdFor = async (url: string): Promise<number> => {
    const id = await page.evaluate(async (target: string) => {
      const g = globalThis as unknown as ExtGlobal;
      const ext = g.browser ?? g.chrome;
      const tabs = await ext.tabs.query({});
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        const reply = (await Promise.resolve(ext.tabs.sendMessage(tab.id, { type: 'report' })).catch(() => null)) as {
          url?: unknown;
        } | null;
        if (reply && reply.url === target) return tab.id;
      }
      return -1;
    }, url);
    if (id < 0) throw new Error(`no tab with a Clearfolio content script reports ${url}`);
    return id;
  };

  return {
    page,
    getSettings: () =>
      page.evaluate(async (key: string) => {
        const g = globalThis as unknown as ExtGlobal;
        return ((await (g.browser ?? g.chrome).storage.sync.get(key)) as Record<string, unknown>)[key];
      }, SETTINGS_KEY),
    setSettings: (patch) =>
      page.evaluate(
        async ({ key, value }: { key: string; value: Settings }) => {
          const g = globalThis as unknown as ExtGlobal;
          await (g.browser ?? g.chrome).storage.sync.set({ [key]: value });
        },
        { key: SETTINGS_KEY, value: settingsWith(patch) },
      ),
    resetSettings: () =>
      page.evaluate(async (key: string) => {
        const g = globalThis as unknown as ExtGlobal;
        await (g.browser ?? g.chrome).storage.sync.remove(key);
      }, SETTINGS_KEY),
    clearSession: () =>
      page.evaluate(async () => {
        const g = globalThis as unknown as ExtGlobal;
        await (g.browser ?? g.chrome).storage.session.clear();
      }),
    tabIdFor,
    sendToTab: async (url, msg) => {
      const id = await tabIdFor(url);
      return page.evaluate(
        async ({ tabId, message }: { tabId: number; message: Record<string, unknown> }) => {
          const g = globalThis as unknown as ExtGlobal;
          return (g.browser ?? g.chrome).tabs.sendMessage(tabId, message);
        },
        { tabId: id, message: msg },
      );
    },
    close: () => page.close(),
  };
}
