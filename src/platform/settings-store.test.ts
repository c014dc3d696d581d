import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../vite.config.ts';
import { API_KEYS_KEY } from '../core/settings.ts';
import { createFakeBrowser } from '../pages/shared/fake-browser.ts';
import { originsFor, QUOTE_PROVIDERS } from '../core/quote-providers.ts';
import { loadApiKeys, loadSettings, saveApiKey } from './settings-store.ts';

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
});
