// A local stand-in for the quote providers (Yahoo Finance chart, Finnhub, Financial Modeling Prep): same
// paths, same response shapes, same failure modes, chosen per request by the symbol. Point the quote base
// URL setting at `url` and nothing else changes. See README.md for the symbols and options.
//
//   import { startEmulator } from './server.ts';
//   const emu = await startEmulator();   // 127.0.0.1, port 0
//   ... emu.url, emu.requests ...
//   await emu.close();
//
// CLI: `npx tsx tests/emulator/server.ts [--port N] [--stall-ms N|never]` prints the URL and serves until ^C.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { LISTINGS, seriesFor, type Series } from './data.ts';

export type Provider = 'yahoo' | 'finnhub' | 'fmp';
export type Endpoint = 'chart' | 'quote' | 'candle' | 'history';

export interface EmulatorOptions {
  host?: string;
  port?: number;
  /** How long STALL waits before answering normally; 'never' keeps the request open until close(). */
  stallMs?: number | 'never';
  /** Retry-After seconds sent with RATE429. */
  retryAfterSeconds?: number;
  /** How many requests for FLAKY fail with 503 before it answers like SONY. */
  flakyFailures?: number;
  /** Finnhub's candle endpoint: false answers 403 as on the free plan. */
  finnhubCandles?: boolean;
  /** The emulator's clock (epoch ms); market data is anchored to it. */
  now?: () => number;
}

/** The failure symbols; any other symbol is looked up in the listings (unlisted -> provider's unknown answer). */
export const FAILURE_MODES = [
  'RATE429',
  'RATE429X',
  'ERR500',
  'ERR503',
  'FLAKY',
  'BADJSON',
  'HTML',
  'GARBAGE',
  'EVIL',
  'STALL',
  'UNKNOWN',
] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export interface RequestRecord {
  method: string;
  path: string;
  provider: Provider | null;
  endpoint: Endpoint | null;
  symbol: string | null;
  /** Whether a key (token / apikey) was sent; the key itself is not logged. */
  withKey: boolean;
  status: number;
  at: number;
}

export interface Emulator {
  url: string;
  /** Every request, in arrival order (status is filled in when the answer is sent). */
  requests: RequestRecord[];
  /** Live options: tests may change them between requests. */
  options: Required<Omit<EmulatorOptions, 'host' | 'port'>>;
  /**
   * Makes `symbol` behave like one of the failure symbols (e.g. setMode('SONY', 'ERR500')), so a test can
   * let a real symbol succeed first and fail afterwards; null restores it.
   */
  setMode(symbol: string, mode: FailureMode | null): void;
  /** Requests for one symbol (and optionally one provider). */
  requestsFor(symbol: string, provider?: Provider): RequestRecord[];
  /** Clears the request log and the FLAKY counters. */
  reset(): void;
  close(): Promise<void>;
}

/** Keys the emulator rejects, to exercise the 401 paths. */
export const BAD_KEY = 'bad-key';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': '*',
  // Retry-After is not a CORS-safelisted response header: without this, a page-context fetch cannot read it.
  'access-control-expose-headers': 'Retry-After, X-Ratelimit-Reset, X-Ratelimit-Remaining, X-Ratelimit-Limit',
};

interface Reply {
  status: number;
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

const json = (status: number, value: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body: JSON.stringify(value),
  type: 'application/json;charset=utf-8',
  headers,
});

const round2 = (v: number) => Math.round(v * 100) / 100;

const CAPTIVE_PORTAL =
  '<!doctype html><html><head><title>Sign in to Wi-Fi</title></head><body><form action="/login"><input name="user"></form></body></html>';

// ---- Yahoo Finance ---------------------------------------------------------------------------------

const YAHOO_NOT_FOUND = { chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } };

