// Builds Clearfolio's offline company data from the raw snapshots in ../shared/data (see its SOURCES.md).
//
//   npx tsx scripts/build-data.ts [SHARED_DATA_DIR] [--out DIR] [--refresh]
//
// Writes src/data/listings.json, history.json, exchanges.json, meta.json and src/data/summaries/NN.json.
// --refresh first downloads the sources with a stable address into .cache/data/YYYY-MM-DD/ (scripts/data/refresh.ts),
// builds from there and prints what changed (scripts/data/report.ts).
// The output is deterministic: every collection is sorted and "first source wins" follows a fixed source order,
// so two runs over the same input give identical bytes (a test checks this).
//
// Source order (first wins for a (symbol, MIC) pair, later sources only fill gaps):
//   US: Nasdaq Trader symbol directories (which venue, fund flag) + SEC (CIK, title) + Nasdaq screener (country,
//       market cap; sector and industry as a last resort) + FinanceDatabase US segments and name-matched rows
//       (summary, website, and its sector and industry, which win: one taxonomy for all of a company's listings).
//   Elsewhere: FinanceDatabase per exchange, then NSE's own equity list, jonfriesen's TSX/TSXV list and twstock
//       for what FinanceDatabase lacks.
//   History: SEC snapshots linked by CIK, daily listing-interval files (adjacent end/start with the same name
//       family or the same IPO year and industry), NSE's symbol-change list, plus curated notes.
//   Curated (src/core/resolve/curated-*.json): BSE scrip codes and OTC ADRs, added last as copies of the NSE or
//       home listing they stand for; curated-listings.json, listings the sources miss or drop (current ones as rows,
//       ended ones as history entries), only where no source has that symbol in that MIC's country group.
//
// One module per source under scripts/data/ (each with a test on a few recorded rows in scripts/data/samples/);
// this file only puts them in order and writes the files.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summaryShard } from '../src/core/resolve/data-format.ts';
import {
  addAdrs,
  addBseCodes,
  addCuratedListings,
  addTwNames,
  type CuratedAdr,
  type CuratedBseCode,
  type CuratedListing,
  type CuratedTwName,
} from './data/curated.ts';
import { buildExchanges } from './data/exchanges.ts';
import { FD_BORROW_ONLY, FD_MAIN, FD_US, borrowDetails, buildInternational, readFd, type FdRow } from './data/financedatabase.ts';
import { buildHistory, type CuratedNote } from './data/history.ts';
import { Listings } from './data/listings.ts';
import type { CuratedRecycled } from './data/recycled.ts';
import { truncateSummary, withoutReceiptSuffix } from './data/names.ts';
import { readNseChanges, reconcileNse } from './data/nse.ts';
import { buildMeta } from './data/meta.ts';
import { compactJson, toListingsFile } from './data/output.ts';
import { refresh } from './data/refresh-run.ts';
import { addSupplements } from './data/supplements.ts';
import { buildUs } from './data/us.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv: string[]): { shared: string; out: string; refresh: boolean } {
  let shared = process.env.CLEARFOLIO_SHARED_DATA ?? resolve(repoRoot, '../shared/data');
  let out = repoRoot;
  let refresh = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = resolve(argv[++i] ?? '.');
    else if (arg === '--refresh') refresh = true;
    else shared = resolve(arg);
  }
  return { shared, out, refresh };
}

async function main(): Promise<void> {
  const { shared, out, refresh: fresh } = parseArgs(process.argv.slice(2));
  if (fresh) await refresh({ shared, out, cacheRoot: join(repoRoot, '.cache/data'), fetch: globalThis.fetch, build });
  else build(shared, out);
}

