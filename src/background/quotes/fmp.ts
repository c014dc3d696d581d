// Financial Modeling Prep: needs the user's key (apikey=...).
// FMP retired its /api/v3 endpoints for new keys on 2025-08-31 (they answer 403 "Legacy Endpoint ..."), so we
// ask the /stable ones; the parser also reads the v3 shapes, which older keys and proxies still serve.
//   GET /stable/quote?symbol=AAPL&apikey=KEY -> [{"symbol","price","change","changePercentage","previousClose","timestamp",..}]
//   (v3: GET /api/v3/quote/AAPL -> same array with "changesPercentage")   unknown symbol -> []
//   errors: {"Error Message": "Invalid API KEY. ..."} (401, or 200 on old deployments), "Limit Reach ..." (429)
//   GET /stable/historical-price-eod/light?symbol=..&from=YYYY-MM-DD -> [{"date","price","volume"}] newest first
//   (v3: /api/v3/historical-price-full/AAPL?serietype=line -> {"symbol","historical":[{"date","close"}]})
import type { Outcome, QuoteProvider } from './types.ts';
import { isoDay, joinUrl } from './url.ts';
import { changeFrom, cleanCloses, finite, isObject, parseJson, sanitizeQuote, secondsToMs, shortText } from './validate.ts';
import { QUOTE_PROVIDERS } from '../../core/quote-providers.ts';
import { yahooSymbol } from '../../core/resolve/exchanges.ts';

const MONTH_MS = 31 * 86_400_000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}/;

function errorMessage(json: unknown): string {
  return isObject(json) ? shortText(json['Error Message'] ?? json.error ?? json.message) : '';
}

export function parseFmpQuote(status: number, body: string, symbol: string): Outcome {
  const json = parseJson(body);
  const message = errorMessage(json);
  if (/limit reach/i.test(message)) return { kind: 'rate-limited', message };
  if (status === 401 || status === 403 || message) return { kind: 'denied', message: message || `HTTP ${status} from FMP` };
  if (json === undefined) return { kind: 'invalid', message: `Unreadable answer from FMP (HTTP ${status})` };
  if (status === 404 || (Array.isArray(json) && json.length === 0)) return { kind: 'unknown', message: `FMP has no data for ${symbol}` };
  const row = Array.isArray(json) ? json[0] : undefined;
  if (status !== 200 || !isObject(row)) return { kind: 'invalid', message: `HTTP ${status} from FMP` };
  const { price, change, previousClose, timestamp } = row;
  const pct = row.changePercentage ?? row.changesPercentage;
  const marketTime = secondsToMs(timestamp);
  if (!finite(price) || price <= 0 || marketTime === null)
    return { kind: 'invalid', message: 'FMP sent a quote with missing or malformed fields' };
  let moves: { change: number; changePercent: number };
  if (finite(change) && finite(pct)) moves = { change, changePercent: pct };
  else if (finite(previousClose) && previousClose > 0) moves = changeFrom(price, previousClose);
  else return { kind: 'invalid', message: 'FMP sent a quote without a previous close' };
  const quote = sanitizeQuote({ symbol, price, ...moves, currency: '', marketTime, source: 'fmp' });
  return quote ? { kind: 'ok', quote } : { kind: 'invalid', message: 'FMP sent a quote that failed validation' };
}

export function parseFmpHistory(status: number, body: string): number[] | null {
  if (status !== 200) return null;
  const json = parseJson(body);
  const rows = Array.isArray(json) ? json : isObject(json) ? json.historical : undefined;
  if (!Array.isArray(rows)) return null;
  const points: { date: string; close: unknown }[] = [];
  for (const r of rows) {
    if (!isObject(r) || typeof r.date !== 'string' || !DATE_RE.test(r.date)) return null;
    points.push({ date: r.date.slice(0, 10), close: r.close ?? r.price });
  }
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return cleanCloses(points.slice(-23).map((p) => p.close));
}

export const fmp: QuoteProvider = {
  id: 'fmp',
  ...QUOTE_PROVIDERS.fmp,
  // FMP spells symbols as Yahoo does: BRK-B, venue suffixes (BP.L, 6758.T, 0700.HK).
  symbolFor: yahooSymbol,
  quoteUrl: (symbol, ctx) => joinUrl(ctx.baseUrl, '/stable/quote', { symbol, apikey: ctx.apiKey }),
  parseQuote: parseFmpQuote,
  sparklineUrl: (symbol, ctx) =>
    joinUrl(ctx.baseUrl, '/stable/historical-price-eod/light', { symbol, from: isoDay(ctx.now - MONTH_MS), apikey: ctx.apiKey }),
  parseSparkline: parseFmpHistory,
};
