// @vitest-environment node
// The three adapters against the emulator over real HTTP (same paths and shapes as the real providers),
// plus the parsers on literal provider bodies. Expected numbers come from the emulator's own data module,
// so a parser that read the wrong field (e.g. Yahoo's month-old chartPreviousClose) fails here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startEmulator, BAD_KEY, type Emulator } from '../../../tests/emulator/server.ts';
import { LISTINGS, seriesFor } from '../../../tests/emulator/data.ts';
import { fetchQuoteOnce, type AttemptOptions } from './fetch-quote.ts';
import { parseFinnhubQuote } from './finnhub.ts';
import { parseFmpHistory, parseFmpQuote } from './fmp.ts';
import { PROVIDERS } from './providers.ts';
import { originsFor as hostPermissionsFor, PROVIDER_IDS } from '../../core/quote-providers.ts';
import type { Outcome, QuoteProvider } from './types.ts';
import { sanitizeQuote } from './validate.ts';
import { parseYahooChart } from './yahoo.ts';

// Wednesday 14 January 2026, 12:00 in New York: NYSE in session, Tokyo and London closed for the day.
const NOW = Date.UTC(2026, 0, 14, 17, 0);
const KEY = 'test-key-7f3a';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ now: () => NOW });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const opts = (over: Partial<AttemptOptions> = {}): AttemptOptions => ({
  fetch: (url, init) => fetch(url, init),
  timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as NodeJS.Timeout) },
  timeoutMs: 5_000,
  sparklineTimeoutMs: 5_000,
  sparkline: true,
  ...over,
});

async function ask(provider: QuoteProvider, symbol: string, apiKey: string | undefined = KEY, over?: Partial<AttemptOptions>) {
  return (await fetchQuoteOnce(provider, symbol, { baseUrl: emu.url, apiKey, now: NOW }, opts(over))).outcome;
}

function okQuote(o: Outcome) {
  expect(o.kind, JSON.stringify(o)).toBe('ok');
  return (o as Extract<Outcome, { kind: 'ok' }>).quote;
}

describe('Yahoo Finance chart adapter', () => {
  it.each(['SONY', 'AAPL', '6758.T', 'BP.L', 'RY.TO'])(
    '%s: price, change against yesterday, currency, time, a month of closes',
    async (symbol) => {
      const s = seriesFor(LISTINGS[symbol]!, NOW);
      const q = okQuote(await ask(PROVIDERS.yahoo, symbol, undefined));
      expect(q.symbol).toBe(symbol);
      expect(q.source).toBe('yahoo');
      expect(q.price).toBe(s.price);
      expect(q.change).toBeCloseTo(s.price - s.previousClose, 6);
      expect(q.changePercent).toBeCloseTo(((s.price - s.previousClose) / s.previousClose) * 100, 3);
      expect(q.currency).toBe(LISTINGS[symbol]!.currency);
      expect(q.marketTime).toBe(s.marketTime * 1000);
      expect(q.sparkline).toEqual(s.bars.map((b) => b.close));
      expect(q.sparkline!.length).toBeGreaterThanOrEqual(18);
    },
  );

  it('reads the market session from currentTradingPeriod', async () => {
    expect(okQuote(await ask(PROVIDERS.yahoo, 'AAPL')).marketState).toBe('regular');
    expect(okQuote(await ask(PROVIDERS.yahoo, 'BP.L')).marketState).toBe('closed');
  });

  it('sends the documented path and query', async () => {
    await ask(PROVIDERS.yahoo, '6758.T');
    expect(emu.requests.map((r) => [r.path, r.provider, r.endpoint, r.symbol])).toEqual([
      ['/v8/finance/chart/6758.T', 'yahoo', 'chart', '6758.T'],
    ]);
    expect(PROVIDERS.yahoo.quoteUrl('BP.L', { baseUrl: 'https://query1.finance.yahoo.com', now: NOW })).toBe(
      'https://query1.finance.yahoo.com/v8/finance/chart/BP.L?range=1mo&interval=1d',
    );
  });

  it("maps Yahoo's 404 body to unknown, for unlisted symbols too", async () => {
    expect(await ask(PROVIDERS.yahoo, 'UNKNOWN')).toEqual({ kind: 'unknown', message: 'No data found, symbol may be delisted' });
    expect((await ask(PROVIDERS.yahoo, 'ZZZZ.L')).kind).toBe('unknown');
    const literal = '{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}';
    expect(parseYahooChart(404, literal, 'SNE', NOW).kind).toBe('unknown');
  });
});