function yahooChart(s: Series, symbol = s.listing.symbol): unknown {
  const l = s.listing;
  const closes = s.bars.map((b) => b.close);
  const first = s.bars[0]!;
  return {
    chart: {
      result: [
        {
          meta: {
            currency: l.currency,
            symbol,
            exchangeName: l.exchangeName,
            fullExchangeName: l.fullExchangeName,
            instrumentType: 'EQUITY',
            firstTradeDate: 345479400,
            regularMarketTime: s.marketTime,
            hasPrePostMarketData: l.extended,
            gmtoffset: l.gmtoffset,
            timezone: l.timezoneShort,
            exchangeTimezoneName: l.timezone,
            regularMarketPrice: s.price,
            fiftyTwoWeekHigh: round2(Math.max(...closes) * 1.18),
            fiftyTwoWeekLow: round2(Math.min(...closes) * 0.82),
            regularMarketDayHigh: s.bars.at(-1)!.high,
            regularMarketDayLow: s.bars.at(-1)!.low,
            regularMarketVolume: s.bars.at(-1)!.volume,
            longName: l.name,
            shortName: l.name,
            // As on the real endpoint with range=1mo: the close before the chart's first bar, not yesterday's.
            chartPreviousClose: Math.round(first.open * 0.995 * 100) / 100,
            priceHint: 2,
            currentTradingPeriod: Object.fromEntries(
              Object.entries(s.periods).map(([k, p]) => [k, { timezone: l.timezoneShort, ...p, gmtoffset: l.gmtoffset }]),
            ),
            dataGranularity: '1d',
            range: '1mo',
            validRanges: ['1d', '5d', '1mo', '3mo', '6mo', '1y', '2y', '5y', '10y', 'ytd', 'max'],
          },
          timestamp: s.bars.map((b) => b.t),
          indicators: {
            quote: [
              {
                open: s.bars.map((b) => b.open),
                high: s.bars.map((b) => b.high),
                low: s.bars.map((b) => b.low),
                close: closes,
                volume: s.bars.map((b) => b.volume),
              },
            ],
            adjclose: [{ adjclose: closes }],
          },
        },
      ],
      error: null,
    },
  };
}

// ---- Finnhub ---------------------------------------------------------------------------------------

function finnhubQuote(s: Series): unknown {
  const last = s.bars.at(-1)!;
  const d = Math.round((s.price - s.previousClose) * 1e4) / 1e4;
  return {
    c: s.price,
    d,
    dp: Math.round((d / s.previousClose) * 1e6) / 1e4,
    h: last.high,
    l: last.low,
    o: last.open,
    pc: s.previousClose,
    t: s.marketTime,
  };
}

const FINNHUB_UNKNOWN = { c: 0, d: null, dp: null, h: 0, l: 0, o: 0, pc: 0, t: 0 };

// ---- Financial Modeling Prep -----------------------------------------------------------------------

function fmpQuote(s: Series, legacy: boolean): unknown {
  const l = s.listing;
  const last = s.bars.at(-1)!;
  const change = Math.round((s.price - s.previousClose) * 1e4) / 1e4;
  const pct = Math.round((change / s.previousClose) * 1e7) / 1e5;
  const closes = s.bars.map((b) => b.close);
  return [
    {
      symbol: l.symbol,
      name: l.name,
      price: s.price,
      [legacy ? 'changesPercentage' : 'changePercentage']: pct,
      change,
      volume: last.volume,
      dayLow: last.low,
      dayHigh: last.high,
      yearHigh: round2(Math.max(...closes) * 1.18),
      yearLow: round2(Math.min(...closes) * 0.82),
      marketCap: Math.round(s.price * 1.2e9),
      priceAvg50: round2(closes.reduce((a, b) => a + b, 0) / closes.length),
      priceAvg200: round2((closes.reduce((a, b) => a + b, 0) / closes.length) * 0.97),
      exchange: l.fullExchangeName.toUpperCase(),
      open: last.open,
      previousClose: s.previousClose,
      timestamp: s.marketTime,
    },
  ];
}

