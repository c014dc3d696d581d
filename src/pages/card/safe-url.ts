// Every href the card renders comes from data we did not write (a dataset row, a provider reply), so each
// one passes through here: only absolute http(s) URLs survive. Anything else (javascript:, data:, relative
// paths, protocol-relative "//evil", credentials that disguise the real host) is dropped, never "fixed".

const MAX_URL_LENGTH = 2048;
// Control characters and any whitespace: browsers strip some of them while parsing ("java\tscript:"),
// which is exactly the kind of trick a filter must not have to reason about.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The URL, normalised by the URL parser, when it is an absolute http(s) URL with a host; otherwise null. */
export function safeHttpUrl(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (!s || s.length > MAX_URL_LENGTH || FORBIDDEN.test(s)) return null;
  if (!/^https?:\/\/[^/\\]/i.test(s)) return null;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}

/**
 * A company website as datasets write it: usually "http://www.sony.com", sometimes a bare host
 * ("www.sony.com"), which is read as https. Returns null for anything that is not a safe http(s) URL.
 */
export function websiteUrl(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?:[/?#]|$)/i.test(s)) {
    return safeHttpUrl(`https://${s}`);
  }
  return safeHttpUrl(s);
}

/** "www.sony.com/en" for display: no scheme, no "www.", no trailing slash. */
export function displayHost(href: string): string {
  const url = new URL(href);
  const host = url.hostname.replace(/^www\./i, '');
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return host + path;
}