describe('Finnhub adapter', () => {
  it.each(['AAPL', 'SONY', 'BP.L'])('%s: c/d/dp/pc/t become the quote, no currency', async (symbol) => {
    const s = seriesFor(LISTINGS[symbol]!, NOW);
    const q = okQuote(await ask(PROVIDERS.finnhub, symbol));
    expect(q).toMatchObject({ symbol, source: 'finnhub', price: s.price, currency: '', marketTime: s.marketTime * 1000 });
    expect(q.change).toBeCloseTo(s.price - s.previousClose, 4);
  });

  it('free plan: the candle endpoint refuses, the quote still arrives without a sparkline', async () => {
    const attempt = await fetchQuoteOnce(PROVIDERS.finnhub, 'AAPL', { baseUrl: emu.url, apiKey: KEY, now: NOW }, opts());
    expect(okQuote(attempt.outcome).sparkline).toBeUndefined();
    expect(attempt.sparklineRefused).toBe(true);
    expect(emu.requests.map((r) => [r.endpoint, r.status])).toEqual([
      ['quote', 200],
      ['candle', 403],
    ]);
  });

  it('plan with candles: the sparkline comes from the candle endpoint', async () => {
    emu.options.finnhubCandles = true;
    try {
      const q = okQuote(await ask(PROVIDERS.finnhub, 'SONY'));
      expect(q.sparkline).toEqual(seriesFor(LISTINGS.SONY!, NOW).bars.map((b) => b.close));
    } finally {
      emu.options.finnhubCandles = false;
    }
  });

  it('does not ask for the sparkline when told not to', async () => {
    await ask(PROVIDERS.finnhub, 'AAPL', KEY, { sparkline: false });
    expect(emu.requests.map((r) => r.endpoint)).toEqual(['quote']);
  });

  it('all-zero 200 means unknown symbol', async () => {
    expect((await ask(PROVIDERS.finnhub, 'UNKNOWN')).kind).toBe('unknown');
    expect(parseFinnhubQuote(200, '{"c":0,"d":null,"dp":null,"h":0,"l":0,"o":0,"pc":0,"t":0}', 'XX').kind).toBe('unknown');
  });

  it('no key: refused before any request; bad key: denied with the provider text', async () => {
    expect((await ask(PROVIDERS.finnhub, 'AAPL', '')).kind).toBe('denied');
    expect(emu.requests).toHaveLength(0);
    expect(await ask(PROVIDERS.finnhub, 'AAPL', BAD_KEY)).toEqual({ kind: 'denied', message: 'Invalid API key.' });
  });
});

