// Symbol history: SEC snapshots linked by CIK, the daily listing-interval files (a symbol's last day followed by a
// new symbol of the same company), NSE's symbol changes and curated notes, into src/data/history.json.
import { join } from 'node:path';
import { symbolKey } from '../../src/core/resolve/symbols.ts';
import { nameKey } from '../../src/core/resolve/names.ts';
import { DATA_FORMAT, type HistoryEntry, type HistoryFile } from '../../src/core/resolve/data-format.ts';
import type { Note } from '../../src/core/notes.ts';
import { micGroup } from './exchanges.ts';
import { cmp, csvObjects, readText } from './io.ts';
import { Listings } from './listings.ts';
import { isJunkUsSymbol, tidySecTitle } from './names.ts';
import type { NseChange } from './nse.ts';
import { buildRecycled, type CuratedRecycled } from './recycled.ts';

import { DAY, buildPeriods, days, readSightings, sameFamily, type Period } from './intervals.ts';

interface SecSighting {
  cik: number;
  ticker: string;
  title: string;
  exchange: string;
  first: string;
  last: string;
}

export function readSecHistory(shared: string): { byCik: Map<number, SecSighting[]>; latest: string } {
  const rows: SecSighting[] = [];
  const snapshot = (file: string, date: string): void => {
    const data = JSON.parse(readText(join(shared, file))) as unknown;
    if (data && typeof data === 'object' && 'fields' in data) {
      for (const [cik, title, ticker, exchange] of (data as unknown as { data: [number, string, string, string | null][] }).data) {
        rows.push({ cik, ticker: symbolKey(ticker), title, exchange: exchange ?? '', first: date, last: date });
      }
    } else {
      for (const r of Object.values(data as Record<string, { cik_str: number; ticker: string; title: string }>)) {
        rows.push({ cik: r.cik_str, ticker: symbolKey(r.ticker), title: r.title, exchange: '', first: date, last: date });
      }
    }
  };
  snapshot('history/sec_company_tickers_committed_2021-12-24.json.gz', '2021-12-24');
  snapshot('history/sec_company_tickers_exchange_committed_2022-05-19.json.gz', '2022-05-19');
  snapshot('history/sec_company_tickers_committed_2023-01-20.json.gz', '2023-01-20');
  snapshot('history/sec_company_tickers_exchange_committed_2024-09-26.json.gz', '2024-09-26');
  snapshot('us/sec_company_tickers_exchange.json', '2025-12-14');
  snapshot('us/sec_company_tickers.json.gz', '2026-02-28');
  for (const r of csvObjects(readText(join(shared, 'history/sec_cik_ticker_intervals_2024-2026.csv.gz')))) {
    rows.push({
      cik: Number(r.cik),
      ticker: symbolKey(r.ticker ?? ''),
      title: r.title ?? '',
      exchange: '',
      first: r.first_seen!,
      last: r.last_seen!,
    });
  }
  const merged = new Map<string, SecSighting>();
  for (const r of rows) {
    const id = `${r.cik} ${r.ticker}`;
    const m = merged.get(id);
    if (!m) {
      merged.set(id, { ...r });
      continue;
    }
    if (r.first < m.first) m.first = r.first;
    if (r.last > m.last) {
      m.last = r.last;
      m.title = r.title;
    }
    m.exchange ||= r.exchange;
  }
  const byCik = new Map<number, SecSighting[]>();
  for (const m of [...merged.values()].sort((a, b) => a.cik - b.cik || cmp(a.first, b.first) || cmp(a.ticker, b.ticker))) {
    const list = byCik.get(m.cik) ?? [];
    list.push(m);
    byCik.set(m.cik, list);
  }
  return { byCik, latest: '2026-02-28' };
}

export interface CuratedNote {
  symbol: string;
  mic: string;
  note: Note;
}

