// Curated listings (src/core/resolve/curated-*.json), added last as copies of the NSE or home listing they stand for.
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import { nameKey } from '../../src/core/resolve/names.ts';
import { OTC_MICS, US_MICS, VENUES, micGroup } from './exchanges.ts';
import { cmp } from './io.ts';
import { Listings, fillFromRow, newRow, type Row } from './listings.ts';
import type { HistoryFile } from '../../src/core/resolve/data-format.ts';
import type { Note } from '../../src/core/notes.ts';

/** An OTC ADR of a foreign company the SEC does not know (see src/core/resolve/curated-adrs.json). */
export interface CuratedAdr {
  adr: string;
  home: string;
  mic: string;
  company: string;
  detailsFrom?: string;
  tier?: 'OTCQX' | 'OTCQB' | 'Pink';
}
/** A BSE scrip code and the NSE symbol of the same company (see src/core/resolve/curated-bse-codes.json). */
export interface CuratedBseCode {
  code: string;
  nse: string;
  company: string;
}
/** The English name of a Taiwan listing twstock names in Chinese (see src/core/resolve/curated-tw-names.json). */
export interface CuratedTwName {
  code: string;
  short: string;
  name: string;
  adr?: string;
}

const TIER_MIC: Record<NonNullable<CuratedAdr['tier']>, string> = { OTCQX: 'OTCQ', OTCQB: 'OTCB', Pink: 'PINX' };

/**
 * BSE listings under their numeric scrip codes, as copies of the NSE listing of the same company: FinanceDatabase
 * files BSE rows under NSE-style symbols, and the build drops those in favour of the NSE rows.
 */
export function addBseCodes(listings: Listings, codes: readonly CuratedBseCode[]): void {
  for (const c of codes) {
    const nse = listings.rows.get(`${symbolKey(c.nse)} XNSE`);
    if (!nse) throw new Error(`curated BSE code ${c.code}: no NSE listing ${c.nse}`);
    const row: Row = { ...nse, symbol: symbolKey(c.code), mic: 'XBOM', cik: 0, fund: false, former: [...nse.former], note: null };
    if (!listings.add(row)) throw new Error(`curated BSE code ${c.code} is already listed`);
  }
}

/**
 * OTC ADRs named and described like the home listing their shares represent. An ADR the SEC already lists
 * (DTEGY) keeps its CIK, ISIN and details and gains the home name and the note; a new one sits on the tier's MIC,
 * or on OTCM when the tier is unknown. The home ISIN is not copied: it identifies the home share, not the ADR.
 */
export function addAdrs(listings: Listings, adrs: readonly CuratedAdr[]): void {
  for (const a of adrs) {
    const home = listings.rows.get(`${symbolKey(a.detailsFrom ?? a.home)} ${a.mic}`);
    if (!home) throw new Error(`curated ADR ${a.adr}: no listing ${a.detailsFrom ?? a.home} on ${a.mic}`);
    const symbol = symbolKey(a.adr);
    const existing = (listings.bySymbol.get(symbol) ?? []).find((r) => OTC_MICS.includes(r.mic));
    const row = existing ?? newRow(symbol, home.name, a.tier ? TIER_MIC[a.tier] : 'OTCM');
    if (existing) {
      if (nameKey(existing.name) !== nameKey(home.name) && !existing.alt) existing.alt = existing.name;
      existing.name = home.name;
    }
    fillFromRow(row, home);
    row.note = { id: 'noteOtcAdr', args: [symbolKey(a.home), VENUES[a.mic]?.name ?? a.mic] };
    if (!existing && !listings.add(row)) throw new Error(`curated ADR ${a.adr} could not be added`);
  }
}

/** English names for Taiwan listings known only by their Chinese short names; details from a US ADR if named. */
export function addTwNames(listings: Listings, names: readonly CuratedTwName[]): void {
  for (const n of names) {
    const row = listings.rows.get(`${n.code} XTAI`) ?? listings.rows.get(`${n.code} ROCO`);
    if (!row) throw new Error(`curated Taiwan name ${n.code}: no listing on XTAI or ROCO`);
    if (row.name !== n.short) throw new Error(`curated Taiwan name ${n.code}: the listing is named ${row.name}, not ${n.short}`);
    row.name = n.name;
    row.alt = n.short;
    if (!n.adr) continue;
    const adr = (listings.bySymbol.get(n.adr) ?? []).find((r) => US_MICS.includes(r.mic) && !OTC_MICS.includes(r.mic));
    if (!adr) throw new Error(`curated Taiwan name ${n.code}: no US listing ${n.adr}`);
    fillFromRow(row, adr);
  }
}

/**
 * A listing the sources miss or drop (src/core/resolve/curated-listings.json, the one curated supplement of
 * listings): still listed (no `ended`), it becomes a listing row; ended, a history entry: "Delisted in <year>" (or
 * the curated note), or with `lastSeen` "No longer listed under this symbol (last seen <year>)" when only the year
 * a source last carried it is known (MLP and trust units the build drops, rows FinanceDatabase marks delisted).
 * Every row names its source.
 */
export interface CuratedListing {
  symbol: string;
  mic: string;
  name: string;
  country?: string;
  ended?: { year: number; lastSeen?: true; note?: Note };
  source: string;
}

/**
 * Adds the curated listings the sources lack. The sources win: an entry whose symbol a source already has in the
 * same country group (micGroup: NYSE and Nasdaq are one), as a listing or in the history, is left out (and named
 * in the returned list), so a refresh that starts carrying it changes nothing. Runs after the history is built;
 * the history stays sorted by (symbol, MIC), its own order kept within one symbol and MIC (a stable sort).
 */
export function addCuratedListings(listings: Listings, history: HistoryFile, curated: readonly CuratedListing[]): string[] {
  const skipped: string[] = [];
  const known = (symbol: string, mic: string) =>
    history.entries.some((e) => e.s === symbol && micGroup(e.m) === micGroup(mic)) ||
    (listings.bySymbol.get(symbol) ?? []).some((r) => micGroup(r.mic) === micGroup(mic));
  for (const c of curated) {
    const symbol = symbolKey(c.symbol);
    if (!VENUES[c.mic]) throw new Error(`curated listing ${c.symbol}: unknown MIC ${c.mic}`);
    if (known(symbol, c.mic)) {
      skipped.push(`${c.symbol} ${c.mic}`);
      continue;
    }
    if (!c.ended) {
      const row = newRow(symbol, c.name, c.mic);
      row.country = c.country ?? '';
      listings.add(row);
      continue;
    }
    history.entries.push({
      s: symbol,
      m: c.mic,
      n: c.name,
      y: c.ended.year,
      ...(c.ended.lastSeen ? { u: 1 } : {}),
      ...(c.ended.note ? { note: c.ended.note } : {}),
      ...(c.country ? { country: c.country } : {}),
    });
  }
  history.entries.sort((a, b) => cmp(a.s, b.s) || cmp(a.m, b.m));
  return skipped;
}
