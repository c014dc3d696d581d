// @vitest-environment node
// The quote service over real HTTP against the emulator. The service's clock is injected (so "a minute
// later" costs nothing); only the timeout test waits, for a deliberately short injected deadline.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../../tests/emulator/server.ts';
import { LISTINGS, seriesFor } from '../../../tests/emulator/data.ts';
import { createQuotes, memoryStore } from './index.ts';
import { PROVIDERS } from './providers.ts';
import { createQuoteService, type QuoteServiceOptions } from './service.ts';
import type { FetchLike, ProviderId } from './types.ts';

const NOW = Date.UTC(2026, 0, 14, 17, 0);
const KEY = 'secret-key-0d9c1e';
const SEC = 1000;
const MIN = 60 * SEC;
const SONY = { symbol: 'SONY', mic: 'XNYS' };

let emu: Emulator;
let clock = NOW;
let fetches = 0;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);

beforeAll(async () => {
  emu = await startEmulator({ now: () => NOW });
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await emu.close();
});
beforeEach(() => {
  emu.reset();
  emu.options.stallMs = 10_000;
  emu.options.retryAfterSeconds = 30;
  clock = NOW;
  fetches = 0;
});
afterEach(() => {
  expect(unhandled).toEqual([]);
});

const countingFetch: FetchLike = (url, init) => {
  fetches += 1;
  return fetch(url, init);
};

function service(provider: ProviderId = 'yahoo', over: Partial<QuoteServiceOptions> = {}) {
  return createQuoteService({
    provider: PROVIDERS[provider],
    baseUrl: emu.url,
    apiKey: KEY,
    fetch: countingFetch,
    now: () => clock,
    random: () => 0.5,
    tuning: { retryBaseMs: 1 },
    ...over,
  });
}

const sony = () => seriesFor(LISTINGS.SONY!, NOW);

describe('cache: fresh, stale-while-revalidate, expired', () => {
  it('a fresh quote is answered from the cache without a request', async () => {
    const s = service();
    const first = await s.getQuote('SONY');
    expect(first).toMatchObject({ status: 'ok', stale: false, fetchedAt: NOW, quote: { price: sony().price } });
    clock += 30 * SEC;
    expect(await s.getQuote('SONY')).toEqual(first);
    expect(emu.requestsFor('SONY')).toHaveLength(1);
  });

  it('a stale quote is answered at once (marked stale) and refreshed once in the background', async () => {
    const s = service();
    await s.getQuote('SONY');
    clock += 5 * MIN;
    const stale = await s.getQuote('SONY');
    expect(stale).toMatchObject({ status: 'ok', stale: true, fetchedAt: NOW });
    expect(await s.getQuote('SONY')).toMatchObject({ status: 'ok', stale: true });
    await s.settled();
    expect(emu.requestsFor('SONY')).toHaveLength(2);
    expect(await s.getQuote('SONY')).toMatchObject({ status: 'ok', stale: false, fetchedAt: NOW + 5 * MIN });
    expect(emu.requestsFor('SONY')).toHaveLength(2);
  });

  it('a quote older than a day is not served: the card waits for a fresh one', async () => {
    const s = service();
    await s.getQuote('SONY');
    clock += 25 * 60 * MIN;
    expect(await s.getQuote('SONY')).toMatchObject({ status: 'ok', stale: false, fetchedAt: clock });
    expect(emu.requestsFor('SONY')).toHaveLength(2);
  });

  it('the store carries quotes across a restart; corrupted or hostile entries are ignored', async () => {
    const store = memoryStore();
    await service('yahoo', { store }).getQuote('AAPL');
    const restarted = service('yahoo', { store });
    expect(await restarted.getQuote('AAPL')).toMatchObject({ status: 'ok', stale: false });
    expect(emu.requestsFor('AAPL')).toHaveLength(1);

    const [key, value] = [...store.data.entries()][0]!;
    store.data.set(key, { ...(value as object), quote: { ...(value as { quote: object }).quote, currency: 'javascript:alert(1)' } });
    expect(await service('yahoo', { store }).getQuote('AAPL')).toMatchObject({ status: 'ok', quote: { currency: 'USD' } });
    expect(emu.requestsFor('AAPL')).toHaveLength(2);
  });

  it('a store and a logger that both throw still leave no unhandled rejection behind a stale refresh', async () => {
    let reads = 0;
    const store = {
      get: () => (reads++ === 0 ? Promise.resolve(undefined) : Promise.reject(new Error('gone'))),
      set: () => Promise.reject(new Error('quota')),
    };
    const s = service('yahoo', {
      store,
      onError: () => {
        throw new Error('logger broke');
      },
    });
    await s.getQuote('SONY');
    clock += 2 * MIN;
    expect(await s.getQuote('SONY')).toMatchObject({ status: 'ok', stale: true });
    await s.settled();
    await new Promise((r) => setTimeout(r, 10));
  });

  it('a failing store never fails a quote', async () => {
    const errors: unknown[] = [];
    const store = { get: () => Promise.reject(new Error('quota')), set: () => Promise.reject(new Error('quota')) };
    const s = service('yahoo', { store, onError: (e) => errors.push(e) });
    expect(await s.getQuote('SONY')).toMatchObject({ status: 'ok' });
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });
});

