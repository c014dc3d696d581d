// The offline company dataset: symbol (+ exchange) -> Company. Pure: it reads the data through tables.ts, so the
// background (the compact text it ships, compact.ts) and the Node CLI (the parsed JSON files) share the rules.
//
// How a query is answered:
//   1. Current listings with that symbol on the exchange's MICs (or anywhere, when no exchange was written).
//   2. Otherwise the symbol history: an old symbol leads through its renames to the current listing (SNE -> SONY,
//      with formerSymbol and the year), or to a listing that ended, which still resolves (old news mentions it)
//      with a note on what happened (FEYE: became Mandiant (MNDT) in 2021, acquired by Alphabet in 2022).
//   3. Then the exchange's fallback MICs (NYSE also finds NYSE American and Arca listings: the SEC lumps them).
//   4. Then the other US venues, with a note: a US symbol belongs to one security across all US exchanges, and
//      companies move between NYSE and Nasdaq (an older page's NYSE:SHOP is Shopify, on Nasdaq since 2023).
// Before all of these, a recycled symbol (S: Sprint until 2020, SentinelOne since 2021) resolves to its earlier holder
// when the page names it or is dated before the swap.
// With no exchange, a listing whose company has the name the page wrote before the bracket wins ("Tesco (TSCO)"),
// then a US exchange listing, then the largest market-cap class. A recycled symbol now held by a
// fund loses to the company that carried it until it was renamed (bare FB is Meta, not a 2024 buffer ETF).

import type { Company, LookupQuery } from '../types.ts';
import type { Note } from '../notes.ts';
import { codeForMic, isOtcMic, isUsMic, micsFor } from './exchanges.ts';
import { aliasesFor } from './names.ts';
import { nameMatches } from '../tickers/name-match.ts';
import { hongKongKey, symbolKey } from './symbols.ts';
import {
  summaryShard,
  websiteUrl,
  type ExchangesFile,
  type HistoryEntry,
  type HistoryFile,
  type ListingsFile,
  type RecycledEntry,
  type SummariesShard,
} from './data-format.ts';
import { columnTables, type DataTables } from './tables.ts';
import ricRoots from './ric-roots.json' with { type: 'json' };

/** 'EXCHANGE:RICROOT' -> the exchange's own symbol, only where they differ (sources in the file). */
const RIC_ROOTS: Readonly<Record<string, string>> = ricRoots.roots;

export interface DatasetData {
  listings: ListingsFile;
  history: HistoryFile;
  /** Optional: exchanges.ts imports the same table itself. Accepted so callers can pass all files alike. */
  exchanges?: ExchangesFile;
}

export interface Dataset {
  lookup(query: LookupQuery): Company | null;
  lookupMany(queries: readonly LookupQuery[]): (Company | null)[];
  /** Number of current listings. */
  readonly size: number;
}

const CAP_RANK: Record<string, number> = { 'Mega Cap': 6, 'Large Cap': 5, 'Mid Cap': 4, 'Small Cap': 3, 'Micro Cap': 2, 'Nano Cap': 1 };
const MAX_HOPS = 8;

/** Listings from one country group can be renamed into each other: all US venues, else one MIC. */
function group(mic: string): string {
  return isUsMic(mic) ? 'US' : mic;
}

/** The dataset over the parsed JSON files (the CLI, tests). */
export function createDataset(data: DatasetData): Dataset {
  return datasetOver(columnTables(data.listings, data.history));
}

