// The toolbar badge: per tab, the number of blocks hidden or of tickers found (the user picks which in the
// options; default hidden), set when the tab's content script reports its counts. Nothing when zero or off.
import type { BadgeMode } from '../core/settings.ts';

export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor?(details: { tabId: number; color: string }): Promise<void>;
}

export interface Counts {
  hidden: number;
  tickers: number;
}

export function badgeText(counts: Counts, mode: BadgeMode): string {
  const n = mode === 'hidden' ? counts.hidden : mode === 'tickers' ? counts.tickers : 0;
  if (n <= 0) return '';
  return n > 999 ? '999+' : String(n);
}

const COLORS: Record<BadgeMode, string> = { hidden: '#92400e', tickers: '#1d4ed8', off: '#4b5563' };

export async function showCounts(action: ActionLike, tabId: number, counts: Counts, mode: BadgeMode): Promise<void> {
  const text = badgeText(counts, mode);
  // The colour is set first, so the number never shows in the browser's default colour for a moment.
  if (text) await action.setBadgeBackgroundColor?.({ tabId, color: COLORS[mode] });
  await action.setBadgeText({ tabId, text });
}
