// Yahoo Finance's chart endpoint: no key, one request gives the price and a month of daily closes.
//   GET /v8/finance/chart/{SYMBOL}?range=1mo&interval=1d
//   200 {"chart":{"result":[{"meta":{...},"timestamp":[...],"indicators":{"quote":[{"close":[...]}]}}],"error":null}}
//   404 {"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}
// Pitfall: with range=1mo, meta.chartPreviousClose is the close before the month began, not yesterday's.
// The day's change is measured against the last daily bar of an earlier trading day instead.
import type { Quote } from '../../core/types.ts';
import type { Outcome, QuoteProvider } from './types.ts';
import { joinUrl } from './url.ts';
import { changeFrom, cleanCloses, currencyCode, finite, isObject, parseJson, sanitizeQuote, secondsToMs, shortText } from './validate.ts';
import { QUOTE_PROVIDERS } from '../../core/quote-providers.ts';
import { yahooSymbol } from '../../core/resolve/exchanges.ts';

const DAY_S = 86_400;

function errorOf(json: unknown): { code: string; description: string } | null {
  const holder = isObject(json) ? (json.chart ?? json.finance) : undefined;
  const err = isObject(holder) ? holder.error : undefined;
  return isObject(err) ? { code: shortText(err.code, 40), description: shortText(err.description) } : null;
}

/** The session the market is in at `now`, from meta.currentTradingPeriod (seconds). */
function marketState(meta: Record<string, unknown>, now: number): Quote['marketState'] | undefined {
  const periods = meta.currentTradingPeriod;
  if (!isObject(periods)) return undefined;
  const t = now / 1000;
  for (const name of ['pre', 'regular', 'post'] as const) {
    const p = periods[name];
    if (isObject(p) && finite(p.start) && finite(p.end) && p.start < p.end && t >= p.start && t < p.end) return name;
  }
  return 'closed';
}

/**
 * Yesterday's close: meta.previousClose when Yahoo sends it (short ranges), else the last daily close of a
 * trading day before the one regularMarketTime falls on (days counted in the exchange's own offset).
 */
function previousClose(meta: Record<string, unknown>, result: Record<string, unknown>, closes: unknown): number | null {
  for (const k of ['previousClose', 'regularMarketPreviousClose'] as const) {
    const v = meta[k];
    if (finite(v) && v > 0) return v;
  }
  const times = result.timestamp;
  const offset = finite(meta.gmtoffset) ? meta.gmtoffset : 0;
  if (finite(meta.regularMarketTime) && Array.isArray(times) && Array.isArray(closes) && times.length === closes.length) {
    const today = Math.floor((meta.regularMarketTime + offset) / DAY_S);
    for (let i = times.length - 1; i >= 0; i--) {
      const t = times[i];
      const c = closes[i];
      if (finite(t) && Math.floor((t + offset) / DAY_S) < today && finite(c) && c > 0) return c;
    }
  }
  const cpc = meta.chartPreviousClose;
  return finite(cpc) && cpc > 0 ? cpc : null;
}

export function parseYahooChart(status: number, body: string, symbol: string, now: number): Outcome {
  const json = parseJson(body);
  const err = errorOf(json);
  if (status === 404 || err?.code === 'Not Found') {
    return { kind: 'unknown', message: err?.description || `No data for ${symbol}` };
  }
  if (status === 401 || status === 403) return { kind: 'denied', message: err?.description || `HTTP ${status} from Yahoo Finance` };
  if (json === undefined) return { kind: 'invalid', message: `Unreadable answer from Yahoo Finance (HTTP ${status})` };
  if (status !== 200 || err) return { kind: 'invalid', message: err?.description || `HTTP ${status} from Yahoo Finance` };
  const chart = isObject(json) ? json.chart : undefined;
  const results = isObject(chart) ? chart.result : undefined;
  if (Array.isArray(results) && results.length === 0) return { kind: 'unknown', message: `No data for ${symbol}` };
  const result = Array.isArray(results) ? results[0] : undefined;
  const meta = isObject(result) ? result.meta : undefined;
  if (!isObject(result) || !isObject(meta)) return { kind: 'invalid', message: 'Yahoo Finance answered without chart data' };
  if (meta.regularMarketPrice === undefined || meta.regularMarketPrice === null) {
    return { kind: 'unknown', message: `No price for ${symbol}` };
  }
  const price = meta.regularMarketPrice;
  const indicators = result.indicators;
  const quotes = isObject(indicators) ? indicators.quote : undefined;
  const first = Array.isArray(quotes) ? quotes[0] : undefined;
  const closes = isObject(first) ? first.close : undefined;
  const marketTime = secondsToMs(meta.regularMarketTime);
  const currency = currencyCode(meta.currency);
  const prev = previousClose(meta, result, closes);
  if (!finite(price) || price <= 0 || marketTime === null || currency === null || prev === null) {
    return { kind: 'invalid', message: 'Yahoo Finance sent a quote with missing or malformed fields' };
  }
  const sparkline = cleanCloses(closes);
  const quote = sanitizeQuote({
    symbol,
    price,
    ...changeFrom(price, prev),
    currency,
    marketTime,
    marketState: marketState(meta, now),
    source: 'yahoo',
    ...(sparkline ? { sparkline } : {}),
  });
  return quote ? { kind: 'ok', quote } : { kind: 'invalid', message: 'Yahoo Finance sent a quote that failed validation' };
}

export const yahoo: QuoteProvider = {
  id: 'yahoo',
  ...QUOTE_PROVIDERS.yahoo,
  symbolFor: yahooSymbol,
  quoteUrl: (symbol, ctx) => joinUrl(ctx.baseUrl, `/v8/finance/chart/${encodeURIComponent(symbol)}`, { range: '1mo', interval: '1d' }),
  parseQuote: parseYahooChart,
};
