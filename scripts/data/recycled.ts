// Recycled symbols: a symbol one company held until it left, later taken by another (S: Sprint until its 2020
// merger into T-Mobile US, SentinelOne since 2021). The interval files show it as two listing periods of one
// symbol whose names share nothing, the later one new (it starts after its file's first day, so it is a new
// listing rather than a company already listed when the file begins). A curated table (src/core/resolve/
// curated-recycled.json) says what became of the earlier company where the data cannot (mergers).
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import type { RecycledEntry } from '../../src/core/resolve/data-format.ts';
import { micGroup } from './exchanges.ts';
import { cmp } from './io.ts';
import { sameFamily, type Period } from './intervals.ts';

/** What became of a company whose symbol was later reused; see curated-recycled.json. */
export interface CuratedRecycled {
  symbol: string;
  mic: string;
  /** The earlier holder's name as the data has it (checked). */
  name: string;
  fate: 'merged' | 'acquired';
  year: number;
  into: { symbol: string; name: string };
  source: string;
}

export function buildRecycled(periods: readonly Period[], curated: readonly CuratedRecycled[]): RecycledEntry[] {
  const bySymbol = new Map<string, Period[]>();
  for (const p of periods) {
    const id = `${p.group} ${p.symbol}`;
    bySymbol.set(id, [...(bySymbol.get(id) ?? []), p]);
  }
  const fates = new Map(curated.map((c) => [`${micGroup(c.mic)} ${symbolKey(c.symbol)}`, c]));
  const used = new Set<string>();
  const out: RecycledEntry[] = [];
  for (const [id, list] of bySymbol) {
    const sorted = [...list].sort((a, b) => cmp(a.first, b.first));
    for (let k = 1; k < sorted.length; k++) {
      const before = sorted[k - 1]!;
      const after = sorted[k]!;
      if (after.startsAtFileStart || before.fund) continue;
      if (before.names.some((a) => after.names.some((b) => sameFamily(a, b)))) continue;
      const entry: RecycledEntry = {
        s: before.symbol,
        m: before.mic,
        n: before.names.at(-1)!,
        f: Number(before.first.slice(0, 4)),
        y: Number(before.last.slice(0, 4)),
        r: after.first,
      };
      if (before.names.length > 1) entry.fn = before.names.slice(0, -1);
      const fate = fates.get(id);
      // Only the last earlier holder before the current one can be the curated one.
      if (fate && k === sorted.length - 1) {
        if (fate.name !== entry.n) throw new Error(`curated recycled ${fate.symbol}: the data names it ${entry.n}, not ${fate.name}`);
        entry.e = { k: fate.fate, y: fate.year, s: symbolKey(fate.into.symbol), n: fate.into.name };
        used.add(id);
      }
      out.push(entry);
    }
  }
  for (const c of curated) {
    const id = `${micGroup(c.mic)} ${symbolKey(c.symbol)}`;
    if (!used.has(id)) throw new Error(`curated recycled ${c.symbol}: the data shows no recycled symbol there`);
  }
  return out.sort((a, b) => cmp(a.s, b.s) || cmp(a.m, b.m) || cmp(a.r, b.r));
}
