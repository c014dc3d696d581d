// The refresh end to end: download into a dated cache folder, rebuild from it, report what changed.
// Kept apart from refresh.ts (the downloader) so each can be tested on its own; `fetch` and `build` are injected.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListingsFile } from '../../src/core/resolve/data-format.ts';
import { download, type Fetch } from './refresh.ts';
import { compareListings, formatReport, type ChangeReport } from './report.ts';

export interface RefreshOptions {
  /** ../shared/data: the files with no stable address are copied from here. */
  shared: string;
  /** The checkout whose src/data is rebuilt. */
  out: string;
  /** Parent of the dated folders (.cache/data, gitignored). */
  cacheRoot: string;
  fetch: Fetch;
  build: (shared: string, out: string) => void;
  /** The download day; today (UTC) unless a test fixes it. */
  date?: string;
  log?: (line: string) => void;
}

export async function refresh(opts: RefreshOptions): Promise<{ dir: string; report: ChangeReport; text: string }> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  const dir = join(opts.cacheRoot, date);
  const listingsPath = join(opts.out, 'src/data/listings.json');
  const readListings = (): ListingsFile | null =>
    existsSync(listingsPath) ? (JSON.parse(readFileSync(listingsPath, 'utf8')) as ListingsFile) : null;
  const before = readListings();
  log(`downloading the sources into ${dir}`);
  await download({ fetch: opts.fetch, dir, shared: opts.shared, date });
  opts.build(dir, opts.out);
  const after = readListings();
  if (!after) throw new Error(`the build wrote no ${listingsPath}`);
  const empty: ListingsFile = { ...after, columns: { ...after.columns, symbol: [] } };
  const report = compareListings(before ?? empty, after);
  const text = formatReport(report);
  // The monthly workflow puts this file in the pull request's body.
  writeFileSync(join(dir, 'report.md'), text + '\n');
  writeFileSync(join(opts.cacheRoot, 'report.md'), text + '\n');
  log(text);
  return { dir, report, text };
}