const FMP_INVALID_KEY = {
  'Error Message':
    'Invalid API KEY. Feel free to create a Free API Key or visit https://site.financialmodelingprep.com/faqs?search=why-is-my-api-key-invalid for more information.',
};
const FMP_LIMIT = {
  'Error Message':
    'Limit Reach . Please upgrade your plan or visit our documentation for more details at https://site.financialmodelingprep.com/',
};

// ---- routing ---------------------------------------------------------------------------------------

interface Route {
  provider: Provider;
  endpoint: Endpoint;
  symbol: string | null;
  key: string | null;
  legacy: boolean;
}

function route(url: URL): Route | null {
  const q = url.searchParams;
  const p = url.pathname;
  let m = /^\/v[78]\/finance\/chart\/([^/]+)$/.exec(p);
  if (m) return { provider: 'yahoo', endpoint: 'chart', symbol: decodeURIComponent(m[1]!), key: null, legacy: false };
  if (p === '/api/v1/quote') return { provider: 'finnhub', endpoint: 'quote', symbol: q.get('symbol'), key: q.get('token'), legacy: false };
  if (p === '/api/v1/stock/candle')
    return { provider: 'finnhub', endpoint: 'candle', symbol: q.get('symbol'), key: q.get('token'), legacy: false };
  if (p === '/stable/quote') return { provider: 'fmp', endpoint: 'quote', symbol: q.get('symbol'), key: q.get('apikey'), legacy: false };
  if (p === '/stable/historical-price-eod/light')
    return { provider: 'fmp', endpoint: 'history', symbol: q.get('symbol'), key: q.get('apikey'), legacy: false };
  m = /^\/api\/v3\/quote\/([^/]+)$/.exec(p);
  if (m) return { provider: 'fmp', endpoint: 'quote', symbol: decodeURIComponent(m[1]!), key: q.get('apikey'), legacy: true };
  m = /^\/api\/v3\/historical-price-full\/([^/]+)$/.exec(p);
  if (m) return { provider: 'fmp', endpoint: 'history', symbol: decodeURIComponent(m[1]!), key: q.get('apikey'), legacy: true };
  return null;
}

/** The normal answer for a listed symbol on one route. */
function dataReply(r: Route, s: Series, options: Emulator['options']): Reply {
  switch (`${r.provider}/${r.endpoint}`) {
    case 'yahoo/chart':
      return json(200, yahooChart(s));
    case 'finnhub/quote':
      return json(200, finnhubQuote(s));
    case 'finnhub/candle':
      if (!options.finnhubCandles) return json(403, { error: "You don't have access to this resource." });
      return json(200, {
        c: s.bars.map((b) => b.close),
        h: s.bars.map((b) => b.high),
        l: s.bars.map((b) => b.low),
        o: s.bars.map((b) => b.open),
        s: 'ok',
        t: s.bars.map((b) => b.t),
        v: s.bars.map((b) => b.volume),
      });
    case 'fmp/quote':
      return json(200, fmpQuote(s, r.legacy));
    case 'fmp/history': {
      const newestFirst = [...s.bars].reverse();
      if (r.legacy) return json(200, { symbol: s.listing.symbol, historical: newestFirst.map((b) => ({ date: b.date, close: b.close })) });
      return json(
        200,
        newestFirst.map((b) => ({ symbol: s.listing.symbol, date: b.date, price: b.close, volume: b.volume })),
      );
    }
    default:
      return json(404, { error: 'not found' });
  }
}

function unknownReply(r: Route): Reply {
  if (r.provider === 'yahoo') return json(404, YAHOO_NOT_FOUND);
  if (r.provider === 'finnhub') return r.endpoint === 'candle' ? json(200, { s: 'no_data' }) : json(200, FINNHUB_UNKNOWN);
  return json(200, r.legacy && r.endpoint === 'history' ? {} : []);
}

