// Provider answers and cached entries are untrusted input: a proxy, a captive portal or a hostile base URL
// can put anything in them. Every field that reaches the card passes through here, so the card only ever
// sees finite numbers and short plain-text codes. Anything else makes the whole quote invalid.
import { PROVIDER_IDS } from '../../core/quote-providers.ts';
import type { Quote } from '../../core/types.ts';

/** Symbols as Yahoo writes them: SONY, 6758.T, BP.L, BRK-B, ^GSPC, EURUSD=X. */
export const SYMBOL_RE = /^[A-Za-z0-9.\-^=/]{1,20}$/;
/** ISO 4217 letters; Yahoo also uses minor units such as GBp and ZAc, hence case-insensitive. */
const CURRENCY_RE = /^[A-Za-z]{3}$/;
/** A quote names the provider it came from: only a registered one (a new provider needs no edit here). */
const SOURCES: ReadonlySet<string> = new Set(PROVIDER_IDS);
const MARKET_STATES = new Set(['pre', 'regular', 'post', 'closed']);
/** 1990..2100: a market time outside this is a unit mistake or garbage. */
const MIN_TIME = Date.UTC(1990, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);
/** Bigger magnitudes are not prices or changes (times have their own check). */
const MAX_ABS = 1e12;
export const MAX_SPARKLINE = 400;
/** Larger answers are not quotes; reading them would only cost memory. */
export const MAX_BODY_CHARS = 2_000_000;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < MAX_ABS;
}

/** JSON.parse that answers undefined instead of throwing, and refuses oversized bodies. */
export function parseJson(body: string): unknown {
  if (body.length > MAX_BODY_CHARS) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** A currency code, '' when the provider gave none, or null when it gave something that is not one. */
export function currencyCode(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return '';
  return typeof v === 'string' && CURRENCY_RE.test(v) ? v : null;
}

/** An epoch-millisecond time between 1990 and 2100. */
export function plausibleTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= MIN_TIME && v <= MAX_TIME;
}

/** Epoch seconds -> milliseconds, or null when not a plausible market time. */
export function secondsToMs(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  const ms = Math.round(v * 1000);
  return plausibleTime(ms) ? ms : null;
}

/**
 * Daily closes for the sparkline. Nulls are normal (holidays, the session in progress) and are skipped;
 * any other non-number means the series is garbage, and then there is no sparkline at all.
 */
export function cleanCloses(v: unknown): number[] | null {
  if (!Array.isArray(v)) return null;
  const out: number[] = [];
  for (const x of v.slice(-MAX_SPARKLINE)) {
    if (x === null) continue;
    if (!finite(x) || x <= 0) return null;
    out.push(x);
  }
  return out.length >= 2 ? out : null;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** Change from the previous close, rounded so float noise (0.30000000000000004) never reaches the card. */
export function changeFrom(price: number, previousClose: number): { change: number; changePercent: number } {
  const change = price - previousClose;
  return { change: round(change, 6), changePercent: round((change / previousClose) * 100, 4) };
}

/**
 * The one gate every quote passes, from a provider or from the cache: returns a clean copy holding only
 * known fields, or null.
 */
export function sanitizeQuote(raw: unknown): Quote | null {
  if (!isObject(raw)) return null;
  const { symbol, price, change, changePercent, currency, marketTime, marketState, source, delayMinutes, sparkline } = raw;
  if (typeof symbol !== 'string' || !SYMBOL_RE.test(symbol)) return null;
  if (!finite(price) || price <= 0 || !finite(change) || !finite(changePercent)) return null;
  const cur = currencyCode(currency);
  if (cur === null || typeof currency !== 'string') return null;
  if (!plausibleTime(marketTime)) return null;
  if (typeof source !== 'string' || !SOURCES.has(source)) return null;
  const q: Quote = { symbol, price, change, changePercent, currency: cur, marketTime, source };
  if (marketState !== undefined) {
    if (typeof marketState !== 'string' || !MARKET_STATES.has(marketState)) return null;
    q.marketState = marketState as Quote['marketState'];
  }
  if (delayMinutes !== undefined) {
    if (!finite(delayMinutes) || delayMinutes < 0 || delayMinutes > 1440) return null;
    q.delayMinutes = delayMinutes;
  }
  if (sparkline !== undefined) {
    const closes = cleanCloses(sparkline);
    if (closes) q.sparkline = closes;
  }
  return q;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** Short, single-line text from a provider's error message, safe to show as plain text. */
export function shortText(v: unknown, max = 120): string {
  if (typeof v !== 'string') return '';
  // Control characters would break the one-line status; the card renders text only, never HTML.
  return v.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}
