import { describe, expect, it } from 'vitest';
import { API_KEYS_KEY } from '../core/settings.ts';
import { KeyStore, type LegacyArea } from './key-store.ts';
import type { KeyValueStore } from './quotes/types.ts';

function stores(legacyKeys?: unknown) {
  const kv = new Map<string, unknown>();
  const store: KeyValueStore = { get: async (k) => structuredClone(kv.get(k)), set: async (k, v) => void kv.set(k, structuredClone(v)) };
  const local = new Map<string, unknown>(legacyKeys === undefined ? [] : [[API_KEYS_KEY, legacyKeys]]);
  const legacy: LegacyArea = {
    get: async (k) => (local.has(k) ? { [k]: local.get(k) } : {}),
    remove: async (k) => void local.delete(k),
  };
  return { kv, local, keys: new KeyStore(store, legacy) };
}

describe('KeyStore', () => {
  it('keeps keys in its own store, trimmed; an empty key removes one', async () => {
    const { kv, local, keys } = stores();
    await keys.save('fmp', '  abc123 ');
    await keys.save('finnhub', 'xyz');
    expect(await keys.load()).toEqual({ fmp: 'abc123', finnhub: 'xyz' });
    await keys.save('fmp', '');
    expect(kv.get(API_KEYS_KEY)).toEqual({ finnhub: 'xyz' });
    expect(local.size).toBe(0);
  });

  it('moves a key stored the old way (storage.local) and removes it there', async () => {
    const { kv, local, keys } = stores({ finnhub: 'old-key', bad: 5 });
    expect(await keys.load()).toEqual({ finnhub: 'old-key' });
    expect(local.has(API_KEYS_KEY)).toBe(false);
    expect(kv.get(API_KEYS_KEY)).toEqual({ finnhub: 'old-key' });
  });

  it('a key written the old way later is the newer one and replaces the stored one', async () => {
    const { local, keys } = stores();
    await keys.save('finnhub', 'first');
    local.set(API_KEYS_KEY, { finnhub: 'second' });
    await keys.migrate();
    expect(await keys.load()).toEqual({ finnhub: 'second' });
    expect(local.size).toBe(0);
  });
});
