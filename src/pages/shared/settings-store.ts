// Reading and writing Clearfolio's settings from extension pages. Settings live in storage.sync; API keys
// live in storage.local only, so a key typed on one machine is never copied to the user's other browsers.
import { API_KEYS_KEY, parseSettings, SETTINGS_KEY, type ParsedSettings, type ProviderId, type Settings } from '../../core/settings.ts';
import type { ExtApi } from './ext.ts';

export type ApiKeys = Partial<Record<ProviderId, string>>;

export async function loadSettings(ext: Pick<ExtApi, 'storage'>): Promise<ParsedSettings> {
  try {
    const stored = await ext.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch (e) {
    const parsed = parseSettings(undefined);
    parsed.notices.push(`Settings could not be read (${e instanceof Error ? e.message : String(e)}); defaults are shown.`);
    return parsed;
  }
}

export async function saveSettings(ext: Pick<ExtApi, 'storage'>, settings: Settings): Promise<void> {
  await ext.storage.sync.set({ [SETTINGS_KEY]: settings });
}

export async function loadApiKeys(ext: Pick<ExtApi, 'storage'>): Promise<ApiKeys> {
  const stored = (await ext.storage.local.get(API_KEYS_KEY))[API_KEYS_KEY];
  if (typeof stored !== 'object' || stored === null) return {};
  const out: ApiKeys = {};
  for (const [k, v] of Object.entries(stored)) if (typeof v === 'string') out[k as ProviderId] = v;
  return out;
}

export async function saveApiKey(ext: Pick<ExtApi, 'storage'>, provider: ProviderId, key: string): Promise<void> {
  const keys = await loadApiKeys(ext);
  const trimmed = key.trim();
  if (trimmed) keys[provider] = trimmed;
  else delete keys[provider];
  await ext.storage.local.set({ [API_KEYS_KEY]: keys });
}

/** Host permissions each provider needs; they must match manifest.json's optional_host_permissions. */
export const PROVIDER_ORIGINS: Readonly<Record<ProviderId, readonly string[]>> = {
  yahoo: ['https://query1.finance.yahoo.com/*', 'https://query2.finance.yahoo.com/*'],
  finnhub: ['https://finnhub.io/*'],
  fmp: ['https://financialmodelingprep.com/*'],
};

/**
 * Origins to request when turning quotes on: the provider's own hosts, or, when the advanced base URL is
 * set (a local emulator in tests), that URL's origin instead - it is where the background will fetch.
 */
export function originsFor(provider: ProviderId, baseUrl: string): string[] {
  const base = baseUrl.trim();
  if (base) {
    try {
      return [`${new URL(base).origin}/*`];
    } catch {
      return [];
    }
  }
  return [...PROVIDER_ORIGINS[provider]];
}

/** Providers that refuse requests without a key of the user's own. */
export const NEEDS_KEY: Readonly<Record<ProviderId, boolean>> = { yahoo: false, finnhub: true, fmp: true };
