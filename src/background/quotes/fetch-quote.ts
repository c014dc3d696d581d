// One attempt at a quote from one provider: the quote request, then (only when the quote came without
// closes and the provider has a separate history endpoint) a best-effort sparkline request. Retries,
// caching and back-off are the service's job; this file only turns HTTP into an Outcome.
import { httpGet, retryAfterMs, type HttpDeps } from './http.ts';
import type { Outcome, QuoteProvider, RequestContext } from './types.ts';
import { sanitizeQuote } from './validate.ts';

export interface AttemptOptions extends HttpDeps {
  /** Ask the history endpoint for the sparkline (off once the plan has refused it). */
  sparkline: boolean;
  sparklineTimeoutMs: number;
}

export interface Attempt {
  outcome: Outcome;
  /** The history endpoint answered 401/403: the key's plan has no access, so stop asking for a while. */
  sparklineRefused?: boolean;
}

export async function fetchQuoteOnce(provider: QuoteProvider, symbol: string, ctx: RequestContext, opts: AttemptOptions): Promise<Attempt> {
  if (provider.needsKey && !ctx.apiKey) {
    return { outcome: { kind: 'denied', message: `${provider.label} needs an API key; add yours in Clearfolio's options.` } };
  }
  const res = await httpGet(provider.quoteUrl(symbol, ctx), opts);
  if (!res.ok) return { outcome: res.outcome };
  if (res.status === 429) {
    return {
      outcome: { kind: 'rate-limited', retryAfterMs: retryAfterMs(res.headers, ctx.now), message: `${provider.label} rate limit reached` },
    };
  }
  if (res.status >= 500) return { outcome: { kind: 'server', status: res.status, message: `HTTP ${res.status} from ${provider.label}` } };
  const outcome = provider.parseQuote(res.status, res.body, symbol, ctx.now);
  if (outcome.kind !== 'ok' || outcome.quote.sparkline || !opts.sparkline || !provider.sparklineUrl || !provider.parseSparkline) {
    return { outcome };
  }
  const hist = await httpGet(provider.sparklineUrl(symbol, ctx), { ...opts, timeoutMs: opts.sparklineTimeoutMs });
  if (!hist.ok) return { outcome };
  const closes = provider.parseSparkline(hist.status, hist.body);
  const withCloses = closes ? sanitizeQuote({ ...outcome.quote, sparkline: closes }) : null;
  return {
    outcome: withCloses ? { kind: 'ok', quote: withCloses } : outcome,
    sparklineRefused: hist.status === 401 || hist.status === 403,
  };
}
