// The shapes shared by the quote adapters and the quote service. Nothing here touches `browser.*`: the
// host passes in fetch, the clock, timers and a key-value store, so the same code runs in the background
// service worker and in vitest on Node.
import type { ProviderId } from '../../core/settings.ts';
import type { Quote } from '../../core/types.ts';

export type { ProviderId };

/** A listing as the dataset names it: the exchange's own symbol and the venue's MIC. */
export interface Listing {
  symbol: string;
  mic: string;
}

/** The part of `fetch` the quote layer uses; the global one fits. */
export type FetchLike = (url: string, init: { signal: AbortSignal; headers?: Record<string, string> }) => Promise<ResponseLike>;

export interface ResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** Where quotes survive a service-worker restart (storage.session or storage.local in the browser). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/**
 * What one provider answer means, before the service decides what to tell the card. Adapters return
 * these from `parse*`; the HTTP layer adds 'network' and 'timeout'.
 */
export type Outcome =
  | { kind: 'ok'; quote: Quote }
  | { kind: 'unknown'; message: string }
  | { kind: 'rate-limited'; retryAfterMs?: number; message: string }
  /** A server-side failure worth retrying (5xx). */
  | { kind: 'server'; status: number; message: string }
  /** The provider refused us (bad or missing key, plan without access): retrying will not help. */
  | { kind: 'denied'; message: string }
  /** The answer could not be understood: truncated JSON, wrong types, hostile strings. */
  | { kind: 'invalid'; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; message: string };

export interface RequestContext {
  /** Origin (and optional path prefix) that replaces the provider's own, e.g. the emulator's URL. */
  baseUrl: string;
  apiKey?: string;
  /** Epoch milliseconds, for date ranges and market state. */
  now: number;
}

/** One quote provider: how to ask it and how to read its answers. Pure functions of their inputs. */
export interface QuoteProvider {
  id: ProviderId;
  label: string;
  /** Origins to request as optional host permissions (core/quote-providers.ts; must match manifest.json). */
  origins: readonly string[];
  defaultBaseUrl: string;
  needsKey: boolean;
  /** How this provider spells a listing's symbol (BRK-B at Yahoo, BRK.B at Finnhub; venue suffixes). */
  symbolFor(listing: Listing): string;
  quoteUrl(symbol: string, ctx: RequestContext): string;
  /** Reads the quote answer. 429 and 5xx never reach it: the HTTP layer handles those for every provider. */
  parseQuote(status: number, body: string, symbol: string, now: number): Outcome;
  /** A second request for the month of closes, when the quote answer does not carry them. */
  sparklineUrl?(symbol: string, ctx: RequestContext): string;
  /** Closes oldest first, or null when the answer has none (plan without access, no data, garbage). */
  parseSparkline?(status: number, body: string): number[] | null;
}
