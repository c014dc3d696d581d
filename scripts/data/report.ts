// What a rebuild changed, listing by listing: the refresh prints it and the monthly pull request carries it.
// A symbol change is a listing gone and one new on the same venue for the same company (same SEC CIK or ISIN):
// reported once as old -> new, not as a removal plus an addition.
import type { ListingsFile } from '../../src/core/resolve/data-format.ts';
import { cmp } from './io.ts';

interface Listing {
  symbol: string;
  mic: string;
  name: string;
  cik: number;
  isin: string;
}

export interface ChangeReport {
  added: Listing[];
  removed: Listing[];
  renamedSymbols: { from: Listing; to: Listing }[];
  renamedCompanies: { listing: Listing; from: string; to: string }[];
}

function listingsOf(file: ListingsFile): Map<string, Listing> {
  const c = file.columns;
  const out = new Map<string, Listing>();
  for (let i = 0; i < c.symbol.length; i++) {
    const l = { symbol: c.symbol[i]!, mic: file.tables.mic[c.mic[i]!]!, name: c.name[i]!, cik: c.cik[i]!, isin: c.isin[i]! };
    out.set(`${l.mic}:${l.symbol}`, l);
  }
  return out;
}

const order = (a: Listing, b: Listing): number => cmp(a.symbol, b.symbol) || cmp(a.mic, b.mic);

export function compareListings(before: ListingsFile, after: ListingsFile): ChangeReport {
  const old = listingsOf(before);
  const now = listingsOf(after);
  const gone = [...old].filter(([k]) => !now.has(k)).map(([, l]) => l);
  const fresh = [...now].filter(([k]) => !old.has(k)).map(([, l]) => l);

  // Ids of the same company on one venue; a company with several gone or new listings there (share classes)
  // is left as removals and additions: which old class became which new one is not known.
  const ids = (l: Listing): string[] => [...(l.cik ? [`${l.mic}|cik:${l.cik}`] : []), ...(l.isin ? [`${l.mic}|isin:${l.isin}`] : [])];
  const countIds = (ls: Listing[]): Map<string, Listing[]> => {
    const m = new Map<string, Listing[]>();
    for (const l of ls) for (const id of ids(l)) m.set(id, [...(m.get(id) ?? []), l]);
    return m;
  };
  const goneById = countIds(gone);
  const freshById = countIds(fresh);
  const paired = new Set<Listing>();
  const renamedSymbols: ChangeReport['renamedSymbols'] = [];
  for (const to of fresh) {
    for (const id of ids(to)) {
      const from = goneById.get(id);
      if (from?.length !== 1 || freshById.get(id)!.length !== 1 || paired.has(from[0]!) || paired.has(to)) continue;
      renamedSymbols.push({ from: from[0]!, to });
      paired.add(from[0]!).add(to);
    }
  }
  const renamedCompanies: ChangeReport['renamedCompanies'] = [];
  for (const [k, l] of now) {
    const was = old.get(k);
    if (was && was.name !== l.name) renamedCompanies.push({ listing: l, from: was.name, to: l.name });
  }
  return {
    added: fresh.filter((l) => !paired.has(l)).sort(order),
    removed: gone.filter((l) => !paired.has(l)).sort(order),
    renamedSymbols: renamedSymbols.sort((a, b) => order(a.from, b.from)),
    renamedCompanies: renamedCompanies.sort((a, b) => order(a.listing, b.listing)),
  };
}

/** Markdown: counts first, then each list (the longest cut at `limit` lines, with how many more). */
export function formatReport(r: ChangeReport, limit = 200): string {
  const at = (l: Listing): string => `${l.symbol} (${l.mic})`;
  const section = (title: string, lines: string[]): string[] =>
    lines.length === 0
      ? []
      : [
          '',
          `### ${title} (${lines.length})`,
          '',
          ...lines.slice(0, limit).map((x) => `- ${x}`),
          ...(lines.length > limit ? [`- ... and ${lines.length - limit} more`] : []),
        ];
  return [
    '## Company data changes',
    '',
    `- listings added: ${r.added.length}`,
    `- listings removed: ${r.removed.length}`,
    `- symbols renamed: ${r.renamedSymbols.length}`,
    `- companies renamed: ${r.renamedCompanies.length}`,
    ...section(
      'Symbols renamed',
      r.renamedSymbols.map(({ from, to }) => `${from.symbol} -> ${to.symbol} (${to.mic}) ${to.name}`),
    ),
    ...section(
      'Companies renamed',
      r.renamedCompanies.map(({ listing, from, to }) => `${at(listing)}: ${from} -> ${to}`),
    ),
    ...section(
      'Listings added',
      r.added.map((l) => `${at(l)} ${l.name}`),
    ),
    ...section(
      'Listings removed',
      r.removed.map((l) => `${at(l)} ${l.name}`),
    ),
  ].join('\n');
}
