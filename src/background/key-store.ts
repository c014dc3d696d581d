// The quote providers' API keys, kept where only the background reaches them. storage.local is not that place
// in Firefox: content scripts, which run next to every page, can read it (Chrome has setAccessLevel, Firefox
// has no equivalent). So the keys live in the extension origin's own IndexedDB, which a content script (it has
// the page's origin) cannot open; the options page reads and writes them through messages only it may send.
// Keys stored the old way (storage.local, before this version) move here at start-up and whenever one appears.
import { API_KEYS_KEY } from '../core/settings.ts';
import type { KeyValueStore } from './quotes/types.ts';

export type ApiKeys = Record<string, string>;

/** The storage area keys used to live in (storage.local). */
export interface LegacyArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

function onlyStrings(v: unknown): ApiKeys {
  const out: ApiKeys = {};
  if (typeof v === 'object' && v !== null) for (const [k, s] of Object.entries(v)) if (typeof s === 'string' && s) out[k] = s;
  return out;
}

export class KeyStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly legacy: LegacyArea,
  ) {}

  async load(): Promise<ApiKeys> {
    await this.migrate();
    return onlyStrings(await this.store.get(API_KEYS_KEY));
  }

  /** Sets one provider's key; an empty key removes it. */
  async save(provider: string, key: string): Promise<void> {
    const keys = await this.load();
    const trimmed = key.trim();
    if (trimmed) keys[provider] = trimmed;
    else delete keys[provider];
    await this.store.set(API_KEYS_KEY, keys);
  }

  /** Moves keys found in the old place here (they are the newer write) and removes them there. */
  async migrate(): Promise<void> {
    const old = (await this.legacy.get(API_KEYS_KEY))[API_KEYS_KEY];
    if (old === undefined) return;
    const moved = onlyStrings(old);
    if (Object.keys(moved).length) await this.store.set(API_KEYS_KEY, { ...onlyStrings(await this.store.get(API_KEYS_KEY)), ...moved });
    await this.legacy.remove(API_KEYS_KEY);
  }
}

/** A KeyValueStore in this extension origin's IndexedDB (one database, one object store). */
export function indexedDbStore(name = 'clearfolio-keys'): KeyValueStore {
  const open = () =>
    new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('kv');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  const run = async <T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    try {
      return await new Promise<T>((ok, fail) => {
        const tx = db.transaction('kv', mode);
        const req = act(tx.objectStore('kv'));
        tx.oncomplete = () => ok(req.result);
        tx.onerror = () => fail(tx.error);
        tx.onabort = () => fail(tx.error);
      });
    } finally {
      db.close();
    }
  };
  return {
    get: (key) => run('readonly', (s) => s.get(key)),
    set: async (key, value) => {
      await run('readwrite', (s) => s.put(value, key));
    },
  };
}
