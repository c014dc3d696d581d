// What Clearfolio remembers per site on this device only (storage.local, never synced): the on-page note was
// dismissed there, blocks the reader said were not clutter ("This wasn't clutter"), and blocks the reader
// picked to hide ("Hide this too"), each kept as a CSS selector (core/selector.ts). Pure: the background
// writes it for content scripts (which cannot reach storage.local in Chrome), the options page lists it.
// This module holds what the content script needs too; site-local-store.ts the store's operations.

export const SITE_LOCAL_KEY = 'sites';
export const MAX_SELECTOR_LENGTH = 500;
export const MAX_RULES_PER_SITE = 200;

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

export function rules(v: unknown): string[] {
  return Array.isArray(v) ? [...new Set(v.filter(isSelectorText))].slice(0, MAX_RULES_PER_SITE) : [];
}

/** A site's entry from a background reply, checked; EMPTY_SITE when the reply is not one. */
export function siteFromReply(reply: unknown): SiteLocal {
  if (typeof reply !== 'object' || reply === null || 'error' in reply) return EMPTY_SITE;
  const v = reply as Record<string, unknown>;
  return { noteDismissed: v.noteDismissed === true, notClutter: rules(v.notClutter), hide: rules(v.hide) };
}