/** The dataset over any store of the data (the extension passes compactTables of its shipped text). */
export function datasetOver(tables: DataTables): Dataset {
  const listings = tables.listings;
  const history = tables.history;

  const micOf = (i: number): string => listings.mic(i);
  const capRank = (i: number): number => CAP_RANK[listings.cap(i)] ?? 0;
  const isFund = (i: number): boolean => listings.isFund(i);
  /** Listed on a US exchange (not over the counter). */
  const onUsExchange = (i: number): boolean => isUsMic(micOf(i)) && !isOtcMic(micOf(i));

  /** Best listing first: larger company, then a company over a fund, then the order of `preferredMics`. */
  const rankRows = (rows: number[], preferredMics: readonly string[] = []): number[] => {
    const micRank = (i: number): number => {
      const r = preferredMics.indexOf(micOf(i));
      return r < 0 ? preferredMics.length : r;
    };
    return [...rows].sort((a, b) => micRank(a) - micRank(b) || capRank(b) - capRank(a) || Number(isFund(a)) - Number(isFund(b)) || a - b);
  };

  const rowsFor = (keys: readonly string[], mics: readonly string[] | null): number[] => {
    const out: number[] = [];
    for (const key of keys) {
      for (const i of listings.rowsWith(key)) if (!mics || mics.includes(micOf(i))) out.push(i);
    }
    return out;
  };

  const historyFor = (keys: readonly string[], mics: readonly string[] | null): HistoryEntry[] => {
    const out: HistoryEntry[] = [];
    for (const key of keys) for (const e of history.entriesFor(key)) if (!mics || mics.includes(e.m)) out.push(e);
    // Prefer US entries and the latest change, as an old US symbol is what most pages mean.
    return out.sort((a, b) => Number(group(b.m) === 'US') - Number(group(a.m) === 'US') || b.y - a.y);
  };

  const rowCompany = (i: number, extraFormerNames: readonly string[] = []): Company => {
    const r = listings.row(i);
    const name = r.name;
    const company: Company = { symbol: r.symbol, name, mic: r.mic, exchange: codeForMic(r.mic) };
    const website = websiteUrl(r.website);
    if (r.country) company.country = r.country;
    if (r.sector) company.sector = r.sector;
    if (r.industry) company.industry = r.industry;
    if (r.cap) company.marketCap = r.cap;
    if (website) company.website = website;
    if (r.isin) company.isin = r.isin;
    if (r.cik) company.cik = r.cik;
    if (r.note) company.notes = [r.note];
    const alt = r.alt;
    const formerNames = dedupeNames([...extraFormerNames, ...r.former], [name, alt]);
    if (formerNames.length) company.formerNames = formerNames;
    company.aliases = aliasesFor([name, ...(alt ? [alt] : []), ...formerNames]);
    return company;
  };

  const entryCompany = (e: HistoryEntry): Company => {
    const company: Company = { symbol: e.s, name: e.n, mic: e.m, exchange: codeForMic(e.m) };
    if (e.country) company.country = e.country;
    if (e.cik) company.cik = e.cik;
    if (e.fn?.length) company.formerNames = [...e.fn];
    return company;
  };

  /** Where an old symbol went: the current listing it became, or the chain of history entries up to its end. */
  const follow = (start: HistoryEntry): { row: number | null; chain: HistoryEntry[] } => {
    const chain: HistoryEntry[] = [start];
    let cur = start;
    for (let hop = 0; hop < MAX_HOPS && cur.to; hop++) {
      const g = group(cur.m);
      const rows = rowsFor([cur.to], null).filter((i) => group(micOf(i)) === g);
      if (rows.length) return { row: rankRows(rows, [cur.m])[0]!, chain };
      const next = history.entriesFor(cur.to).find((e) => group(e.m) === g && !chain.includes(e));
      if (!next) break;
      chain.push(next);
      cur = next;
    }
    return { row: null, chain };
  };

  const fromHistory = (entry: HistoryEntry, writtenSymbol: string): Company => {
    const { row, chain } = follow(entry);
    const names = chain.flatMap((e) => [...(e.fn ?? []), e.n]);
    if (row !== null) {
      const company = rowCompany(row, names);
      company.formerSymbol = writtenSymbol;
      company.symbolChangedYear = entry.y;
      return company;
    }
    // The company is gone (or its new symbol is unknown): describe it as the page knew it, with what came after.
    const company = entryCompany(entry);
    company.delisted = true;
    const later = chain.slice(1);
    const notes: Note[] = [];
    for (const [k, e] of chain.entries()) {
      const next = chain[k + 1];
      if (next) notes.push({ id: 'noteBecame', args: [next.n, next.s, e.y] });
      else if (e.to) notes.push({ id: 'noteSymbolChanged', args: [e.to, e.y] });
      else notes.push(e.note ?? (e.u ? { id: 'noteLastSeen', args: [e.y] } : { id: 'noteDelisted', args: [e.y] }));
    }
    company.notes = notes;
    company.aliases = aliasesFor([entry.n, ...(entry.fn ?? []), ...later.map((e) => e.n)]);
    if (!company.cik) {
      const cik = later.find((e) => e.cik)?.cik;
      if (cik) company.cik = cik;
    }
    return company;
  };

  const lookupWithExchange = (keys: string[], writtenSymbol: string, mics: { mics: string[]; fallbackMics: string[] }): Company | null => {
    for (const set of [mics.mics, mics.fallbackMics]) {
      if (!set.length) continue;
      const rows = rowsFor(keys, set);
      if (rows.length) return rowCompany(rankRows(rows, set)[0]!);
      const entry = historyFor(keys, set)[0];
      if (entry) return fromHistory(entry, writtenSymbol);
    }
    return null;
  };

  /** Step 4: the listing a US symbol written with the wrong (or a former) US exchange stands for. */
  const movedWithinUs = (keys: string[], written: { mics: string[] }, writtenCode: string): Company | null => {
    if (!written.mics.every((m) => isUsMic(m) && !isOtcMic(m))) return null;
    const rows = rowsFor(keys, null).filter(onUsExchange);
    const best = rankRows(rows)[0];
    if (best === undefined) return null;
    const company = rowCompany(best);
    company.notes = [{ id: 'noteListedOn', args: [company.exchange, writtenCode.toUpperCase()] }, ...(company.notes ?? [])];
    return company;
  };

  const lookupAnywhere = (keys: string[], writtenSymbol: string, name?: string): Company | null => {
    const rows = rowsFor(keys, null);
    if (name && rows.length > 1) {
      // Symbols repeat across countries (TSCO: Tesco in London, Tractor Supply on Nasdaq): the name decides.
      const named = rows.filter((i) => nameMatches(name, rowCompany(i)));
      if (named.length && named.length < rows.length) {
        const usNamed = named.filter(onUsExchange);
        return rowCompany(rankRows(usNamed.length ? usNamed : named)[0]!);
      }
    }
    const usListed = rows.filter(onUsExchange);
    const best = rankRows(usListed.length ? usListed : rows)[0];
    const entry = historyFor(keys, null)[0];
    if (best !== undefined) {
      // A symbol recycled by a fund: the company renamed away from it is the likelier meaning on a news page.
      if (isFund(best) && entry?.to) {
        const { row } = follow(entry);
        if (row !== null && !isFund(row)) return fromHistory(entry, writtenSymbol);
      }
      return rowCompany(best);
    }
    return entry ? fromHistory(entry, writtenSymbol) : null;
  };

  /** The earlier holder of a recycled symbol, described as the page knew it, with what became of it and who holds it now. */
  const recycledCompany = (e: RecycledEntry, date: string | undefined): Company => {
    const company: Company = { symbol: e.s, name: e.n, mic: e.m, exchange: codeForMic(e.m), delisted: true };
    if (e.fn?.length) company.formerNames = [...e.fn];
    company.aliases = aliasesFor([e.n, ...(e.fn ?? [])]);
    const notes: Note[] = [{ id: 'noteRecycledWas', args: [e.s, e.n, date ? Number(date.slice(0, 4)) : e.y] }];
    if (e.e) {
      notes.push({ id: e.e.k === 'merged' ? 'noteRecycledMerged' : 'noteRecycledAcquired', args: [e.n, e.e.n, e.e.s, e.e.y] });
      company.successor = { symbol: e.e.s, name: e.e.n };
    }
    const holder = rankRows(rowsFor([e.s], null).filter((i) => group(micOf(i)) === group(e.m)))[0];
    if (holder !== undefined) notes.push({ id: 'noteRecycledNow', args: [e.s, listings.name(holder), Number(e.r.slice(0, 4))] });
    company.notes = notes;
    return company;
  };

  /**
   * Step 0: a symbol that changed hands, on a page that names its earlier holder before the bracket ("Sprint
   * Corporation (NYSE:S)") or is dated before the next holder took it. A name that fits today's holder wins over the date.
   */
  const earlierHolder = (query: LookupQuery, keys: readonly string[], mics: readonly string[] | null): Company | null => {
    const groups = mics && new Set(mics.map(group));
    const entries = keys.flatMap((k) => history.recycledFor(k)).filter((e) => !groups || groups.has(group(e.m)));
    if (!entries.length || (!query.date && !query.name)) return null;
    if (query.name) {
      const named = entries.find((e) =>
        nameMatches(query.name!, { symbol: e.s, name: e.n, mic: e.m, exchange: '', aliases: aliasesFor([e.n, ...(e.fn ?? [])]) }),
      );
      if (named) return recycledCompany(named, query.date);
      if (rowsFor(keys, mics).some((i) => nameMatches(query.name!, rowCompany(i)))) return null;
    }
    const date = query.date;
    if (!date) return null;
    // The first holder after the page's date: pages are older than the swap they precede.
    const then = entries.filter((e) => date < e.r).sort((a, b) => (a.r < b.r ? -1 : 1))[0];
    return then ? recycledCompany(then, date) : null;
  };

  const lookup = (query: LookupQuery): Company | null => {
    // A Reuters code whose root is not the exchange's symbol (RELI.NS) stands for the local one (RELIANCE).
    const local = query.exchange ? RIC_ROOTS[`${query.exchange}:${query.symbol}`] : undefined;
    const key = symbolKey(local ?? query.symbol);
    if (!key || key.length > 20) return null;
    const written = key;
    if (history.recycledFor(key).length) {
      const mics = query.exchange ? micsFor(query.exchange, key) : null;
      const earlier = earlierHolder(query, [key], mics ? [...mics.mics, ...mics.fallbackMics] : null);
      if (earlier) return earlier;
    }
    if (query.exchange) {
      const mics = micsFor(query.exchange, key);
      if (mics) {
        const hk = mics.mics.includes('XHKG') ? hongKongKey(key) : null;
        const keys = hk && hk !== key ? [key, hk] : [key];
        return lookupWithExchange(keys, written, mics) ?? movedWithinUs(keys, mics, query.exchange);
      }
    }
    // "Tencent (00700)": a five-digit code with a leading zero is Hong Kong's spelling of the stored 0700.
    const hk = /^0\d{4}$/.test(key) ? hongKongKey(key) : null;
    return lookupAnywhere(hk ? [key, hk] : [key], written, query.name);
  };

  return {
    lookup,
    lookupMany: (queries) => queries.map(lookup),
    size: listings.size,
  };
}

function dedupeNames(names: readonly string[], exclude: readonly string[]): string[] {
  const seen = new Set(exclude.filter(Boolean).map(fold));
  const out: string[] = [];
  for (const n of names) {
    const k = fold(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9\u0080-\uffff]+/g, '');
}

/**
 * Extension-relative path of the summaries shard holding a company's description: src/data/summaries/NN.json,
 * gzipped by the build (vite.config.ts), as the descriptions are most of the package's size.
 */
export function summaryFile(company: Pick<Company, 'mic' | 'symbol'>): string {
  return `/data/summaries/${summaryShard(company.mic, company.symbol)}.json.gz`;
}

/** The company with its description filled in from the shard `summaryFile(company)` names, for the card. */
export function companyDetails(company: Company, shard: SummariesShard | null | undefined): Company {
  const summary = shard?.[`${company.mic}:${company.symbol}`];
  return summary ? { ...company, summary } : { ...company };
}
