// Loads the generated data files in Node (the CLI, tests, measurement scripts); never imported by the extension.
// Reading with fs keeps the 3 MB listings out of the TypeScript program, which would otherwise infer its type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HistoryFile, ListingsFile } from '../core/resolve/data-format.ts';
import { createDataset, type Dataset } from '../core/resolve/dataset.ts';

// Paths through node:path: test environments such as happy-dom replace the global URL class.
const repoRoot = join(fileURLToPath(import.meta.url), '../../..');

/** A path inside the repository, from its root. */
export function repoPath(...parts: string[]): string {
  return join(repoRoot, ...parts);
}

export function readDataFile<T>(name: string): T {
  return JSON.parse(readFileSync(repoPath('src/data', name), 'utf8')) as T;
}

let cached: Dataset | null = null;

export function realDataset(): Dataset {
  cached ??= createDataset({ listings: readDataFile<ListingsFile>('listings.json'), history: readDataFile<HistoryFile>('history.json') });
  return cached;
}
