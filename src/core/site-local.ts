// What Clearfolio remembers per site on this device only (storage.local, never synced): the on-page note was
// dismissed there, blocks the reader said were not clutter ("This wasn't clutter"), and blocks the reader
// picked to hide ("Hide this too"), each kept as a CSS selector (core/selector.ts). Pure: the background
// writes it for content scripts (which cannot reach storage.local in Chrome), the options page lists it.
import { normalizeHost } from './settings.ts';

export const SITE_LOCAL_KEY = 'sites';
export const MAX_SELECTOR_LENGTH = 500;
export const MAX_RULES_PER_SITE = 200;
const MAX_SITES = 2000;

export type SiteRuleList = 'notClutter' | 'hide';
export const SITE_RULE_LISTS: readonly SiteRuleList[] = ['notClutter', 'hide'];

export interface SiteLocal {
  noteDismissed: boolean;
  /** Selectors of blocks never to hide on this site. */
  notClutter: string[];
  /** Selectors of blocks to hide on this site as well. */
  hide: string[];
}

/** Host -> what is kept for it. */
export type SiteLocalStore = Record<string, SiteLocal>;

export type SiteChange =
  | { op: 'dismissNote'; dismissed: boolean }
  | { op: 'add'; list: SiteRuleList; selector: string }
  | { op: 'remove'; list: SiteRuleList; selector: string };

export const EMPTY_SITE: SiteLocal = Object.freeze({ noteDismissed: false, notClutter: [], hide: [] }) as SiteLocal;

export function isSelectorText(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0 && v.length <= MAX_SELECTOR_LENGTH;
}

function rules(v: unknown): string[] {
  return Array.isArray(v) ? [...new Set(v.filter(isSelectorText))].slice(0, MAX_RULES_PER_SITE) : [];
}

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

/** A site's entry from a background reply, checked; EMPTY_SITE when the reply is not one. */
export function siteFromReply(reply: unknown): SiteLocal {
  if (typeof reply !== 'object' || reply === null || 'error' in reply) return EMPTY_SITE;
  const v = reply as Record<string, unknown>;
  return { noteDismissed: v.noteDismissed === true, notClutter: rules(v.notClutter), hide: rules(v.hide) };
}