describe('Financial Modeling Prep adapter', () => {
  it.each(['AAPL', 'BP.L', '7203.T'])('%s: the stable quote plus the light history as sparkline, oldest first', async (symbol) => {
    const s = seriesFor(LISTINGS[symbol]!, NOW);
    const q = okQuote(await ask(PROVIDERS.fmp, symbol));
    expect(q).toMatchObject({ symbol, source: 'fmp', price: s.price, marketTime: s.marketTime * 1000 });
    expect(q.change).toBeCloseTo(s.price - s.previousClose, 4);
    expect(q.sparkline).toEqual(s.bars.map((b) => b.close).slice(-23));
    expect(emu.requests.map((r) => r.path)).toEqual(['/stable/quote', '/stable/historical-price-eod/light']);
  });

  it('also reads the legacy v3 shapes (changesPercentage, {historical})', async () => {
    const s = seriesFor(LISTINGS.AAPL!, NOW);
    const quote = await fetch(`${emu.url}/api/v3/quote/AAPL?apikey=${KEY}`);
    const q = okQuote(parseFmpQuote(quote.status, await quote.text(), 'AAPL'));
    expect(q.changePercent).toBeCloseTo(((s.price - s.previousClose) / s.previousClose) * 100, 3);
    const hist = await fetch(`${emu.url}/api/v3/historical-price-full/AAPL?serietype=line&apikey=${KEY}`);
    expect(parseFmpHistory(hist.status, await hist.text())).toEqual(s.bars.map((b) => b.close).slice(-23));
  });

  it('[] means unknown symbol', async () => {
    expect((await ask(PROVIDERS.fmp, 'UNKNOWN')).kind).toBe('unknown');
    expect(parseFmpQuote(200, '[]', 'XX').kind).toBe('unknown');
  });

  it('"Error Message" bodies: limit -> rate-limited, key -> denied, even with status 200', () => {
    expect(parseFmpQuote(200, '{"Error Message":"Limit Reach . Please upgrade your plan"}', 'AAPL').kind).toBe('rate-limited');
    expect(parseFmpQuote(200, '{"Error Message":"Invalid API KEY. Please retry"}', 'AAPL').kind).toBe('denied');
    const legacy =
      '{"Error Message":"Legacy Endpoint : Due to Legacy endpoints being no longer supported - This endpoint is only available for legacy users"}';
    expect(parseFmpQuote(403, legacy, 'AAPL')).toMatchObject({ kind: 'denied', message: expect.stringMatching(/^Legacy Endpoint/) });
  });

  it('bad key -> denied', async () => {
    expect((await ask(PROVIDERS.fmp, 'AAPL', BAD_KEY)).kind).toBe('denied');
  });
});

describe('every adapter on broken answers', () => {
  const providers = Object.values(PROVIDERS);
  for (const provider of providers) {
    it(`${provider.id}: 429 -> rate-limited with Retry-After; 5xx -> server`, async () => {
      expect(await ask(provider, 'RATE429')).toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
      expect(await ask(provider, 'RATE429X')).toMatchObject({ kind: 'rate-limited', retryAfterMs: undefined });
      expect(await ask(provider, 'ERR500')).toMatchObject({ kind: 'server', status: 500 });
      expect(await ask(provider, 'ERR503')).toMatchObject({ kind: 'server', status: 503 });
    });

    it(`${provider.id}: truncated JSON, a captive portal page, wrong types and hostile strings are invalid`, async () => {
      for (const symbol of ['BADJSON', 'HTML', 'GARBAGE', 'EVIL']) {
        expect((await ask(provider, symbol)).kind, symbol).toBe('invalid');
      }
    });

    it(`${provider.id}: a stalled answer times out`, async () => {
      emu.options.stallMs = 'never';
      expect(await ask(provider, 'STALL', KEY, { timeoutMs: 150 })).toMatchObject({ kind: 'timeout' });
    });
  }

  it('a refused connection is a network failure', async () => {
    const gone = await startEmulator();
    const url = gone.url;
    await gone.close();
    const o = await fetchQuoteOnce(PROVIDERS.yahoo, 'AAPL', { baseUrl: url, now: NOW }, opts());
    expect(o.outcome).toEqual({ kind: 'network', message: 'Network error' });
  });
});

