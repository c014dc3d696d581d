// The provider registry: each provider's label, origins and key requirement come from core/quote-providers.ts.
import { finnhub } from './finnhub.ts';
import { fmp } from './fmp.ts';
import type { ProviderId, QuoteProvider } from './types.ts';
import { yahoo } from './yahoo.ts';

export const PROVIDERS: Readonly<Record<ProviderId, QuoteProvider>> = { yahoo, finnhub, fmp };

export function providerById(id: string): QuoteProvider | null {
  return Object.hasOwn(PROVIDERS, id) ? PROVIDERS[id as ProviderId] : null;
}
