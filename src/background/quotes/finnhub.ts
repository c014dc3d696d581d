// Finnhub: needs the user's key (token=...).
//   GET /api/v1/quote?symbol=AAPL&token=KEY -> {"c":..,"d":..,"dp":..,"h":..,"l":..,"o":..,"pc":..,"t":seconds}
//   An unknown symbol is still 200, with every number 0 (and d/dp null).
//   401 {"error":"Invalid API key."}; 403 {"error":"You don't have access to this resource."}; 429 "API limit reached".
//   GET /api/v1/stock/candle?symbol=..&resolution=D&from=..&to=.. -> {"s":"ok","c":[..],"t":[..]} or {"s":"no_data"};
//   free plans get 403 there, which only means "no sparkline".
// The quote carries no currency; the card shows none rather than guessing.
import type { Listing, Outcome, QuoteProvider } from './types.ts';
import { joinUrl } from './url.ts';
import { changeFrom, cleanCloses, finite, isObject, parseJson, sanitizeQuote, secondsToMs, shortText } from './validate.ts';
import { QUOTE_PROVIDERS } from '../../core/quote-providers.ts';
import { yahooSymbol } from '../../core/resolve/exchanges.ts';

const MONTH_S = 31 * 86_400;

/**
 * Finnhub keeps a US share class's dot (BRK.B, where Yahoo writes BRK-B) and uses Yahoo's venue suffixes
 * elsewhere (BP.L, 6758.T, 0700.HK). A Yahoo spelling without a suffix is a US listing.
 */
export function finnhubSymbol(listing: Listing): string {
  const yahoo = yahooSymbol(listing);
  return yahoo.includes('.') ? yahoo : listing.symbol;
}

export function parseFinnhubQuote(status: number, body: string, symbol: string): Outcome {
  const json = parseJson(body);
  const errorText = isObject(json) ? shortText(json.error) : '';
  if (status === 401 || status === 403) return { kind: 'denied', message: errorText || `HTTP ${status} from Finnhub` };
  if (json === undefined) return { kind: 'invalid', message: `Unreadable answer from Finnhub (HTTP ${status})` };
  if (errorText) return { kind: 'denied', message: errorText };
  if (status !== 200 || !isObject(json)) return { kind: 'invalid', message: `HTTP ${status} from Finnhub` };
  const { c, d, dp, pc, t } = json;
  if (c === 0 && (pc === 0 || pc === undefined) && (t === 0 || t === undefined)) {
    return { kind: 'unknown', message: `Finnhub has no data for ${symbol}` };
  }
  const marketTime = secondsToMs(t);
  if (!finite(c) || c <= 0 || marketTime === null)
    return { kind: 'invalid', message: 'Finnhub sent a quote with missing or malformed fields' };
  let change: { change: number; changePercent: number };
  if (finite(d) && finite(dp)) change = { change: d, changePercent: dp };
  else if (finite(pc) && pc > 0) change = changeFrom(c, pc);
  else return { kind: 'invalid', message: 'Finnhub sent a quote without a previous close' };
  const quote = sanitizeQuote({ symbol, price: c, ...change, currency: '', marketTime, source: 'finnhub' });
  return quote ? { kind: 'ok', quote } : { kind: 'invalid', message: 'Finnhub sent a quote that failed validation' };
}

export function parseFinnhubCandles(status: number, body: string): number[] | null {
  if (status !== 200) return null;
  const json = parseJson(body);
  if (!isObject(json) || json.s !== 'ok') return null;
  return cleanCloses(json.c);
}

export const finnhub: QuoteProvider = {
  id: 'finnhub',
  ...QUOTE_PROVIDERS.finnhub,
  symbolFor: finnhubSymbol,
  quoteUrl: (symbol, ctx) => joinUrl(ctx.baseUrl, '/api/v1/quote', { symbol, token: ctx.apiKey }),
  parseQuote: parseFinnhubQuote,
  sparklineUrl: (symbol, ctx) => {
    const to = Math.floor(ctx.now / 1000);
    return joinUrl(ctx.baseUrl, '/api/v1/stock/candle', {
      symbol,
      resolution: 'D',
      from: String(to - MONTH_S),
      to: String(to),
      token: ctx.apiKey,
    });
  },
  parseSparkline: parseFinnhubCandles,
};
