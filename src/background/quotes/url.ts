// Provider URLs are built from a base (the provider's own origin, or the user's override such as a local
// emulator or proxy) plus the provider's path, so pointing quotes elsewhere never needs a code change.

export function joinUrl(base: string, path: string, query: Record<string, string | undefined> = {}): string {
  const params = Object.entries(query)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `${base}${path}${params ? `?${params}` : ''}`;
}

/** YYYY-MM-DD in UTC, the date format FMP and the emulator use. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
