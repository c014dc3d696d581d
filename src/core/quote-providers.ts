// The quote providers a user can pick, as every context needs to know them: settings validate the id, the
// options page asks for the origins and the key, the background fetches. How to ask a provider and read its
// answers, and its symbol spelling, live in src/background/quotes/<id>.ts, which builds on this entry. The
// build writes every origin here into the manifest's optional_host_permissions (vite.config.ts manifestFor).
export const QUOTE_PROVIDERS = {
  yahoo: {
    label: 'Yahoo Finance',
    origins: ['https://query1.finance.yahoo.com/*', 'https://query2.finance.yahoo.com/*'],
    defaultBaseUrl: 'https://query1.finance.yahoo.com',
    needsKey: false,
  },
  finnhub: { label: 'Finnhub', origins: ['https://finnhub.io/*'], defaultBaseUrl: 'https://finnhub.io', needsKey: true },
  fmp: {
    label: 'Financial Modeling Prep',
    origins: ['https://financialmodelingprep.com/*'],
    defaultBaseUrl: 'https://financialmodelingprep.com',
    needsKey: true,
  },
} as const satisfies Record<string, ProviderInfo>;

export interface ProviderInfo {
  label: string;
  /** Origins to request as optional host permissions. */
  origins: readonly string[];
  defaultBaseUrl: string;
  /** The provider refuses requests without a key of the user's own. */
  needsKey: boolean;
}

export type ProviderId = keyof typeof QUOTE_PROVIDERS;
export const PROVIDER_IDS = Object.keys(QUOTE_PROVIDERS) as readonly ProviderId[];

/** The base as an http(s) URL without a trailing slash, or null when it is not one. */
export function normalizeBase(base: string): string | null {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Origins to request when turning quotes on: the provider's own hosts, or, when the advanced base URL is set
 * (a local emulator in tests, a proxy), that URL's origin instead: it is where the background will fetch.
 */
export function originsFor(id: ProviderId, baseUrl = ''): string[] {
  if (baseUrl.trim()) {
    const norm = normalizeBase(baseUrl);
    return norm ? [`${new URL(norm).origin}/*`] : [];
  }
  return [...QUOTE_PROVIDERS[id].origins];
}
