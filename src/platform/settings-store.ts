// Reading and writing Clearfolio's settings, in every context (content script, background, extension pages). Settings live in storage.sync; API keys
// are the background's alone (background/key-store.ts): the options page asks for them and sets them by message,
// and they are never synced, so a key typed on one machine is never copied to the user's other browsers.
import { parseSettings, SETTINGS_KEY, type ParsedSettings, type ProviderId, type Settings } from '../core/settings.ts';

/** The slice of a storage area this needs: the ext() shim, webextension-polyfill and the test fake all fit. */
interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type Synced = { storage: { sync: Area } };
type Messaging = { runtime: { sendMessage?(msg: unknown): Promise<unknown> } };

export type ApiKeys = Partial<Record<ProviderId, string>>;

export async function loadSettings(ext: Synced): Promise<ParsedSettings> {
  try {
    const stored = await ext.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch (e) {
    const parsed = parseSettings(undefined);
    parsed.notices.push(`Settings could not be read (${e instanceof Error ? e.message : String(e)}); defaults are shown.`);
    return parsed;
  }
}

export async function saveSettings(ext: Synced, settings: Settings): Promise<void> {
  await ext.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/**
 * Changes part of the stored settings: reads them as they are now (another page may have changed them since
 * this one loaded), applies `change` and saves. The reader view saves its toolbar choices this way.
 */
export async function updateSettings(ext: Synced, change: (settings: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings(ext);
  const next = change(settings);
  await saveSettings(ext, next);
  return next;
}

/** The keys, from the background (options page only: the background answers no other sender). */
export async function loadApiKeys(ext: Messaging): Promise<ApiKeys> {
  const reply = (await ext.runtime.sendMessage?.({ type: 'apiKeys' })) as { keys?: unknown } | undefined;
  const stored = reply?.keys;
  if (typeof stored !== 'object' || stored === null) return {};
  const out: ApiKeys = {};
  for (const [k, v] of Object.entries(stored)) if (typeof v === 'string') out[k as ProviderId] = v;
  return out;
}

export async function saveApiKey(ext: Messaging, provider: ProviderId, key: string): Promise<void> {
  if (!ext.runtime.sendMessage) throw new Error('the background is not reachable');
  const reply = (await ext.runtime.sendMessage({ type: 'setApiKey', provider, key: key.trim() })) as { error?: string } | undefined;
  if (reply?.error) throw new Error(reply.error);
}
