// One GET with a deadline. The deadline covers the body too (a server can send headers and then stall), and
// it is enforced by a race as well as by aborting, so even a fetch that ignores its signal cannot hang a
// card. Failures come back as values, never as rejections, and never mention the URL: it holds the key.
import type { FetchLike, Outcome, ResponseLike, Timers } from './types.ts';
import { MAX_BODY_CHARS } from './validate.ts';

export interface HttpDeps {
  fetch: FetchLike;
  timers: Timers;
  timeoutMs: number;
}

export type HttpResult =
  | { ok: true; status: number; headers: ResponseLike['headers']; body: string }
  | { ok: false; outcome: Extract<Outcome, { kind: 'network' | 'timeout' | 'invalid' }> };

const MAX_WAIT_MS = 3_600_000;

export async function httpGet(url: string, deps: HttpDeps): Promise<HttpResult> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: unknown;
  const deadline = new Promise<HttpResult>((resolve) => {
    timer = deps.timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
      resolve({ ok: false, outcome: { kind: 'timeout', message: `No answer within ${Math.round(deps.timeoutMs / 100) / 10} s` } });
    }, deps.timeoutMs);
  });
  const work = (async (): Promise<HttpResult> => {
    try {
      // Called unbound on purpose: the browser's fetch throws "Illegal invocation" when `this` is not the global.
      const fetchFn = deps.fetch;
      const res = await fetchFn(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      const body = await res.text();
      if (body.length > MAX_BODY_CHARS) return { ok: false, outcome: { kind: 'invalid', message: 'The answer was too large' } };
      return { ok: true, status: res.status, headers: res.headers, body };
    } catch (e) {
      if (timedOut) return { ok: false, outcome: { kind: 'timeout', message: 'No answer in time' } };
      // fetch rejects with a TypeError for every network-level failure (DNS, refused, reset, CORS, offline).
      const reason = e instanceof TypeError ? 'Network error' : 'Request failed';
      return { ok: false, outcome: { kind: 'network', message: reason } };
    }
  })();
  try {
    return await Promise.race([work, deadline]);
  } finally {
    deps.timers.clearTimeout(timer);
  }
}

/**
 * How long the provider asked us to wait: Retry-After (seconds or an HTTP date) or Finnhub's
 * X-Ratelimit-Reset (epoch seconds). Undefined when absent or unreadable; clamped to an hour.
 */
export function retryAfterMs(headers: ResponseLike['headers'], now: number): number | undefined {
  const clamp = (ms: number) => Math.min(MAX_WAIT_MS, Math.max(0, Math.round(ms)));
  const ra = headers.get('retry-after')?.trim();
  if (ra) {
    if (/^\d+(\.\d+)?$/.test(ra)) return clamp(Number(ra) * 1000);
    const at = Date.parse(ra);
    if (Number.isFinite(at)) return clamp(at - now);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d{9,11}$/.test(reset)) return clamp(Number(reset) * 1000 - now);
  return undefined;
}