export function buildHistory(
  shared: string,
  listings: Listings,
  nseChanges: NseChange[],
  curated: CuratedNote[],
  curatedRecycled: readonly CuratedRecycled[] = [],
): { history: HistoryFile; formerNames: Map<string, string[]> } {
  const periods = buildPeriods(readSightings(shared));
  const recycled = buildRecycled(periods, curatedRecycled);
  const { byCik, latest: secLatest } = readSecHistory(shared);
  const globalEnd = periods.reduce((m, p) => (p.last > m ? p.last : m), '');
  const isCurrentIn = (symbol: string, group: string): boolean =>
    (listings.bySymbol.get(symbol) ?? []).some((r) => micGroup(r.mic) === group);
  const ended = (p: Period): boolean => days(p.last, globalEnd) > 5;
  const periodsOf = new Map<string, Period[]>();
  for (const p of periods) {
    const id = `${p.group} ${p.symbol}`;
    periodsOf.set(id, [...(periodsOf.get(id) ?? []), p]);
  }
  const lastPeriod = (symbol: string, group: string): Period | undefined => periodsOf.get(`${group} ${symbol}`)?.at(-1);

  // Renames, keyed "group symbol" of the old symbol -> new symbol and date of the change.
  const renames = new Map<string, { to: string; date: string }>();

  // 1. Same CIK, a ticker that stops and a newer one that starts after it.
  const cikOfTicker = new Map<string, number>();
  for (const [cik, list] of byCik) {
    for (const old of list) {
      if (!cikOfTicker.has(old.ticker) || old.last >= secLatest) cikOfTicker.set(old.ticker, cik);
      if (old.last >= secLatest || isJunkUsSymbol(old.ticker)) continue;
      const next = list.find((n) => n.ticker !== old.ticker && n.first > old.first && n.first >= old.last && !isJunkUsSymbol(n.ticker));
      if (!next || (isCurrentIn(old.ticker, 'US') && lastPeriod(old.ticker, 'US') && !ended(lastPeriod(old.ticker, 'US')!))) continue;
      const p = lastPeriod(old.ticker, 'US');
      const date = p && ended(p) ? p.last : next.first;
      renames.set(`US ${old.ticker}`, { to: next.ticker, date });
    }
  }

  // 2. Interval files: a symbol's last day followed within four days by a new symbol of the same company.
  const startsByDay = new Map<string, Period[]>();
  for (const p of periods) if (!p.startsAtFileStart) startsByDay.set(p.first, [...(startsByDay.get(p.first) ?? []), p]);
  const startsAfter = (day: string): Period[] =>
    [1, 2, 3, 4].flatMap((n) => startsByDay.get(new Date(Date.parse(day) + n * DAY).toISOString().slice(0, 10)) ?? []);
  const candidatesFor = (a: Period): Period[] =>
    startsAfter(a.last).filter(
      (b) =>
        b.group === a.group &&
        b.symbol !== a.symbol &&
        days(a.last, b.first) >= 1 &&
        days(a.last, b.first) <= 4 &&
        a.fund === b.fund &&
        (sameFamily(a.names.at(-1)!, b.names[0]!) || (a.ipo !== '' && a.ipo === b.ipo && a.industry !== '' && a.industry === b.industry)),
    );
  const endedPeriods = periods.filter((p) => ended(p) && !p.endsAtFileEnd);
  const claims = new Map<Period, Period[]>();
  for (const a of endedPeriods) {
    const c = candidatesFor(a);
    if (c.length === 1) claims.set(c[0]!, [...(claims.get(c[0]!) ?? []), a]);
  }
  for (const [b, as] of claims) {
    if (as.length !== 1) continue;
    const a = as[0]!;
    const id = `${a.group} ${a.symbol}`;
    if (!renames.has(id) && lastPeriod(a.symbol, a.group) === a) renames.set(id, { to: b.symbol, date: a.last });
  }

  // 3. NSE's own list of symbol changes.
  for (const c of [...nseChanges].sort((a, b) => cmp(a.date, b.date))) renames.set(`XNSE ${c.from}`, { to: c.to, date: c.date });

  const notes = new Map(curated.map((c) => [`${micGroup(c.mic)} ${symbolKey(c.symbol)}`, c.note]));
  const entries: HistoryEntry[] = [];
  const predecessors = new Map<string, string[]>();
  const addPredecessorNames = (group: string, to: string, names: string[]): void => {
    const id = `${group} ${to}`;
    predecessors.set(id, [...(predecessors.get(id) ?? []), ...names]);
  };

  for (const p of periods) {
    const id = `${p.group} ${p.symbol}`;
    if (lastPeriod(p.symbol, p.group) !== p && !renames.has(id)) continue;
    if (lastPeriod(p.symbol, p.group) !== p) continue;
    if (!ended(p) || p.fund) continue;
    const rename = renames.get(id);
    const name = p.names.at(-1)!;
    const entry: HistoryEntry = { s: p.symbol, m: p.mic, n: name, y: Number((rename?.date ?? p.last).slice(0, 4)) };
    if (p.names.length > 1) entry.fn = p.names.slice(0, -1);
    if (rename) {
      entry.to = rename.to;
      addPredecessorNames(p.group, rename.to, [...(predecessors.get(id) ?? []), ...p.names]);
    } else {
      const note = notes.get(id);
      if (note) entry.note = note;
      else if (p.endsAtFileEnd) entry.u = 1;
    }
    const cik = p.group === 'US' ? cikOfTicker.get(p.symbol) : undefined;
    if (cik) entry.cik = cik;
    if (p.country) entry.country = p.country;
    entries.push(entry);
  }
  // SEC-only renames (ticker changes the interval files did not see).
  for (const [id, rename] of renames) {
    const [group, symbol] = id.split(' ') as [string, string];
    if (group !== 'US' || lastPeriod(symbol, group)) continue;
    const cik = cikOfTicker.get(symbol);
    const sec = cik ? byCik.get(cik)?.find((s) => s.ticker === symbol) : undefined;
    if (!sec) continue;
    const mic = sec.exchange === 'Nasdaq' ? 'XNAS' : sec.exchange === 'OTC' ? 'OTCM' : 'XNYS';
    entries.push({ s: symbol, m: mic, n: tidySecTitle(sec.title), y: Number(rename.date.slice(0, 4)), to: rename.to, cik: cik! });
  }
  for (const c of nseChanges) {
    if (renames.get(`XNSE ${c.from}`)?.date !== c.date) continue;
    entries.push({ s: c.from, m: 'XNSE', n: c.name.replace(/\s+/g, ' '), y: Number(c.date.slice(0, 4)), to: c.to, country: 'India' });
  }

  const unique = new Map<string, HistoryEntry>();
  for (const e of entries.sort(compareEntries)) {
    const id = `${e.s} ${e.m}`;
    if (!unique.has(id)) unique.set(id, e);
  }

  // Earlier names of current listings: names under the same symbol before the current one, and the names of
  // symbols that were renamed into it.
  const formerNames = new Map<string, string[]>();
  for (const row of listings.rows.values()) {
    const group = micGroup(row.mic);
    const p = lastPeriod(row.symbol, group);
    const names = [...(predecessors.get(`${group} ${row.symbol}`) ?? []), ...(p && !ended(p) ? p.names : []), ...row.former];
    const seen = new Set([nameKey(row.name), ...(row.alt ? [nameKey(row.alt)] : [])]);
    const out: string[] = [];
    for (const n of names) {
      const k = nameKey(n);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      out.push(n);
    }
    if (out.length) formerNames.set(`${row.symbol} ${row.mic}`, out);
  }
  return { history: { format: DATA_FORMAT, entries: [...unique.values()], recycled }, formerNames };
}

function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
  return cmp(a.s, b.s) || cmp(a.m, b.m) || b.y - a.y || (a.to ? 0 : 1) - (b.to ? 0 : 1) || cmp(a.n, b.n);
}
