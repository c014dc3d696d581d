// ../shared: the project's shared repository (contract, labelled fixtures, corpora, raw company data), checked out
// beside this one. Everything that reads it asks here first, so that a missing ../shared fails at once, naming what
// needs it and where it comes from, instead of after minutes of other tests (or a silently skipped check).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(fileURLToPath(import.meta.url), '../..');

/** ../shared beside the checkout. */
export const SHARED = resolve(repoRoot, '../shared');

/** What in the project reads which part of ../shared (the `npm test` pre-check lists them all). */
export const SHARED_NEEDS: readonly { path: string; by: string }[] = [
  { path: 'fixtures/cases.json', by: 'npm run eval (the labelled fixture pages; also in CI via .ci/run)' },
  { path: 'corpora/real-news/cases.json', by: 'npm run eval (real-news ticker figures and the real-clutter set)' },
  {
    path: 'corpora/readability-test-pages',
    by: 'npm run eval and npm run bench (Mozilla Readability pages); e2e tests/e2e/integrity.test.ts',
  },
  { path: 'data/SOURCES.md', by: 'npm run data; unit test scripts/build-data.test.ts (committed data = a rebuild)' },
];

export function sharedMissingMessage(path: string, by: string, shared = SHARED): string {
  return [
    `${join(shared, path)} is missing; ${by} needs it.`,
    `../shared is the project's shared repository (contract, labelled fixtures, corpora, raw company data), checked out`,
    `beside this repository as ../shared. CI checks out the repository named by the SHARED_REPOSITORY variable there`,
    `(.github/workflows/ci.yml); see the README, "Prerequisites".`,
  ].join('\n');
}

/** The path of `path` inside ../shared; throws sharedMissingMessage when it is not there. */
export function requireShared(path: string, by: string, shared = SHARED): string {
  const full = join(shared, path);
  if (!existsSync(full)) throw new Error(sharedMissingMessage(path, by, shared));
  return full;
}

/** Every SHARED_NEEDS entry missing from `shared`, as messages (empty when it is complete). */
export function missingShared(shared = SHARED): string[] {
  return SHARED_NEEDS.filter((n) => !existsSync(join(shared, n.path))).map((n) => sharedMissingMessage(n.path, n.by, shared));
}
