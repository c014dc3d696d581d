// The live part of the card, shown only when quotes are switched on. Every state the background can answer
// has its own sentence (from the message catalogue), and a last known quote is still shown (marked as such)
// when a fresh one failed.
import type { Quote, QuoteResult } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import {
  digits,
  direction,
  formatNumber,
  formatSigned,
  formatTime,
  marketStateText,
  percentText,
  sourceText,
  type FormatOptions,
} from './format.ts';
import { Sparkline } from './Sparkline.tsx';

export type QuoteState = QuoteResult | 'loading' | null;

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

function isShowable(q: Quote | undefined): q is Quote {
  return !!q && Number.isFinite(q.price) && Number.isFinite(q.change) && Number.isFinite(q.changePercent);
}

export function QuoteBody({ quote, format }: { quote: Quote; format?: FormatOptions }) {
  const dir = direction(quote.change);
  const meta = [marketStateText(quote.marketState), formatTime(quote.marketTime, format), sourceText(quote)].filter(Boolean).join(' · ');
  const currency = String(quote.currency ?? '').slice(0, 8);
  return (
    <div class="qbody">
      <div class="price-row">
        <span class="price ltr">{formatNumber(quote.price, format)}</span>
        {currency && <span class="cur">{currency}</span>}
        <span class={`chg ltr ${dir}`}>
          <span aria-hidden="true">{ARROWS[dir]} </span>
          {formatSigned(quote.change, format, digits(quote.price))} ({percentText(formatSigned(quote.changePercent, format))})
        </span>
      </div>
      {quote.sparkline && <Sparkline values={quote.sparkline} format={format} />}
      <p class="meta">{meta}</p>
    </div>
  );
}

function Status({ text, detail, warn }: { text: string; detail?: string; warn?: boolean }) {
  return (
    <p class={warn ? 'warn status' : 'status'} role="status">
      {text}
      {detail ? ` ${detail}` : ''}
    </p>
  );
}

interface Described {
  text: string;
  detail?: string;
  warn: boolean;
  quote?: Quote;
}

/** The sentence (and the quote, if any) for one background answer. */
export function describeQuote(result: QuoteResult, format?: FormatOptions): Described {
  switch (result.status) {
    case 'ok':
      return result.stale
        ? { text: t('quoteStale', formatTime(result.fetchedAt, format)), warn: true, quote: result.quote }
        : { text: '', warn: false, quote: result.quote };
    case 'rate-limited': {
      const when = formatTime(result.retryAt, format);
      return {
        text: when ? t('quoteRateLimitedUntil', when) : t('quoteRateLimited'),
        detail: result.cached ? t('quoteShowingCached') : undefined,
        warn: true,
        quote: result.cached,
      };
    }
    case 'unknown-symbol':
      return { text: t('quoteUnknownSymbol'), detail: result.message, warn: false };
    case 'offline':
      return {
        text: t('quoteOffline'),
        detail: result.cached ? t('quoteShowingCached') : t('quoteNoLive'),
        warn: true,
        quote: result.cached,
      };
    case 'timeout':
      return { text: t('quoteTimeout'), detail: result.cached ? t('quoteShowingCached') : undefined, warn: true, quote: result.cached };
    case 'disabled':
      return { text: t('quoteDisabled'), warn: false };
    case 'error':
    default:
      return {
        text: t('quoteError'),
        detail: 'message' in result ? result.message : undefined,
        warn: true,
        quote: 'cached' in result ? result.cached : undefined,
      };
  }
}

export function QuotePanel({ state, format }: { state: QuoteState; format?: FormatOptions }) {
  if (state === null) return null;
  if (state === 'loading') {
    return (
      <section class="quote" aria-live="polite" aria-busy="true" aria-label={t('quoteLabel')}>
        <p class="status" role="status">
          {t('quoteLoading')}
        </p>
      </section>
    );
  }
  const d = describeQuote(state, format);
  return (
    <section class="quote" aria-live="polite" aria-label={t('quoteLabel')}>
      {d.text && <Status text={d.text} detail={d.detail} warn={d.warn} />}
      {isShowable(d.quote) && <QuoteBody quote={d.quote} format={format} />}
    </section>
  );
}
