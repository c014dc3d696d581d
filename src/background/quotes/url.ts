// Provider URLs are built from a base (the provider's own origin, or the user's override such as a local
// emulator or proxy) plus the provider's path, so pointing quotes elsewhere never needs a code change.

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

export function joinUrl(base: string, path: string, query: Record<string, string | undefined> = {}): string {
  const params = Object.entries(query)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `${base}${path}${params ? `?${params}` : ''}`;
}

/** The host-permission pattern for a base URL ("https://proxy.example/*"). */
export function originPattern(base: string): string | null {
  const norm = normalizeBase(base);
  return norm ? `${new URL(norm).origin}/*` : null;
}

/** YYYY-MM-DD in UTC, the date format FMP and the emulator use. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
