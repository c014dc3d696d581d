// Entry point for the background router. `createQuotes` keeps one quote service for the current settings
// and answers 'disabled' while quotes are off; re-configuring with unchanged settings keeps the service
// (and so its cache, in-flight requests and back-off), a real change starts a new one.
import type { QuoteResult } from '../../core/types.ts';
import { providerById } from './providers.ts';
import { createQuoteService, type QuoteService, type QuoteServiceOptions } from './service.ts';
import type { Listing, ProviderId, QuoteProvider } from './types.ts';

export { memoryStore } from './cache.ts';
export type { KeyValueStore } from './types.ts';

/** What the settings say about quotes: settings.quotes plus the provider's key from storage.local apiKeys. */
export interface QuoteConfig {
  enabled: boolean;
  provider: ProviderId;
  baseUrl: string;
  apiKey?: string;
}

/** Everything the host provides; the same for every configuration. */
export type QuoteEnv = Omit<QuoteServiceOptions, 'provider' | 'baseUrl' | 'apiKey'>;

export interface Quotes {
  configure(config: QuoteConfig): void;
  /** The listing's quote, asked in the configured provider's own symbol spelling. */
  getQuote(listing: Listing): Promise<QuoteResult>;
  /** The active service, or null while quotes are off (tests, diagnostics). */
  current(): QuoteService | null;
}

export function createQuotes(env: QuoteEnv): Quotes {
  let key = '';
  let service: QuoteService | null = null;
  let provider: QuoteProvider | null = null;
  return {
    configure(config) {
      const chosen = config.enabled ? providerById(config.provider) : null;
      const next = chosen ? JSON.stringify([chosen.id, config.baseUrl.trim(), config.apiKey?.trim() ?? '']) : '';
      if (next === key) return;
      key = next;
      provider = chosen;
      service = chosen ? createQuoteService({ ...env, provider: chosen, baseUrl: config.baseUrl, apiKey: config.apiKey }) : null;
    },
    getQuote(listing) {
      if (!service || !provider) return Promise.resolve({ status: 'disabled', message: 'Live quotes are off' });
      return service.getQuote(provider.symbolFor(listing));
    },
    current: () => service,
  };
}