function rateLimitReply(r: Route, retryAfter: number | null): Reply {
  const headers: Record<string, string> = retryAfter === null ? {} : { 'retry-after': String(retryAfter) };
  if (r.provider === 'yahoo') return { status: 429, body: 'Edge: Too Many Requests', type: 'text/plain;charset=utf-8', headers };
  if (r.provider === 'finnhub') return json(429, { error: 'API limit reached. Please try again later. Remaining Limit: 0' }, headers);
  return json(429, FMP_LIMIT, headers);
}

/** Valid JSON with the right structure and the wrong contents. */
function garbageReply(r: Route): Reply {
  if (r.provider === 'yahoo') {
    return json(200, {
      chart: {
        result: [
          {
            meta: { currency: 'USD', symbol: 'GARBAGE', regularMarketPrice: '123.45', regularMarketTime: 'yesterday' },
            indicators: { quote: [{ close: ['a', {}] }] },
          },
        ],
        error: null,
      },
    });
  }
  if (r.provider === 'finnhub') return json(200, { c: '123.45', d: 'up', dp: null, h: 0, l: 0, o: 0, pc: 'x', t: 'now' });
  return json(200, [{ symbol: 'GARBAGE', price: { value: 1 }, change: 'x', changePercentage: null, timestamp: -5 }]);
}

/** Hostile strings and absurd numbers where the card would show text or numbers. */
function evilReply(r: Route, s: Series): Reply {
  if (r.provider === 'yahoo') {
    const body = yahooChart(s, '<img src=x onerror=alert(1)>') as { chart: { result: { meta: Record<string, unknown> }[] } };
    const meta = body.chart.result[0]!.meta;
    meta.currency = 'javascript:alert(document.domain)';
    meta.longName = '<script>alert(1)</script>';
    return json(200, body);
  }
  if (r.provider === 'finnhub') return json(200, { c: 1e300, d: -1e300, dp: 1e300, h: 0, l: 0, o: 0, pc: 1, t: 1e15 });
  return json(200, [
    {
      symbol: 'javascript:alert(1)',
      name: '<script>alert(1)</script>',
      price: -5,
      change: 1e300,
      changePercentage: 1e300,
      timestamp: 'now',
    },
  ]);
}