describe('in-flight de-duplication', () => {
  it('cards asking for the same symbol at once share one request', async () => {
    const s = service('fmp');
    const answers = await Promise.all([s.getQuote('BP.L'), s.getQuote('BP.L'), s.getQuote('BP.L')]);
    expect(answers.map((a) => a.status)).toEqual(['ok', 'ok', 'ok']);
    expect(emu.requestsFor('BP.L').map((r) => r.endpoint)).toEqual(['quote', 'history']);
  });

  it('different symbols are not merged', async () => {
    const s = service();
    await Promise.all([s.getQuote('SONY'), s.getQuote('6758.T')]);
    expect(emu.requests).toHaveLength(2);
  });
});

describe('rate limits', () => {
  it('429 with Retry-After: answers rate-limited until then, with no requests for any symbol', async () => {
    emu.options.retryAfterSeconds = 45; // not the default back-off step, so ignoring the header shows
    const s = service('finnhub');
    expect(await s.getQuote('RATE429')).toEqual({ status: 'rate-limited', retryAt: NOW + 45 * SEC });
    for (const symbol of ['AAPL', 'SONY', 'RATE429', 'BP.L', 'AAPL', 'SONY', 'BP.L', 'AAPL']) {
      clock += 5 * SEC;
      expect(await s.getQuote(symbol)).toMatchObject({ status: 'rate-limited', retryAt: NOW + 45 * SEC });
    }
    expect(emu.requests).toHaveLength(1);
    clock = NOW + 46 * SEC;
    expect(await s.getQuote('AAPL')).toMatchObject({ status: 'ok' });
  });

  it('while backing off, a stale quote comes back as rate-limited with the cached quote', async () => {
    const s = service('finnhub');
    const ok = await s.getQuote('SONY');
    clock += 2 * MIN;
    await s.getQuote('RATE429');
    const answer = await s.getQuote('SONY');
    expect(answer).toEqual({ status: 'rate-limited', retryAt: clock + 30 * SEC, cached: ok.status === 'ok' ? ok.quote : null });
  });

  it('a 429 storm without Retry-After is bounded: exponential back-off with a cap', async () => {
    const s = service('yahoo');
    const sentAt: number[] = [];
    // One card every 10 s for two hours, all for a symbol the provider keeps refusing.
    for (clock = NOW; clock < NOW + 120 * MIN; clock += 10 * SEC) {
      const before = emu.requests.length;
      const a = await s.getQuote('RATE429X');
      expect(a.status).toBe('rate-limited');
      if (emu.requests.length > before) sentAt.push(clock);
    }
    const gaps = sentAt.slice(1).map((t, i) => (t - sentAt[i]!) / SEC);
    expect(sentAt.length).toBeLessThanOrEqual(14);
    expect(gaps.slice(0, 5)).toEqual([30, 60, 120, 240, 480]);
    expect(Math.max(...gaps)).toBe(900);
  });

  it('the back-off resets after a success', async () => {
    const s = service('yahoo');
    await s.getQuote('RATE429X');
    clock += 31 * SEC;
    expect(await s.getQuote('SONY')).toMatchObject({ status: 'ok' });
    await s.getQuote('RATE429X');
    expect((await s.getQuote('AAPL')) as { retryAt: number }).toMatchObject({ retryAt: clock + 30 * SEC });
  });
});

