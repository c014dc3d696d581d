// The quote service the background router calls. Design, in order of precedence for one getQuote(symbol):
//  1. A quote younger than `freshMs` is answered from the cache, no request.
//  2. While backing off after a 429 (the limit is per key, so it covers every symbol) nothing is sent:
//     the answer is 'rate-limited' with the last good quote, if any.
//  3. A stale quote (younger than `staleMs`) is answered at once, marked stale, and refreshed in the
//     background (stale-while-revalidate). When that refresh failed less than `freshMs` ago, the answer
//     is the failure (offline, timeout, error) with the stale quote as `cached`, and nothing is sent.
//  4. Otherwise the card waits for the provider: one request per symbol at a time (two cards asking for
//     the same symbol share it), a deadline per request, at most `maxRetries` jittered retries for 5xx
//     and network failures, none for timeouts (the user already waited) or 4xx.
// Failures never erase the cache, and every failure answer carries the last good quote when there is one.
// Nothing here throws or rejects: getQuote always resolves to a QuoteResult.
import type { QuoteResult } from '../../core/types.ts';
import { QuoteCache, type CacheEntry } from './cache.ts';
import { fetchQuoteOnce } from './fetch-quote.ts';
import type { FetchLike, KeyValueStore, Outcome, QuoteProvider, Timers } from './types.ts';
import { normalizeBase } from '../../core/quote-providers.ts';
import { SYMBOL_RE } from './validate.ts';

export interface QuoteTuning {
  /** A quote younger than this is answered without asking the provider. */
  freshMs: number;
  /** A quote younger than this is still shown (marked stale) while a fresh one is fetched. */
  staleMs: number;
  timeoutMs: number;
  sparklineTimeoutMs: number;
  /** Extra attempts after a 5xx or network failure. */
  maxRetries: number;
  retryBaseMs: number;
  /** Back-off after a 429 without Retry-After: base * 2^(strikes-1), capped. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long an unknown symbol is remembered as unknown. */
  unknownMs: number;
  /** How long to stop asking a history endpoint that refused the key's plan. */
  sparklineRefusedMs: number;
}

export const DEFAULT_TUNING: Readonly<QuoteTuning> = Object.freeze({
  freshMs: 60_000,
  staleMs: 86_400_000,
  timeoutMs: 8_000,
  sparklineTimeoutMs: 3_000,
  maxRetries: 2,
  retryBaseMs: 500,
  backoffBaseMs: 30_000,
  backoffMaxMs: 15 * 60_000,
  unknownMs: 10 * 60_000,
  sparklineRefusedMs: 86_400_000,
});

export interface QuoteServiceOptions {
  provider: QuoteProvider;
  /** '' or undefined: the provider's own origin. Otherwise an http(s) URL that replaces it. */
  baseUrl?: string;
  apiKey?: string;
  fetch: FetchLike;
  now?: () => number;
  timers?: Timers;
  /** Persists the last good quotes across service-worker restarts. */
  store?: KeyValueStore;
  /** 0 <= x < 1, for retry jitter. */
  random?: () => number;
  /** When it answers false, no request is sent and the answer is 'offline'. */
  isOnline?: () => boolean;
  /** Receives failures that were absorbed (store errors, background refreshes), for logging. */
  onError?: (e: unknown) => void;
  tuning?: Partial<QuoteTuning>;
}

export interface QuoteService {
  readonly providerId: string;
  getQuote(symbol: string): Promise<QuoteResult>;
  /** Resolves once no request (including background refreshes) is in flight. */
  settled(): Promise<void>;
}

const globalTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>),
};

