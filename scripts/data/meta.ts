// The dataset's build date and source versions (src/data/meta.json). Taken from the inputs, never the clock, so
// rebuilding the same inputs gives the same bytes: SOURCES.md's commit and date per file, and for a refresh the
// download day of each file in the cache's refresh.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataMeta } from '../../src/core/resolve/data-format.ts';
import { cmp } from './io.ts';
import { MANIFEST, type Manifest } from './refresh.ts';

const DATE = /\d{4}-\d{2}-\d{2}/g;

/**
 * One entry per file row of SOURCES.md's tables: the file, its source (`owner/repo:path@commit`) and the date of
 * that commit (the "committed" cell; for derived files the last date of the history they were built from).
 * FinanceDatabase's 80 files are described in a sentence, not rows: one entry for the folder.
 */
export function sourcesFromDoc(doc: string): DataMeta['sources'] {
  const out: DataMeta['sources'] = [];
  for (const line of doc.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!file || cells.length < 5) continue;
    // A derived file names its source and the commits it read: the source at the last of them.
    const from = /`([^`]+)`/.exec(cells[2]!)?.[1] ?? cells[2]!;
    const lastCommit = (cells[2]!.match(/\b[0-9a-f]{40}\b/g) ?? []).at(-1);
    const version = from.includes('@') || !lastCommit ? from : `${from}@${lastCommit}`;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(cells[3]!) ? cells[3]! : (cells[2]!.match(DATE) ?? []).at(-1);
    if (date) out.push({ file, version, date });
  }
  const fd = /^`(international\/financedatabase_equities\/)[^`]*`.*?Source: `([^`]+)` \(committed (\d{4}-\d{2}-\d{2})\)/m.exec(doc);
  if (fd) out.push({ file: fd[1]!, version: fd[2]!, date: fd[3]! });
  return out;
}

/** The meta block for a build from `shared`: SOURCES.md, with the files a refresh downloaded at their download date. */
export function buildMeta(shared: string): DataMeta {
  let sources = sourcesFromDoc(readFileSync(join(shared, 'SOURCES.md'), 'utf8'));
  let refreshed: string | undefined;
  const manifestPath = join(shared, MANIFEST);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    refreshed = manifest.date;
    const fresh = new Set(manifest.sources.map((s) => s.file));
    const isFresh = (file: string): boolean => fresh.has(file) || [...fresh].some((f) => file.endsWith('/') && f.startsWith(file));
    sources = [
      ...sources.filter((s) => !isFresh(s.file)),
      ...manifest.sources.map((s) => ({ file: s.file, version: s.url, date: manifest.date })),
    ];
  }
  sources.sort((a, b) => cmp(a.file, b.file));
  const asOf = sources.reduce((max, s) => (s.date > max ? s.date : max), '');
  return { asOf, ...(refreshed ? { refreshed } : {}), sources };
}
