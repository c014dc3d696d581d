// The committed data files are exactly what the build produces from ../shared/data: a rebuild into a temporary
// directory gives identical bytes (so the build is deterministic and the committed files are current).
// Skipped when the shared raw data is not next to the checkout, as in a clean clone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = join(fileURLToPath(import.meta.url), '../..');
const shared = process.env.CLEARFOLIO_SHARED_DATA ?? join(repoRoot, '../shared/data');
const out = mkdtempSync(join(tmpdir(), 'clearfolio-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const generated = (root: string): string[] => [
  ...['listings.json', 'history.json', 'exchanges.json'].map((f) => join('src/data', f)),
  ...readdirSync(join(root, 'src/public/data/summaries')).sort().map((f) => join('src/public/data/summaries', f)),
];

describe.skipIf(!existsSync(join(shared, 'SOURCES.md')))('build-data', () => {
  it('rebuilds the committed files byte for byte', () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/build-data.ts'), shared, '--out', out], { stdio: 'pipe' });
    const files = generated(out);
    expect(files).toEqual(generated(repoRoot));
    for (const file of files) {
      const fresh = readFileSync(join(out, file));
      expect(fresh.equals(readFileSync(join(repoRoot, file))), file).toBe(true);
    }
  }, 180_000);
});