export function createQuoteService(options: QuoteServiceOptions): QuoteService {
  const { provider } = options;
  const t: QuoteTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const now = options.now ?? Date.now;
  const timers = options.timers ?? globalTimers;
  const random = options.random ?? Math.random;
  // A logger that throws must not turn a background refresh into an unhandled rejection.
  const onError = (e: unknown) => {
    try {
      options.onError?.(e);
    } catch {
      /* ignored on purpose */
    }
  };
  const base = options.baseUrl?.trim() ? normalizeBase(options.baseUrl) : provider.defaultBaseUrl;
  const apiKey = options.apiKey?.trim() || undefined;
  const cache = new QuoteCache(provider.id, options.store, onError);
  const inflight = new Map<string, Promise<Outcome>>();
  const unknownUntil = new Map<string, { until: number; message: string }>();
  /** A refresh that failed recently: stale answers report it instead of asking again at once. */
  const failedUntil = new Map<string, { until: number; outcome: Outcome }>();
  let blockedUntil = 0;
  let strikes = 0;
  let sparklineRefusedUntil = 0;

  /** Keeps the per-symbol memos small: expired entries go once a map grows past a few hundred. */
  function remember<V extends { until: number }>(map: Map<string, V>, symbol: string, value: V): void {
    if (map.size >= 500) for (const [k, v] of map) if (v.until <= now()) map.delete(k);
    map.set(symbol, value);
  }

  const sleep = (ms: number) => new Promise<void>((resolve) => timers.setTimeout(resolve, ms));

  function noteRateLimit(retryAfter: number | undefined): void {
    strikes += 1;
    const backoff = Math.min(t.backoffMaxMs, t.backoffBaseMs * 2 ** (strikes - 1));
    // The provider's own figure wins when it gives one; our curve only fills in when it does not.
    blockedUntil = Math.max(blockedUntil, now() + (retryAfter ?? backoff));
  }

  async function attempt(symbol: string): Promise<Outcome> {
    for (let tries = 0; ; tries++) {
      const { outcome, sparklineRefused } = await fetchQuoteOnce(
        provider,
        symbol,
        { baseUrl: base!, apiKey, now: now() },
        {
          fetch: options.fetch,
          timers,
          timeoutMs: t.timeoutMs,
          sparklineTimeoutMs: t.sparklineTimeoutMs,
          sparkline: now() >= sparklineRefusedUntil,
        },
      );
      if (sparklineRefused) sparklineRefusedUntil = now() + t.sparklineRefusedMs;
      const retryable = outcome.kind === 'server' || outcome.kind === 'network';
      if (!retryable || tries >= t.maxRetries || options.isOnline?.() === false) return outcome;
      await sleep(t.retryBaseMs * 2 ** tries * (0.5 + random()));
    }
  }

  /** The shared request for one symbol; records what it learnt (cache, unknown, back-off). */
  function load(symbol: string): Promise<Outcome> {
    const pending = inflight.get(symbol);
    if (pending) return pending;
    const p = (async (): Promise<Outcome> => {
      let outcome: Outcome;
      try {
        outcome = await attempt(symbol);
      } catch (e) {
        onError(e);
        outcome = { kind: 'invalid', message: 'The quote could not be read' };
      }
      failedUntil.delete(symbol);
      if (outcome.kind === 'ok') {
        strikes = 0;
        await cache.write(symbol, { quote: outcome.quote, fetchedAt: now() });
      } else if (outcome.kind === 'unknown') {
        remember(unknownUntil, symbol, { until: now() + t.unknownMs, message: outcome.message });
      } else if (outcome.kind === 'rate-limited') {
        noteRateLimit(outcome.retryAfterMs);
      } else {
        remember(failedUntil, symbol, { until: now() + t.freshMs, outcome });
      }
      return outcome;
    })().finally(() => inflight.delete(symbol));
    inflight.set(symbol, p);
    return p;
  }

  function answer(outcome: Outcome, cached: CacheEntry | null, symbol: string): QuoteResult {
    const last = cached ? { cached: cached.quote } : {};
    switch (outcome.kind) {
      case 'ok':
        return { status: 'ok', quote: outcome.quote, fetchedAt: now(), stale: false };
      case 'unknown':
        return { status: 'unknown-symbol', message: outcome.message || `No data for ${symbol}` };
      case 'rate-limited':
        return { status: 'rate-limited', retryAt: blockedUntil, ...last };
      case 'network':
        return { status: 'offline', message: outcome.message, ...last };
      case 'timeout':
        return { status: 'timeout', message: outcome.message, ...last };
      default:
        return { status: 'error', message: outcome.message, ...last };
    }
  }

  async function getQuote(symbol: string): Promise<QuoteResult> {
    if (typeof symbol !== 'string' || !SYMBOL_RE.test(symbol)) return { status: 'error', message: 'Not a quote symbol' };
    if (!base) return { status: 'error', message: 'The quote base URL is not an http(s) address' };
    const entry = await cache.read(symbol);
    const age = entry ? now() - entry.fetchedAt : Infinity;
    const usable = entry && age >= 0 && age < t.staleMs ? entry : null;
    if (usable && age < t.freshMs) return { status: 'ok', quote: usable.quote, fetchedAt: usable.fetchedAt, stale: false };
    const unknown = unknownUntil.get(symbol);
    if (unknown && now() < unknown.until) return { status: 'unknown-symbol', message: unknown.message };
    if (now() < blockedUntil) return { status: 'rate-limited', retryAt: blockedUntil, ...(usable ? { cached: usable.quote } : {}) };
    if (options.isOnline?.() === false) {
      return { status: 'offline', message: 'The browser is offline', ...(usable ? { cached: usable.quote } : {}) };
    }
    const failed = failedUntil.get(symbol);
    if (usable && failed && now() < failed.until) return answer(failed.outcome, usable, symbol);
    if (usable) {
      void load(symbol);
      return { status: 'ok', quote: usable.quote, fetchedAt: usable.fetchedAt, stale: true };
    }
    return answer(await load(symbol), usable, symbol);
  }

  return {
    providerId: provider.id,
    async getQuote(symbol) {
      try {
        return await getQuote(symbol);
      } catch (e) {
        onError(e);
        return { status: 'error', message: 'The quote could not be loaded' };
      }
    },
    async settled() {
      while (inflight.size) await Promise.allSettled([...inflight.values()]);
    },
  };
}