export function build(shared: string, out: string): void {
  if (!existsSync(join(shared, 'SOURCES.md'))) throw new Error(`no shared data at ${shared} (pass its path or set CLEARFOLIO_SHARED_DATA)`);
  const readCurated = <T>(file: string): T => JSON.parse(readFileSync(join(repoRoot, 'src/core/resolve', file), 'utf8')) as T;
  const curated = readCurated<{ notes: CuratedNote[] }>('curated-notes.json').notes;
  const recycled = readCurated<{ recycled: CuratedRecycled[] }>('curated-recycled.json').recycled;
  const bseCodes = readCurated<{ codes: CuratedBseCode[] }>('curated-bse-codes.json').codes;
  const twNames = readCurated<{ names: CuratedTwName[] }>('curated-tw-names.json').names;
  const adrs = readCurated<{ adrs: CuratedAdr[] }>('curated-adrs.json').adrs;
  const curatedListings = readCurated<{ listings: CuratedListing[] }>('curated-listings.json').listings;

  const fdByExchange = new Map<string, FdRow[]>();
  for (const exch of [...new Set([...Object.keys(FD_MAIN), ...FD_US, ...FD_BORROW_ONLY])].sort())
    fdByExchange.set(exch, readFd(shared, exch));

  const listings = new Listings();
  buildUs(shared, listings);
  const fdNse = buildInternational(shared, listings, fdByExchange);
  const nseChanges = readNseChanges(shared);
  reconcileNse(shared, listings, fdNse, nseChanges);
  addSupplements(shared, listings);
  // FinanceDatabase's BSE file mostly repeats NSE companies under the same symbols; BSE mentions fall back to NSE.
  for (const row of [...listings.rows.values()]) if (row.mic === 'XBOM' && listings.has(row.symbol, ['XNSE'])) listings.remove(row);
  borrowDetails(listings, fdByExchange);

  const { history, formerNames } = buildHistory(shared, listings, nseChanges, curated, recycled);
  for (const [id, names] of formerNames) listings.rows.get(id)!.former = names;
  const leftOut = addCuratedListings(listings, history, curatedListings);
  if (leftOut.length) console.log(`curated-listings.json: the sources now carry ${leftOut.join(', ')} (entries left out; remove them)`);
  // After the history, so the copies carry the earlier names of the listing they copy.
  addBseCodes(listings, bseCodes);
  addAdrs(listings, adrs);
  addTwNames(listings, twNames);
  for (const row of listings.rows.values()) if (!row.fund) row.name = withoutReceiptSuffix(row.name);

  const rows = [...listings.rows.values()].sort((a, b) =>
    a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : a.mic < b.mic ? -1 : a.mic > b.mic ? 1 : 0,
  );
  const exchanges = buildExchanges(shared);

  const dataDir = join(out, 'src/data');
  const summaryDir = join(out, 'src/data/summaries');
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(summaryDir)) for (const f of readdirSync(summaryDir)) if (f.endsWith('.json')) rmSync(join(summaryDir, f));
  mkdirSync(summaryDir, { recursive: true });

  writeFileSync(join(dataDir, 'listings.json'), compactJson(toListingsFile(rows)) + '\n');
  writeFileSync(join(dataDir, 'history.json'), compactJson(history) + '\n');
  writeFileSync(join(dataDir, 'exchanges.json'), JSON.stringify(exchanges, null, 1) + '\n');
  const meta = buildMeta(shared);
  writeFileSync(join(dataDir, 'meta.json'), JSON.stringify(meta, null, 1) + '\n');

  const shards = new Map<string, [string, string][]>();
  for (const r of rows) {
    if (!r.summary) continue;
    const shard = summaryShard(r.mic, r.symbol);
    shards.set(shard, [...(shards.get(shard) ?? []), [`${r.mic}:${r.symbol}`, truncateSummary(r.summary)]]);
  }
  for (const shard of [...shards.keys()].sort()) {
    const entries = shards.get(shard)!.sort(([a], [b]) => (a < b ? -1 : 1));
    writeFileSync(
      join(summaryDir, `${shard}.json`),
      `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}\n`,
    );
  }
  const withSummary = rows.filter((r) => r.summary).length;
  console.log(
    `listings: ${rows.length} rows (${withSummary} with a summary); history: ${history.entries.length} entries, ${history.recycled?.length ?? 0} recycled symbols; exchanges: ${Object.keys(exchanges.codes).length} codes; data as of ${meta.asOf} -> ${dirname(join(dataDir, 'x'))}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
