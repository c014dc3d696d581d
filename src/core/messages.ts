// One typed protocol for every message between Clearfolio's scripts (style habit 7). The background
// validates each message's shape here before acting on it: a page cannot reach the background directly,
// but a compromised or confused content script can send anything, so nothing is trusted by type alone.
import type { Company, LookupQuery, QuoteResult } from './types.ts';
import { checkedCompanies } from './company-check.ts';
import { isSelectorText, SITE_RULE_LISTS, type SiteChange, type SiteLocal, type SiteRuleList } from './site-local.ts';

export interface TabReport {
  url: string;
  isArticle: boolean;
  hidden: Record<string, number>;
  tickers: { attr: string; text: string; name: string | null; index: number }[];
  siteEnabled: boolean;
  showingHidden: boolean;
  readerOpen: boolean;
}

/** Requests handled by the background. */
export interface BackgroundRequests {
  lookup: { req: { queries: LookupQuery[] }; res: { companies: (Company | null)[] } };
  details: { req: { symbol: string; mic: string }; res: { summary: string | null } };
  quote: { req: { symbol: string; mic: string }; res: QuoteResult };
  /** When the bundled company data was taken (the newest source date, YYYY-MM-DD), for "Company data as of". */
  dataInfo: { req: object; res: { asOf: string } };
  /** The quote providers' API keys, kept by the background only: answered to the options page alone. */
  apiKeys: { req: object; res: { keys: Record<string, string> } };
  setApiKey: { req: { provider: string; key: string }; res: { ok: true } };
  /** What this device keeps for the sending tab's site (the background reads the site from the sender, never the message). */
  siteLocal: { req: object; res: SiteLocal };
  /** A page-side choice for the sending tab's site, made with a real click: dismiss the note, or add a block rule. */
  siteLocalChange: { req: { change: PageSiteChange }; res: SiteLocal };
  /** How many blocks the sending tab hides and how many tickers it found, for the toolbar badge. */
  counts: { req: { hidden: number; tickers: number }; res: { ok: boolean } };
}

/**
 * The site changes a content script may ask for: dismiss the note, add a block rule, and take back a block the
 * reader picked to hide ("Hidden. Undo"). Other removals are the options page's.
 */
export type PageSiteChange = Extract<SiteChange, { op: 'dismissNote' | 'add' }> | { op: 'remove'; list: 'hide'; selector: string };

const MAX_COUNT = 1_000_000;

function isCount(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_COUNT;
}

function pageSiteChange(v: unknown): PageSiteChange | null {
  if (!isPlainObject(v)) return null;
  if (v.op === 'dismissNote') return typeof v.dismissed === 'boolean' ? { op: 'dismissNote', dismissed: v.dismissed } : null;
  if (v.op === 'add' && SITE_RULE_LISTS.includes(v.list as SiteRuleList) && isSelectorText(v.selector)) {
    return { op: 'add', list: v.list as SiteRuleList, selector: v.selector };
  }
  if (v.op === 'remove' && v.list === 'hide' && isSelectorText(v.selector)) return { op: 'remove', list: 'hide', selector: v.selector };
  return null;
}

/** Background requests only the options page may send (the API keys): never a content script or a frame. */
export const OPTIONS_ONLY: ReadonlySet<keyof BackgroundRequests> = new Set(['apiKeys', 'setApiKey']);
/** An API key is a token, not a text: bounded, printable, no spaces. */
const API_KEY_RE = /^[\x21-\x7e]{0,200}$/;
const PROVIDER_RE = /^[a-z0-9-]{1,32}$/;

/** Requests handled by a tab's content script (from the popup or the background). */
export interface TabRequests {
  report: { req: object; res: TabReport };
  showHidden: { req: { show: boolean }; res: TabReport };
  openTicker: { req: { index: number }; res: { ok: boolean } };
  toggleReader: { req: object; res: { open: boolean } };
  /** The reader says this page is an article after all (the popup, on a skipped page): pass again as one. */
  treatAsArticle: { req: object; res: TabReport };
  /** "Hide a block on this page…" (the popup): the tab starts its picker and answers at once; false where it cannot hide. */
  pickHide: { req: object; res: { ok: boolean } };
}

export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { req: infer R } ? R : never)
  : never;

export type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

export interface ErrorReply {
  error: string;
}

export const MAX_BATCH = 500;
// A space only before a Nordic share class (NOVO B).
const SYMBOL_RE = /^[A-Za-z0-9.\-/]{1,16}(?: [A-C])?$/;
const EXCHANGE_RE = /^[A-Z0-9]{1,16}$/;
const MIC_RE = /^[A-Z0-9]{4}$/;
export const MAX_NAME_LENGTH = 160;
const DATE_RE = /^\d{4}-\d{2}(?:-\d{2})?$/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isQuery(v: unknown): v is LookupQuery {
  return (
    isPlainObject(v) &&
    typeof v.symbol === 'string' &&
    SYMBOL_RE.test(v.symbol) &&
    (v.exchange === null || (typeof v.exchange === 'string' && EXCHANGE_RE.test(v.exchange))) &&
    (v.name === undefined || (typeof v.name === 'string' && v.name.length <= MAX_NAME_LENGTH)) &&
    (v.date === undefined || (typeof v.date === 'string' && DATE_RE.test(v.date)))
  );
}

