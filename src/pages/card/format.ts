// Text for numbers, times and trends. Locale and time zone are parameters so tests (and a user's own
// settings) get deterministic output; undefined means the browser's defaults. The words around the numbers
// come from the extension's message catalogue, so a translation can also move the % sign and the word order.
import type { Quote } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import { QUOTE_PROVIDERS, type ProviderId } from '../../core/quote-providers.ts';

export interface FormatOptions {
  locale?: string;
  timeZone?: string;
}

/** Fraction digits for a price: 2, or 4 below one unit (penny stocks, some currencies). */
export function digits(n: number): number {
  const a = Math.abs(n);
  return a !== 0 && a < 1 ? 4 : 2;
}

export function formatNumber(n: number, o: FormatOptions = {}, fraction = digits(n)): string {
  return new Intl.NumberFormat(o.locale, { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(n);
}

/** "+1.25", "-0.40", "0.00": the sign is always written, so the direction never rests on colour alone. */
export function formatSigned(n: number, o: FormatOptions = {}, fraction = 2): string {
  return new Intl.NumberFormat(o.locale, {
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
    signDisplay: 'exceptZero',
  }).format(n);
}

export type Direction = 'up' | 'down' | 'flat';

export function direction(change: number): Direction {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

export function formatTime(ms: number, o: FormatOptions = {}): string {
  if (!Number.isFinite(ms) || ms <= 0) return '';
  return new Intl.DateTimeFormat(o.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: o.timeZone,
  }).format(ms);
}

// Thunks with literal keys: the catalogue is read at render time (a test may swap it), and the key test
// finds every key by reading the source.
const MARKET_STATES: Record<NonNullable<Quote['marketState']>, () => string> = {
  pre: () => t('marketPre'),
  regular: () => t('marketRegular'),
  post: () => t('marketPost'),
  closed: () => t('marketClosed'),
};

export function marketStateText(state: Quote['marketState']): string | null {
  // hasOwn: the state comes from a provider's answer, and "constructor" must not reach Object's prototype.
  return state && Object.hasOwn(MARKET_STATES, state) ? MARKET_STATES[state]() : null;
}

/** "Yahoo Finance, delayed 15 min", "Finnhub, real time", "Finnhub". */
export function sourceText(q: Pick<Quote, 'source' | 'delayMinutes'>): string {
  // hasOwn: the source comes from a provider's answer.
  const name = Object.hasOwn(QUOTE_PROVIDERS, q.source) ? QUOTE_PROVIDERS[q.source as ProviderId].label : q.source;
  if (q.delayMinutes === undefined || !Number.isFinite(q.delayMinutes)) return name;
  return q.delayMinutes <= 0 ? t('quoteSourceRealTime', name) : t('quoteSourceDelayed', [name, Math.round(q.delayMinutes)]);
}

/** "-1.70%" in English, "-1,70 %" in German: the number is formatted, the sign's placement translated. */
export function percentText(value: string): string {
  return t('quotePercent', value);
}

/** Finite closes only: a provider's nulls and NaNs must not bend the line. */
export function cleanSeries(values: readonly number[] | undefined): number[] {
  return (values ?? []).filter((v) => typeof v === 'number' && Number.isFinite(v));
}

/**
 * What a screen reader hears for the sparkline: "Last 22 closes: up 4.2% from 88.10 to 91.80 (low 85.00,
 * high 93.10)". Null when there are fewer than two closes.
 */
export function trendSummary(values: readonly number[], o: FormatOptions = {}): string | null {
  const v = cleanSeries(values);
  if (v.length < 2) return null;
  const first = v[0]!;
  const last = v[v.length - 1]!;
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  const d = direction(last - first);
  const pct = first !== 0 ? Math.abs(((last - first) / first) * 100) : 0;
  const f = (n: number) => formatNumber(n, o, digits(first));
  const ends = [f(first), f(last), f(lo), f(hi)];
  if (d === 'flat') return t('trendFlat', [v.length, ...ends]);
  const args = [v.length, formatNumber(pct, o, 1), ...ends];
  return d === 'up' ? t('trendUp', args) : t('trendDown', args);
}

/** "JP" -> "Japan"; a name the data already spells out is kept. */
export function countryName(country: string, locale?: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}
