// The per-site store's operations (parse, read, change): only the background and the options page use them,
// so they stay out of the content script that every tab loads (see site-local.ts for the shapes).
import { normalizeHost } from './settings.ts';
import { EMPTY_SITE, isSelectorText, rules, type SiteChange, type SiteLocal, type SiteLocalStore } from './site-local.ts';

const MAX_SITES = 2000;

/** Whatever is stored (nothing, garbage, an older shape) as a clean store; unusable entries are dropped. */
export function parseSiteLocal(raw: unknown): SiteLocalStore {
  const out: SiteLocalStore = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [key, value] of Object.entries(raw).slice(0, MAX_SITES)) {
    const host = normalizeHost(key);
    if (!host || typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    const entry: SiteLocal = { noteDismissed: v.noteDismissed === true, notClutter: rules(v.notClutter), hide: rules(v.hide) };
    if (!isEmpty(entry)) out[host] = entry;
  }
  return out;
}

function isEmpty(s: SiteLocal): boolean {
  return !s.noteDismissed && !s.notClutter.length && !s.hide.length;
}

/** What is kept for `host` (a page's hostname; "www." and case do not matter). */
export function siteEntry(store: SiteLocalStore, host: string): SiteLocal {
  const key = normalizeHost(host);
  return (key && store[key]) || EMPTY_SITE;
}

/** A copy of the store with one change made for `host`; a site left with nothing is dropped. */
export function changeSite(store: SiteLocalStore, host: string, change: SiteChange): SiteLocalStore {
  const key = normalizeHost(host);
  if (!key) return store;
  const cur = siteEntry(store, key);
  let next: SiteLocal;
  switch (change.op) {
    case 'dismissNote':
      next = { ...cur, noteDismissed: change.dismissed };
      break;
    case 'add':
      if (!isSelectorText(change.selector)) return store;
      next = { ...cur, [change.list]: rules([...cur[change.list], change.selector]) };
      break;
    case 'remove':
      next = { ...cur, [change.list]: cur[change.list].filter((s) => s !== change.selector) };
      break;
  }
  const out = { ...store };
  if (isEmpty(next)) delete out[key];
  else out[key] = next;
  return out;
}