/**
 * Checks a message meant for the background. Returns the typed message, or an error text saying what is
 * wrong (the caller replies with it instead of crashing).
 */
export function validateBackgroundMessage(msg: unknown): Envelope<BackgroundRequests> | ErrorReply {
  if (!isPlainObject(msg) || typeof msg.type !== 'string') return { error: 'message must be an object with a type' };
  switch (msg.type) {
    case 'lookup': {
      const q = msg.queries;
      if (!Array.isArray(q)) return { error: 'lookup: queries must be an array' };
      if (q.length > MAX_BATCH) return { error: `lookup: at most ${MAX_BATCH} queries per batch` };
      if (!q.every(isQuery)) {
        return {
          error: `lookup: each query needs a symbol (1-16 of A-Z 0-9 . - /, and a share class after a space), an exchange or null, at most a name of ${MAX_NAME_LENGTH} characters and a date (YYYY-MM or YYYY-MM-DD)`,
        };
      }
      return {
        type: 'lookup',
        queries: q.map((x) => ({
          symbol: x.symbol,
          exchange: x.exchange,
          ...(x.name !== undefined ? { name: x.name } : {}),
          ...(x.date !== undefined ? { date: x.date } : {}),
        })),
      };
    }
    case 'details':
    case 'quote': {
      if (typeof msg.symbol !== 'string' || !SYMBOL_RE.test(msg.symbol)) return { error: `${msg.type}: bad symbol` };
      if (typeof msg.mic !== 'string' || !MIC_RE.test(msg.mic)) return { error: `${msg.type}: bad mic` };
      return { type: msg.type, symbol: msg.symbol, mic: msg.mic };
    }
    case 'dataInfo':
      return { type: 'dataInfo' };
    case 'apiKeys':
      return { type: 'apiKeys' };
    case 'setApiKey': {
      if (typeof msg.provider !== 'string' || !PROVIDER_RE.test(msg.provider)) return { error: 'setApiKey: bad provider' };
      if (typeof msg.key !== 'string' || !API_KEY_RE.test(msg.key.trim())) return { error: 'setApiKey: bad key' };
      return { type: 'setApiKey', provider: msg.provider, key: msg.key.trim() };
    }
    case 'siteLocal':
      return { type: msg.type };
    case 'siteLocalChange': {
      const change = pageSiteChange(msg.change);
      return change
        ? { type: 'siteLocalChange', change }
        : { error: 'siteLocalChange: change must dismiss the note, add a selector or take back a picked one' };
    }
    case 'counts':
      return isCount(msg.hidden) && isCount(msg.tickers)
        ? { type: 'counts', hidden: msg.hidden, tickers: msg.tickers }
        : { error: 'counts: hidden and tickers must be whole numbers' };
    default:
      return { error: `unknown message type: ${String(msg.type).slice(0, 40)}` };
  }
}

/** The data date of a dataInfo reply, or null when the reply is not one. */
export function dataAsOfFromReply(reply: unknown): string | null {
  return isPlainObject(reply) && typeof reply.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(reply.asOf) ? reply.asOf : null;
}

/** A request to a tab's content script, as the popup and the background's reader command send it. */
export type TabRequest = Envelope<TabRequests>;
/** The reply to a tab request of type K, or an error text. */
export type TabReply<K extends keyof TabRequests> = ResponseOf<TabRequests, K> | ErrorReply;

/** Checks a message meant for a tab's content script, like validateBackgroundMessage does for the background. */
export function validateTabMessage(msg: unknown): TabRequest | ErrorReply {
  if (!isPlainObject(msg) || typeof msg.type !== 'string') return { error: 'message must be an object with a type' };
  switch (msg.type) {
    case 'report':
    case 'toggleReader':
    case 'treatAsArticle':
    case 'pickHide':
      return { type: msg.type };
    case 'showHidden':
      return typeof msg.show === 'boolean' ? { type: 'showHidden', show: msg.show } : { error: 'showHidden: show must be true or false' };
    case 'openTicker':
      return Number.isInteger(msg.index) && (msg.index as number) >= 0
        ? { type: 'openTicker', index: msg.index as number }
        : { error: 'openTicker: index must be a whole number' };
    default:
      return { error: 'unknown request' };
  }
}

export function isErrorReply(v: unknown): v is ErrorReply {
  return isPlainObject(v) && typeof v.error === 'string';
}

/** The companies of a lookup reply, checked (see company-check.ts). */
export function companiesFromReply(reply: unknown, count: number): (Company | null)[] {
  return checkedCompanies(isPlainObject(reply) ? reply.companies : undefined, count);
}

/** The port each content script holds open to the background, only to notice when the extension goes away. */
export const LIFE_PORT = 'clearfolio-life';