describe('failures keep the cached quote', () => {
  const failures: [string, Parameters<Emulator['setMode']>[1], string][] = [
    ['HTTP 500', 'ERR500', 'error'],
    ['truncated JSON', 'BADJSON', 'error'],
    ['a captive portal page', 'HTML', 'error'],
    ['garbage values', 'GARBAGE', 'error'],
    ['hostile strings', 'EVIL', 'error'],
  ];
  for (const [name, mode, status] of failures) {
    it(`${name} -> '${status}' with the last good quote, which stays cached`, async () => {
      const s = service('fmp');
      const ok = await s.getQuote('AAPL');
      expect(ok.status).toBe('ok');
      const good = ok.status === 'ok' ? ok.quote : null;
      emu.setMode('AAPL', mode);
      clock += 2 * MIN;
      expect(await s.getQuote('AAPL')).toMatchObject({ status: 'ok', stale: true, quote: good });
      await s.settled();
      expect(await s.getQuote('AAPL')).toMatchObject({ status, cached: good });
      emu.setMode('AAPL', null);
      clock += 2 * MIN;
      expect(await s.getQuote('AAPL')).toMatchObject({ status: 'ok', stale: true, quote: good });
      await s.settled();
      expect(await s.getQuote('AAPL')).toMatchObject({ status: 'ok', stale: false, fetchedAt: clock });
    });
  }

  it('no cache: a 5xx is retried twice (with jitter), then answered as error', async () => {
    const delays: number[] = [];
    const timers = {
      setTimeout: (fn: () => void, ms: number) => {
        if (ms < 1000) delays.push(ms);
        return setTimeout(fn, ms < 1000 ? 0 : ms);
      },
      clearTimeout: (id: unknown) => clearTimeout(id as NodeJS.Timeout),
    };
    const s = service('yahoo', { timers, tuning: { retryBaseMs: 100 }, random: () => 0.25 });
    expect(await s.getQuote('ERR500')).toEqual({ status: 'error', message: 'HTTP 500 from Yahoo Finance' });
    expect(emu.requestsFor('ERR500')).toHaveLength(3);
    expect(delays).toEqual([75, 150]);
  });

  it('a transient 503 is absorbed by a retry', async () => {
    const s = service('yahoo');
    expect(await s.getQuote('FLAKY')).toMatchObject({ status: 'ok' });
    expect(emu.requestsFor('FLAKY').map((r) => r.status)).toEqual([503, 200]);
  });

  it('4xx answers are not retried', async () => {
    const s = service('finnhub', { apiKey: 'bad-key' });
    expect(await s.getQuote('AAPL')).toEqual({ status: 'error', message: 'Invalid API key.' });
    expect(emu.requests).toHaveLength(1);
  });
});

describe('offline, timeout, unknown', () => {
  it('fetch rejecting (connection refused) -> offline, after bounded retries', async () => {
    const gone = await startEmulator();
    const baseUrl = gone.url;
    await gone.close();
    const s = service('yahoo', { baseUrl });
    expect(await s.getQuote('SONY')).toEqual({ status: 'offline', message: 'Network error' });
    expect(fetches).toBe(3);
  });

  it('offline with a cached quote -> offline with it', async () => {
    let online = true;
    const s = service('yahoo', { isOnline: () => online });
    const ok = await s.getQuote('SONY');
    online = false;
    clock += 2 * MIN;
    expect(await s.getQuote('SONY')).toMatchObject({ status: 'offline', cached: ok.status === 'ok' ? ok.quote : null });
    expect(emu.requests).toHaveLength(1);
  });

  it('a stalled provider -> timeout after the (short, injected) deadline, not retried', async () => {
    emu.options.stallMs = 'never';
    const s = service('finnhub', { tuning: { timeoutMs: 150 } });
    expect(await s.getQuote('STALL')).toMatchObject({ status: 'timeout' });
    expect(emu.requestsFor('STALL')).toHaveLength(1);
  });

  it('timeout with a cached quote keeps it', async () => {
    const s = service('yahoo', { tuning: { timeoutMs: 150 } });
    const ok = await s.getQuote('SONY');
    emu.options.stallMs = 'never';
    emu.setMode('SONY', 'STALL');
    clock += 2 * MIN;
    await s.getQuote('SONY');
    await s.settled();
    expect(await s.getQuote('SONY')).toMatchObject({ status: 'timeout', cached: ok.status === 'ok' ? ok.quote : null });
  });

  it.each(['yahoo', 'finnhub', 'fmp'] as const)('%s: unknown symbols -> unknown-symbol, remembered for a while', async (provider) => {
    const s = service(provider);
    expect(await s.getQuote('UNKNOWN')).toMatchObject({ status: 'unknown-symbol' });
    clock += 2 * MIN;
    expect(await s.getQuote('UNKNOWN')).toMatchObject({ status: 'unknown-symbol' });
    expect(emu.requestsFor('UNKNOWN')).toHaveLength(1);
  });
});

