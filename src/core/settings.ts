// Settings: defaults, schema migrations and a forgiving parser. Pure, so the options page, the popup,
// the content script and the tests share one definition. Stored in storage.sync under SETTINGS_KEY; the
// quote provider's API key is kept apart in storage.local (never synced) under API_KEYS_KEY.
import { CLUTTER_KINDS, type ClutterKind } from './types.ts';
import { PROVIDER_IDS, type ProviderId } from './quote-providers.ts';

export const SETTINGS_KEY = 'settings';
export const API_KEYS_KEY = 'apiKeys';
export const SCHEMA_VERSION = 2;

export type { ProviderId };
export type Theme = 'auto' | 'light' | 'dark' | 'sepia';
/** What the toolbar badge counts on each tab. */
export type BadgeMode = 'hidden' | 'tickers' | 'off';
export const BADGE_MODES: readonly BadgeMode[] = ['hidden', 'tickers', 'off'];

export interface Settings {
  version: number;
  clean: boolean;
  tickers: boolean;
  kinds: Record<ClutterKind, boolean>;
  /** Hostnames where Clearfolio never runs. */
  neverRun: string[];
  /** Hostnames where Clearfolio never hides anything (tickers still work). */
  neverClean: string[];
  /** Hostnames whose pages are always treated as articles. */
  alwaysArticle: string[];
  quotes: { enabled: boolean; provider: ProviderId; baseUrl: string };
  theme: Theme;
  badge: BadgeMode;
  /** The reader view's last choices (its toolbar saves them); theme 'auto' follows the system's dark mode. */
  reader: { fontSize: number; width: number; theme: 'auto' | 'light' | 'sepia' | 'dark' };
}

/** The reader's text size and column width (px): what settings accept, and one step of the reader's and the options page's controls. */
export const READER_LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  width: { min: 480, max: 960, step: 40 },
} as const;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SCHEMA_VERSION,
  clean: true,
  tickers: true,
  kinds: Object.fromEntries(CLUTTER_KINDS.map((k) => [k, true])) as Record<ClutterKind, boolean>,
  neverRun: [],
  neverClean: [],
  alwaysArticle: [],
  quotes: { enabled: false, provider: 'yahoo', baseUrl: '' },
  theme: 'auto',
  badge: 'hidden',
  reader: { fontSize: 19, width: 680, theme: 'auto' },
}) as Settings;

export interface ParsedSettings {
  settings: Settings;
  /** Why some stored values were not used; shown to the user, never silently dropped. */
  notices: string[];
}

const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'sepia'];
const READER_THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
const MAX_SITES = 5000;

function obj(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** A hostname as users type it ("https://www.Example.com/x" -> "example.com"), or null when it is not one. */
export function normalizeHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s) && s.length <= 253 ? s : null;
}

/** True when `host` is `site` or one of its subdomains. */
export function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return h === site || h.endsWith(`.${site}`);
}

export function siteListed(list: readonly string[], host: string): boolean {
  return list.some((site) => hostMatches(host, site));
}

/** Version 1 kept one flat `disabledSites` list and a boolean `hideClutter`. */
function migrate(raw: Record<string, unknown>, notices: string[]): Record<string, unknown> {
  const out = { ...raw };
  const version = typeof raw.version === 'number' ? raw.version : 1;
  if (version < 2) {
    if (Array.isArray(raw.disabledSites)) out.neverRun = raw.disabledSites;
    if (typeof raw.hideClutter === 'boolean') out.clean = raw.hideClutter;
    delete out.disabledSites;
    delete out.hideClutter;
    notices.push('Settings were upgraded from version 1.');
  }
  if (version > SCHEMA_VERSION) notices.push(`Settings come from a newer version (${version}); unknown fields are ignored.`);
  out.version = SCHEMA_VERSION;
  return out;
}

function sites(v: unknown, name: string, notices: string[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    notices.push(`"${name}" was not a list and was reset.`);
    return [];
  }
  const hosts = v.flatMap((s) => (typeof s === 'string' ? [normalizeHost(s)] : [])).filter((s): s is string => !!s);
  return [...new Set(hosts)].sort().slice(0, MAX_SITES);
}

