// `npm test` runs this first: without ../shared the eval-backed and corpus-reading checks would fail only after
// minutes of lint, unit tests and build. Exit 1 with what is missing, what needs it and where ../shared comes from.
//   tsx scripts/check-shared.ts [DIR]    (DIR in place of ../shared, for its test)
import { resolve } from 'node:path';
import { missingShared } from './shared-dir.ts';

const dir = process.argv[2];
const missing = dir ? missingShared(resolve(dir)) : missingShared();
if (missing.length) {
  console.error(`check-shared: ../shared is incomplete.\n\n${missing.join('\n\n')}`);
  process.exit(1);
}
