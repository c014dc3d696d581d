// Helpers for reading a tab's answer: the content script is another world, so its reply is checked, not trusted.
import type { TabReport } from '../../core/messages.ts';
import { CLUTTER_KINDS } from '../../core/types.ts';
import { USER_HIDDEN_KIND } from '../../core/dom/contract.ts';
import { t, type MessageKey } from '../../platform/i18n.ts';

export function isTabReport(v: unknown): v is TabReport {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.url === 'string' &&
    typeof r.isArticle === 'boolean' &&
    typeof r.hidden === 'object' &&
    r.hidden !== null &&
    Array.isArray(r.tickers) &&
    typeof r.showingHidden === 'boolean'
  );
}

export function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/**
 * A clutter kind's name (and with `suffix` 'Hint' its description) in the UI: the message `kind` + the kind's id
 * in PascalCase ('affiliate-disclosure' -> kindAffiliateDisclosure), so a new kind needs only its locale strings (a test holds every kind to having both). Null for a kind this
 * version does not know.
 */
export function kindMessageKey(kind: string, suffix: '' | 'Hint' = ''): MessageKey | null {
  if (!(CLUTTER_KINDS as readonly string[]).includes(kind)) return null;
  return `kind${kind.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}${suffix}` as MessageKey;
}

export function kindLabel(kind: string): string {
  // Not a clutter kind: the blocks the reader picked to hide ("Hide this too").
  if (kind === USER_HIDDEN_KIND) return t('kindUser');
  const key = kindMessageKey(kind);
  return key ? t(key) : kind;
}

export function kindHint(kind: string): string {
  const key = kindMessageKey(kind, 'Hint');
  return key ? t(key) : '';
}

/** Kinds in the order the options page lists them, then any kind this version does not know. */
export function orderedKinds(hidden: Record<string, number>): [string, number][] {
  const known = CLUTTER_KINDS.filter((k) => (hidden[k] ?? 0) > 0).map((k): [string, number] => [k, hidden[k] ?? 0]);
  const other = Object.entries(hidden).filter(([k, n]) => !(CLUTTER_KINDS as readonly string[]).includes(k) && n > 0);
  return [...known, ...other.sort(([a], [b]) => a.localeCompare(b))];
}

export interface TickerGroup {
  /** "NYSE:SNE", or "SNE" when no exchange is known. */
  label: string;
  name: string | null;
  count: number;
  /** Index of the first mention, for openTicker. */
  index: number;
}

/** One entry per distinct ticker, in order of first mention. */
export function groupTickers(tickers: TabReport['tickers']): TickerGroup[] {
  const byAttr = new Map<string, TickerGroup>();
  for (const m of tickers) {
    const g = byAttr.get(m.attr);
    if (g) {
      g.count++;
      g.name ??= m.name;
    } else {
      byAttr.set(m.attr, { label: m.attr.replace(/^:/, '') || m.text, name: m.name, count: 1, index: m.index });
    }
  }
  return [...byAttr.values()];
}
