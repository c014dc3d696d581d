// `clearfolio analyze --summary`: the page's ticker mentions grouped by the listing they stand for, in order of first
// mention, so that a page naming Apple twenty times reads as one line.
import type { AnalyzeReport } from './analyze.ts';

type Mention = AnalyzeReport['tickers'][number];

export interface MentionGroup {
  /** The current symbol when resolved, else the symbol as written. */
  symbol: string;
  /** The exchange as written or inferred for the first mention (null when none). */
  exchange: string | null;
  count: number;
  /** The distinct page texts, in order of first appearance ("NYSE:SNE", "SNE"). */
  texts: string[];
  /** The company, as for the first mention; null when the symbol was not found in the dataset. */
  resolved: Mention['resolved'];
}

/** One listing per group: a resolved mention by its MIC and current symbol, an unresolved one by exchange and symbol. */
function groupKey(t: Mention): string {
  return t.resolved ? `${t.resolved.mic}:${t.resolved.symbol}` : `?${t.exchange ?? ''}:${t.symbol}`;
}

export function groupMentions(tickers: readonly Mention[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  for (const t of tickers) {
    const key = groupKey(t);
    const g = groups.get(key);
    if (g) {
      g.count++;
      if (!g.texts.includes(t.text)) g.texts.push(t.text);
    } else {
      groups.set(key, { symbol: t.resolved?.symbol ?? t.symbol, exchange: t.exchange, count: 1, texts: [t.text], resolved: t.resolved });
    }
  }
  return [...groups.values()];
}

/** The human lines for the groups ("AAPL x3 (AAPL, $AAPL) -> Apple Inc. (XNGS)"). */
export function groupLines(groups: readonly MentionGroup[]): string[] {
  return groups.map((g) => {
    const who = g.resolved ? `${g.resolved.name} (${g.resolved.mic})` : 'unverified';
    return `    ${g.symbol} x${g.count} (${g.texts.join(', ')}) -> ${who}`;
  });
}