describe('validation', () => {
  const base = { symbol: 'SONY', price: 24.3, change: -0.4, changePercent: -1.6, currency: 'USD', marketTime: NOW, source: 'yahoo' };

  it('keeps a clean quote and drops unknown fields', () => {
    expect(sanitizeQuote({ ...base, href: 'javascript:alert(1)', marketState: 'regular' })).toEqual({ ...base, marketState: 'regular' });
  });

  it.each([
    ['currency', 'javascript:alert(1)'],
    ['currency', '<b>USD</b>'],
    ['currency', 'US DOLLARS'],
    ['symbol', 'javascript:alert(1)'],
    ['symbol', '<img src=x>'],
    ['symbol', 'A'.repeat(21)],
    ['source', 'evil'],
    ['marketState', 'open; drop'],
    ['price', Number.NaN],
    ['price', '24.3'],
    ['price', -1],
    ['change', Infinity],
    ['marketTime', 1e15],
    ['delayMinutes', -5],
  ])('rejects %s = %s', (field, value) => {
    expect(sanitizeQuote({ ...base, [field]: value })).toBeNull();
  });

  it.each(PROVIDER_IDS)('accepts a quote from every registered provider: %s', (source) => {
    expect(sanitizeQuote({ ...base, source })?.source).toBe(source);
  });

  it('a garbage sparkline is dropped, not trusted; nulls in closes are skipped', () => {
    expect(sanitizeQuote({ ...base, sparkline: [1, 'x', 3] })?.sparkline).toBeUndefined();
    expect(sanitizeQuote({ ...base, sparkline: [1, null, 3] })?.sparkline).toEqual([1, 3]);
  });

  it('parsers never throw and only produce quotes that pass the gate, whatever the body', () => {
    const parsers = [
      (s: number, b: string) => parseYahooChart(s, b, 'SONY', NOW),
      (s: number, b: string) => parseFinnhubQuote(s, b, 'SONY'),
      (s: number, b: string) => parseFmpQuote(s, b, 'SONY'),
    ];
    const bodies = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ chart: { result: [{ meta: v, indicators: { quote: [{ close: v }] } }] } })),
      fc.jsonValue().map((v) => JSON.stringify([{ price: v, timestamp: v, change: v, changePercentage: v }])),
      fc
        .record({ c: fc.jsonValue(), d: fc.jsonValue(), dp: fc.jsonValue(), pc: fc.jsonValue(), t: fc.jsonValue() })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(fc.constantFrom(200, 400, 401, 403, 404), bodies, (status, body) => {
        for (const parse of parsers) {
          const o = parse(status, body);
          if (o.kind === 'ok') {
            expect(sanitizeQuote(o.quote)).toEqual(o.quote);
            expect(o.quote.currency).toMatch(/^([A-Za-z]{3})?$/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('host permissions', () => {
  it('match the manifest for each provider, and follow an override base URL', () => {
    expect(hostPermissionsFor('finnhub')).toEqual(['https://finnhub.io/*']);
    expect(hostPermissionsFor('yahoo', 'http://127.0.0.1:4010/')).toEqual(['http://127.0.0.1:4010/*']);
    expect(hostPermissionsFor('fmp', 'javascript:alert(1)')).toEqual([]);
  });
});

describe('each provider spells symbols its own way', () => {
  const spell = (id: keyof typeof PROVIDERS, symbol: string, mic: string) => PROVIDERS[id].symbolFor({ symbol, mic });

  it('a US share class: BRK-B at Yahoo and FMP, BRK.B at Finnhub', () => {
    expect(spell('yahoo', 'BRK.B', 'XNYS')).toBe('BRK-B');
    expect(spell('fmp', 'BRK.B', 'XNYS')).toBe('BRK-B');
    expect(spell('finnhub', 'BRK.B', 'XNYS')).toBe('BRK.B');
  });

  it('a listing outside the US carries the venue suffix at every provider', () => {
    for (const id of ['yahoo', 'finnhub', 'fmp'] as const) {
      expect(spell(id, '6758', 'XTKS')).toBe('6758.T');
      expect(spell(id, '00700', 'XHKG')).toBe('0700.HK');
    }
  });

  it('a plain US symbol is the same everywhere', () => {
    for (const id of ['yahoo', 'finnhub', 'fmp'] as const) expect(spell(id, 'AAPL', 'XNGS')).toBe('AAPL');
  });
});
