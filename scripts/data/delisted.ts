// Ended listings the sources hold but the build drops (src/core/resolve/curated-delisted.json): added to the
// history as listings last seen in a year, unless the history or today's listings already know the symbol there.
import type { HistoryEntry } from '../../src/core/resolve/data-format.ts';
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import { micGroup } from './exchanges.ts';
import { cmp } from './io.ts';
import type { Listings } from './listings.ts';

export interface CuratedDelisted {
  symbol: string;
  mic: string;
  name: string;
  lastSeen: number;
  country?: string;
  source: string;
}

/** The history's entries with the curated ended listings added, in the history's order (symbol, then MIC). */
export function withDelisted(entries: readonly HistoryEntry[], listings: Listings, delisted: readonly CuratedDelisted[]): HistoryEntry[] {
  const known = (symbol: string, mic: string) =>
    entries.some((e) => e.s === symbol && micGroup(e.m) === micGroup(mic)) ||
    (listings.bySymbol.get(symbol) ?? []).some((r) => micGroup(r.mic) === micGroup(mic));
  const added: HistoryEntry[] = [];
  for (const d of delisted) {
    const s = symbolKey(d.symbol);
    if (known(s, d.mic)) throw new Error(`curated delisted ${d.symbol} on ${d.mic} is known already: drop it from curated-delisted.json`);
    added.push({ s, m: d.mic, n: d.name, y: d.lastSeen, u: 1, ...(d.country ? { country: d.country } : {}) });
  }
  // A stable sort: the history's own order among entries of one symbol and MIC stays.
  return [...entries, ...added].sort((a, b) => cmp(a.s, b.s) || cmp(a.m, b.m));
}
