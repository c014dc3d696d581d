// Last good quote per provider and symbol: in memory for speed, mirrored to an optional key-value store so
// a restarted service worker still has something to show. What comes back from the store is re-validated
// (it may be from an older version, or corrupted). Store failures never fail a quote.
import type { Quote } from '../../core/types.ts';
import type { KeyValueStore, ProviderId } from './types.ts';
import { isObject, plausibleTime, sanitizeQuote } from './validate.ts';

export interface CacheEntry {
  quote: Quote;
  /** When we received it (epoch ms), not the market time. */
  fetchedAt: number;
}

const VERSION = 1;
const MAX_MEMORY = 500;

export class QuoteCache {
  private readonly memory = new Map<string, CacheEntry>();

  constructor(
    private readonly provider: ProviderId,
    private readonly store: KeyValueStore | undefined,
    private readonly onError: (e: unknown) => void,
  ) {}

  private key(symbol: string): string {
    return `quote:${this.provider}:${symbol}`;
  }

  async read(symbol: string): Promise<CacheEntry | null> {
    const hit = this.memory.get(symbol);
    if (hit || !this.store) return hit ?? null;
    let raw: unknown;
    try {
      raw = await this.store.get(this.key(symbol));
    } catch (e) {
      this.onError(e);
      return null;
    }
    if (!isObject(raw) || raw.v !== VERSION || !plausibleTime(raw.fetchedAt)) return null;
    const quote = sanitizeQuote(raw.quote);
    if (!quote || quote.symbol !== symbol || quote.source !== this.provider) return null;
    const entry = { quote, fetchedAt: raw.fetchedAt };
    this.remember(symbol, entry);
    return entry;
  }

  async write(symbol: string, entry: CacheEntry): Promise<void> {
    this.remember(symbol, entry);
    if (!this.store) return;
    try {
      await this.store.set(this.key(symbol), { v: VERSION, quote: entry.quote, fetchedAt: entry.fetchedAt });
    } catch (e) {
      this.onError(e);
    }
  }

  private remember(symbol: string, entry: CacheEntry): void {
    this.memory.delete(symbol);
    this.memory.set(symbol, entry);
    if (this.memory.size > MAX_MEMORY) this.memory.delete(this.memory.keys().next().value as string);
  }
}

/** A Map-backed store, for tests and for hosts without persistent storage. */
export function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
  };
}