export async function startEmulator(init: EmulatorOptions = {}): Promise<Emulator> {
  const options: Emulator['options'] = {
    stallMs: init.stallMs ?? 10_000,
    retryAfterSeconds: init.retryAfterSeconds ?? 30,
    flakyFailures: init.flakyFailures ?? 1,
    finnhubCandles: init.finnhubCandles ?? false,
    now: init.now ?? Date.now,
  };
  const requests: RequestRecord[] = [];
  const flakyCount = new Map<string, number>();
  const modes = new Map<string, FailureMode>();
  const stalled = new Set<ServerResponse>();
  const stallTimers = new Set<ReturnType<typeof setTimeout>>();

  const send = (res: ServerResponse, record: RequestRecord, reply: Reply) => {
    record.status = reply.status;
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(reply.status, {
      ...CORS,
      'content-type': reply.type ?? 'application/json;charset=utf-8',
      'cache-control': 'no-store',
      ...reply.headers,
    });
    res.end(reply.body);
  };

  function reply(r: Route, res: ServerResponse, record: RequestRecord): void {
    const asked = (r.symbol ?? '').toUpperCase();
    const sym = modes.get(asked) ?? asked;
    if (r.provider !== 'yahoo' && !r.key) {
      return send(res, record, r.provider === 'finnhub' ? json(401, { error: 'Please use an API key.' }) : json(401, FMP_INVALID_KEY));
    }
    if (r.key === BAD_KEY)
      return send(res, record, r.provider === 'finnhub' ? json(401, { error: 'Invalid API key.' }) : json(401, FMP_INVALID_KEY));
    const sony = seriesFor(LISTINGS.SONY!, options.now());
    switch (sym) {
      case 'RATE429':
        return send(res, record, rateLimitReply(r, options.retryAfterSeconds));
      case 'RATE429X':
        return send(res, record, rateLimitReply(r, null));
      case 'ERR500':
        return send(
          res,
          record,
          r.provider === 'yahoo'
            ? json(500, { chart: { result: null, error: { code: 'Internal Server Error', description: 'Internal Server Error' } } })
            : { status: 500, body: 'Internal Server Error', type: 'text/plain' },
        );
      case 'ERR503':
        return send(res, record, {
          status: 503,
          body: '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>',
          type: 'text/html',
        });
      case 'FLAKY': {
        const key = `${r.provider}/${r.endpoint}`;
        const n = flakyCount.get(key) ?? 0;
        flakyCount.set(key, n + 1);
        if (n < options.flakyFailures) return send(res, record, { status: 503, body: 'Service Unavailable', type: 'text/plain' });
        return send(res, record, dataReply(r, sony, options));
      }
      case 'BADJSON': {
        const full = dataReply(r, sony, options);
        return send(res, record, { ...full, body: full.body.slice(0, Math.floor(full.body.length / 2)) });
      }
      case 'HTML':
        return send(res, record, { status: 200, body: CAPTIVE_PORTAL, type: 'text/html' });
      case 'GARBAGE':
        return send(res, record, garbageReply(r));
      case 'EVIL':
        return send(res, record, evilReply(r, sony));
      case 'UNKNOWN':
        return send(res, record, unknownReply(r));
      case 'STALL': {
        stalled.add(res);
        res.on('close', () => stalled.delete(res));
        if (options.stallMs === 'never') return;
        const timer = setTimeout(() => {
          stallTimers.delete(timer);
          stalled.delete(res);
          send(res, record, dataReply(r, sony, options));
        }, options.stallMs);
        stallTimers.add(timer);
        return;
      }
    }
    const listing = Object.values(LISTINGS).find((l) => l.symbol.toUpperCase() === asked);
    send(res, record, listing ? dataReply(r, seriesFor(listing, options.now()), options) : unknownReply(r));
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const r = req.method === 'GET' ? route(url) : null;
    const record: RequestRecord = {
      method: req.method ?? 'GET',
      path: url.pathname,
      provider: r?.provider ?? null,
      endpoint: r?.endpoint ?? null,
      symbol: r?.symbol ?? null,
      withKey: !!r?.key,
      status: 0,
      at: Date.now(),
    };
    requests.push(record);
    if (req.method === 'OPTIONS') return send(res, record, { status: 204, body: '' });
    if (!r) return send(res, record, json(404, { error: 'no such endpoint on the quote emulator' }));
    reply(r, res, record);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(init.port ?? 0, init.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('emulator has no port');

  return {
    url: `http://${init.host ?? '127.0.0.1'}:${addr.port}`,
    requests,
    options,
    requestsFor: (symbol, provider) =>
      requests.filter((q) => q.symbol?.toUpperCase() === symbol.toUpperCase() && (!provider || q.provider === provider)),
    setMode(symbol, mode) {
      if (mode) modes.set(symbol.toUpperCase(), mode);
      else modes.delete(symbol.toUpperCase());
    },
    reset() {
      requests.length = 0;
      flakyCount.clear();
      modes.clear();
    },
    close() {
      for (const t of stallTimers) clearTimeout(t);
      stallTimers.clear();
      for (const res of stalled) res.destroy();
      stalled.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stall = argValue('--stall-ms');
  const emu = await startEmulator({
    port: Number(argValue('--port') ?? process.env.EMULATOR_PORT ?? 0),
    stallMs: stall === 'never' ? 'never' : stall ? Number(stall) : undefined,
  });
  console.log(emu.url);
  const stop = () => void emu.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
