// The provider registry, and the host permissions a configuration needs (the options page asks for them;
// the manifest lists the providers' own origins as optional_host_permissions).
import { finnhub } from './finnhub.ts';
import { fmp } from './fmp.ts';
import type { ProviderId, QuoteProvider } from './types.ts';
import { originPattern } from './url.ts';
import { yahoo } from './yahoo.ts';

export const PROVIDERS: Readonly<Record<ProviderId, QuoteProvider>> = { yahoo, finnhub, fmp };

export function providerById(id: string): QuoteProvider | null {
  return Object.hasOwn(PROVIDERS, id) ? PROVIDERS[id as ProviderId] : null;
}

/** Origins to request for a provider, or for the override base URL when one is set. */
export function hostPermissionsFor(id: ProviderId, baseUrl = ''): string[] {
  if (baseUrl.trim()) {
    const pattern = originPattern(baseUrl);
    return pattern ? [pattern] : [];
  }
  return [...PROVIDERS[id].hostPermissions];
}
