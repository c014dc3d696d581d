// Reading the raw snapshots: gzip or plain files, CSV (csv-parse) and Nasdaq Trader's pipe-separated directories.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/** Code-unit order: unlike localeCompare it is the same on every machine, which keeps the output byte-stable. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The file at `path`, or its uncompressed twin when only that exists: the recorded samples the tests build from
 * (scripts/data/samples/) are kept plain so that a reviewer can read them.
 */
export function sourcePath(path: string): string {
  return path.endsWith('.gz') && !existsSync(path) && existsSync(path.slice(0, -3)) ? path.slice(0, -3) : path;
}

export function readText(path: string): string {
  const file = sourcePath(path);
  const buf = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/**
 * RFC 4180 CSV rows (quoted fields may hold commas, quotes and newlines). Lenient where the sources are loose:
 * rows may differ in length (jonfriesen's TSX rows), a stray quote inside a field is kept, empty lines are skipped.
 */
export function csvRows(text: string, delimiter = ','): string[][] {
  return parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}

/** Rows as objects keyed by the (trimmed) header; every value trimmed, a missing cell is "". */
export function csvObjects(text: string): Record<string, string>[] {
  return objects(csvRows(text));
}

/** Nasdaq Trader's symbol directories: "|" between fields, no quoting, a "File Creation Time" line at the end. */
export function pipeObjects(text: string): Record<string, string>[] {
  const rows = parse(text, { delimiter: '|', quote: false, relax_column_count: true, skip_empty_lines: true }) as string[][];
  return objects(rows.filter((r) => !r[0]?.startsWith('File Creation Time')));
}

function objects([header, ...rows]: string[][]): Record<string, string>[] {
  if (!header) return [];
  const keys = header.map((h) => h.trim());
  return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}
