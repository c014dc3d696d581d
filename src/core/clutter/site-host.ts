// The hosts a page calls its own, so that links to them are not taken for links that leave the site.

/**
 * The page's own hosts without www.: its address, its canonical link and its og:url. A syndicated copy names the
 * publisher it came from in one of them and the portal that serves it in another (msn.com with a canonical link to
 * businessinsider.com): links to either are the site's own. Without any, the host most links go to.
 */
export function pageHosts(doc: Document): string[] {
  const hosts = new Set<string>();
  for (const c of [
    doc.location?.href,
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]) {
    const m = c ? /^https?:\/\/([^/?#]+)/i.exec(c) : null;
    // A host without a dot (localhost, a test server's name) is no site: its links would all look external.
    if (m && m[1]!.includes('.')) hosts.add(m[1]!.toLowerCase().replace(/^www\./, ''));
  }
  if (!hosts.size) hosts.add(linkedHost(doc));
  return [...hosts].filter(Boolean);
}

/** Links a page needs before the host they share is taken as its own. */
const SITE_LINKS = 5;

/**
 * A saved page without its address: the site is the host most of its links go to (its menus and its own
 * stories), so a house list of the site's stories does not pass for links that leave it.
 */
export function linkedHost(doc: Document): string {
  const counts = new Map<string, number>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const m = /^(?:https?:)?\/\/([^/?#]+)/i.exec(a.getAttribute('href') ?? '');
    if (!m) continue;
    const host = m[1]!.toLowerCase().replace(/^www\./, '');
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [host, n] of counts)
    if (n > most) {
      best = host;
      most = n;
    }
  return most >= SITE_LINKS ? best : '';
}