function bool(v: unknown, fallback: boolean, name: string, notices: string[]): boolean {
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  notices.push(`"${name}" was not on/off and was reset to its default.`);
  return fallback;
}

function oneOf<T extends string>(v: unknown, options: readonly T[], fallback: T, name: string, notices: string[]): T {
  if (v === undefined) return fallback;
  if (typeof v === 'string' && (options as readonly string[]).includes(v)) return v as T;
  notices.push(`"${name}" had an unknown value and was reset to its default.`);
  return fallback;
}

function num(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
}

/** Turns whatever is in storage (nothing, an old schema, garbage) into valid settings plus notices. */
export function parseSettings(stored: unknown): ParsedSettings {
  const notices: string[] = [];
  if (stored === undefined || stored === null) return { settings: structuredClone(DEFAULT_SETTINGS), notices };
  const raw0 = obj(stored);
  if (!raw0) {
    notices.push('Stored settings were unreadable; defaults are in use.');
    return { settings: structuredClone(DEFAULT_SETTINGS), notices };
  }
  const raw = migrate(raw0, notices);
  const d = DEFAULT_SETTINGS;
  const kindsRaw = obj(raw.kinds) ?? {};
  const kinds = Object.fromEntries(CLUTTER_KINDS.map((k) => [k, bool(kindsRaw[k], d.kinds[k], `kinds.${k}`, notices)])) as Record<
    ClutterKind,
    boolean
  >;
  const q = obj(raw.quotes) ?? {};
  const r = obj(raw.reader) ?? {};
  const baseUrl = typeof q.baseUrl === 'string' && /^https?:\/\/[^\s]+$/i.test(q.baseUrl) ? q.baseUrl : '';
  return {
    settings: {
      version: SCHEMA_VERSION,
      clean: bool(raw.clean, d.clean, 'clean', notices),
      tickers: bool(raw.tickers, d.tickers, 'tickers', notices),
      kinds,
      neverRun: sites(raw.neverRun, 'neverRun', notices),
      neverClean: sites(raw.neverClean, 'neverClean', notices),
      alwaysArticle: sites(raw.alwaysArticle, 'alwaysArticle', notices),
      quotes: {
        enabled: bool(q.enabled, d.quotes.enabled, 'quotes.enabled', notices),
        provider: oneOf(q.provider, PROVIDER_IDS, d.quotes.provider, 'quotes.provider', notices),
        baseUrl,
      },
      theme: oneOf(raw.theme, THEMES, d.theme, 'theme', notices),
      badge: oneOf(raw.badge, BADGE_MODES, d.badge, 'badge', notices),
      reader: {
        fontSize: num(r.fontSize, READER_LIMITS.fontSize.min, READER_LIMITS.fontSize.max, d.reader.fontSize),
        width: num(r.width, READER_LIMITS.width.min, READER_LIMITS.width.max, d.reader.width),
        theme: oneOf(r.theme, READER_THEMES, d.reader.theme, 'reader.theme', notices),
      },
    },
    notices,
  };
}

/** What Clearfolio does on one host, given the settings. */
export function siteMode(settings: Settings, host: string): { run: boolean; clean: boolean; tickers: boolean; forceArticle: boolean } {
  const run = !siteListed(settings.neverRun, host);
  return {
    run,
    clean: run && settings.clean && !siteListed(settings.neverClean, host),
    tickers: run && settings.tickers,
    forceArticle: siteListed(settings.alwaysArticle, host),
  };
}

type SiteList = 'neverRun' | 'neverClean' | 'alwaysArticle';

/** A copy of the settings with `host` added to (or removed from) one site list. */
export function addSite(settings: Settings, list: SiteList, host: string, add = true): Settings {
  const site = normalizeHost(host);
  if (!site) return settings;
  const list0 = settings[list];
  // Removing a host also removes a parent-domain entry that covers it, or the switch would not take effect.
  const next = add ? [...new Set([...list0, site])].sort() : list0.filter((s) => !hostMatches(site, s));
  return { ...settings, [list]: next };
}
