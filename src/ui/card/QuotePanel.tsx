// The live part of the card, shown only when quotes are switched on. Every state the background can answer
// has its own sentence, and a last known quote is still shown (marked as such) when a fresh one failed.
import type { Quote, QuoteResult } from '../../core/types.ts';
import {
  digits, direction, formatNumber, formatSigned, formatTime, marketStateText, sourceText, type FormatOptions,
} from './format.ts';
import { Sparkline } from './Sparkline.tsx';

export type QuoteState = QuoteResult | 'loading' | null;

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

function isShowable(q: Quote | undefined): q is Quote {
  return !!q && Number.isFinite(q.price) && Number.isFinite(q.change) && Number.isFinite(q.changePercent);
}

export function QuoteBody({ quote, format }: { quote: Quote; format?: FormatOptions }) {
  const dir = direction(quote.change);
  const meta = [marketStateText(quote.marketState), formatTime(quote.marketTime, format), sourceText(quote)]
    .filter(Boolean)
    .join(' · ');
  const currency = String(quote.currency ?? '').slice(0, 8);
  return (
    <div class="qbody">
      <div class="price-row">
        <span class="price ltr">{formatNumber(quote.price, format)}</span>
        {currency && <span class="cur">{currency}</span>}
        <span class={`chg ltr ${dir}`}>
          <span aria-hidden="true">{ARROWS[dir]} </span>
          {formatSigned(quote.change, format, digits(quote.price))} ({formatSigned(quote.changePercent, format)}%)
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
        ? { text: `Cached quote from ${formatTime(result.fetchedAt, format)}; it may be out of date.`, warn: true, quote: result.quote }
        : { text: '', warn: false, quote: result.quote };
    case 'rate-limited': {
      const when = formatTime(result.retryAt, format);
      return {
        text: `Quote limit reached${when ? `; next try after ${when}` : ''}.`,
        detail: result.cached ? 'Showing the last known quote.' : undefined,
        warn: true,
        quote: result.cached,
      };
    }
    case 'unknown-symbol':
      return { text: 'The quote provider does not know this symbol.', detail: result.message, warn: false };
    case 'offline':
      return { text: 'You are offline.', detail: result.cached ? 'Showing the last known quote.' : 'No live quote.', warn: true, quote: result.cached };
    case 'timeout':
      return { text: 'The quote service did not answer in time.', detail: result.cached ? 'Showing the last known quote.' : undefined, warn: true, quote: result.cached };
    case 'disabled':
      return { text: "Live quotes are off. Turn them on in Clearfolio's options.", warn: false };
    case 'error':
    default:
      return { text: 'Could not load a quote.', detail: 'message' in result ? result.message : undefined, warn: true, quote: 'cached' in result ? result.cached : undefined };
  }
}

export function QuotePanel({ state, format }: { state: QuoteState; format?: FormatOptions }) {
  if (state === null) return null;
  if (state === 'loading') {
    return (
      <section class="quote" aria-live="polite" aria-busy="true" aria-label="Quote">
        <p class="status" role="status">Loading quote…</p>
      </section>
    );
  }
  const d = describeQuote(state, format);
  return (
    <section class="quote" aria-live="polite" aria-label="Quote">
      {d.text && <Status text={d.text} detail={d.detail} warn={d.warn} />}
      {isShowable(d.quote) && <QuoteBody quote={d.quote} format={format} />}
    </section>
  );
}