describe('configuration', () => {
  it('no key for a keyed provider: an error that says so, and no request', async () => {
    const s = service('fmp', { apiKey: '' });
    expect(await s.getQuote('AAPL')).toMatchObject({ status: 'error', message: expect.stringMatching(/needs an API key/) });
    expect(emu.requests).toHaveLength(0);
  });

  it('a base URL that is not http(s) is refused without a request', async () => {
    expect(await service('yahoo', { baseUrl: 'javascript:alert(1)' }).getQuote('SONY')).toMatchObject({ status: 'error' });
    expect(fetches).toBe(0);
  });

  it('symbols the providers cannot take are refused', async () => {
    for (const bad of ['', 'A B', '<b>', 'x'.repeat(30)]) expect((await service().getQuote(bad)).status).toBe('error');
    expect(fetches).toBe(0);
  });

  it('answers never carry the API key, whatever failed', async () => {
    const s = service('finnhub');
    emu.options.stallMs = 'never';
    const answers = [];
    for (const symbol of ['ERR500', 'BADJSON', 'GARBAGE', 'EVIL', 'UNKNOWN', 'HTML']) answers.push(await s.getQuote(symbol));
    answers.push(await service('finnhub', { tuning: { timeoutMs: 100 } }).getQuote('STALL'));
    expect(JSON.stringify(answers)).not.toContain(KEY);
  });

  it('createQuotes: disabled until configured; unchanged settings keep the same service', async () => {
    const quotes = createQuotes({ fetch: countingFetch, now: () => clock });
    expect(await quotes.getQuote(SONY)).toEqual({ status: 'disabled', message: 'Live quotes are off' });
    quotes.configure({ enabled: true, provider: 'yahoo', baseUrl: emu.url });
    const first = quotes.current();
    expect(await quotes.getQuote(SONY)).toMatchObject({ status: 'ok', quote: { source: 'yahoo' } });
    quotes.configure({ enabled: true, provider: 'yahoo', baseUrl: emu.url });
    expect(quotes.current()).toBe(first);
    quotes.configure({ enabled: true, provider: 'finnhub', baseUrl: emu.url, apiKey: KEY });
    expect(await quotes.getQuote(SONY)).toMatchObject({ status: 'ok', quote: { source: 'finnhub' } });
    quotes.configure({ enabled: false, provider: 'finnhub', baseUrl: emu.url, apiKey: KEY });
    expect((await quotes.getQuote(SONY)).status).toBe('disabled');
  });

  it("calls fetch unbound, as the browser's global fetch requires", async () => {
    const strictFetch = function (this: unknown, url: string, init: Parameters<FetchLike>[1]) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return fetch(url, init);
    };
    expect(await service('yahoo', { fetch: strictFetch }).getQuote('SONY')).toMatchObject({ status: 'ok' });
    const quotes = createQuotes({ fetch: strictFetch });
    quotes.configure({ enabled: true, provider: 'yahoo', baseUrl: emu.url });
    expect(await quotes.getQuote({ symbol: 'AAPL', mic: 'XNAS' })).toMatchObject({ status: 'ok' });
  });

  it('Finnhub: after the candle endpoint refused the plan, it is not asked again', async () => {
    const s = service('finnhub');
    await s.getQuote('AAPL');
    await s.getQuote('SONY');
    expect(emu.requests.map((r) => `${r.symbol}:${r.endpoint}`)).toEqual(['AAPL:quote', 'AAPL:candle', 'SONY:quote']);
  });
});
