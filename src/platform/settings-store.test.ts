import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../vite.config.ts';
import { API_KEYS_KEY, DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../core/settings.ts';
import { createFakeBrowser } from '../pages/shared/fake-browser.ts';
import { originsFor, QUOTE_PROVIDERS } from '../core/quote-providers.ts';
import { loadApiKeys, loadSettings, saveApiKey, saveSettings, updateSettings } from './settings-store.ts';

describe('settings-store', () => {
  it('asks only for origins the built manifest declares as optional host permissions', () => {
    const declared = new Set((manifestFor('chrome') as { optional_host_permissions?: string[] }).optional_host_permissions);
    const asked = Object.values(QUOTE_PROVIDERS).flatMap((p) => p.origins);
    expect(asked.every((o) => declared.has(o))).toBe(true);
    expect(new Set(asked)).toEqual(declared);
  });

  it('a base URL override asks for its own origin instead of the provider hosts', () => {
    expect(originsFor('finnhub', '')).toEqual(['https://finnhub.io/*']);
    expect(originsFor('finnhub', 'http://127.0.0.1:8787/finnhub/')).toEqual(['http://127.0.0.1:8787/*']);
  });

  it('API keys go to the background by message, never to a storage area; an empty key removes the entry', async () => {
    const fake = createFakeBrowser();
    await saveApiKey(fake, 'fmp', '  abc123  ');
    await saveApiKey(fake, 'finnhub', 'xyz');
    expect(await loadApiKeys(fake)).toEqual({ fmp: 'abc123', finnhub: 'xyz' });
    await saveApiKey(fake, 'fmp', '');
    expect(fake.apiKeys).toEqual({ finnhub: 'xyz' });
    expect(fake.storage.local.data[API_KEYS_KEY]).toBeUndefined();
    expect(fake.storage.sync.writes).toEqual([]);
  });

  it('unreadable storage gives defaults plus a notice, not an exception', async () => {
    const fake = createFakeBrowser();
    fake.storage.sync.get = () => Promise.reject(new Error('QUOTA_BYTES exceeded'));
    const parsed = await loadSettings(fake);
    expect(parsed.settings.clean).toBe(true);
    expect(parsed.notices).toEqual(['Settings could not be read (QUOTA_BYTES exceeded); defaults are shown.']);
  });

  it('updateSettings changes one part of the stored settings in storage.sync and keeps the rest as stored now', async () => {
    const fake = createFakeBrowser();
    const stored: Settings = { ...structuredClone(DEFAULT_SETTINGS), neverRun: ['example.com'] };
    await saveSettings(fake, stored);
    const reader = { fontSize: 22, width: 760, theme: 'sepia' } as const;
    await updateSettings(fake, (s) => ({ ...s, reader }));
    expect((await loadSettings(fake)).settings).toEqual({ ...stored, reader });
    expect((fake.storage.sync.data[SETTINGS_KEY] as Settings).reader).toEqual(reader);
  });

  it("the reader's theme defaults to following the system, and a stored choice is kept", async () => {
    const fake = createFakeBrowser();
    expect((await loadSettings(fake)).settings.reader.theme).toBe('auto');
    await updateSettings(fake, (s) => ({ ...s, reader: { ...s.reader, theme: 'dark' } }));
    expect((await loadSettings(fake)).settings.reader.theme).toBe('dark');
  });
});
