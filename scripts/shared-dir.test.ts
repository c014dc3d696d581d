// @vitest-environment node
// A missing ../shared fails at once: `npm test` checks it first, and the message says what needs it and where it
// comes from.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SHARED_NEEDS, missingShared, requireShared } from './shared-dir.ts';

const repoRoot = join(fileURLToPath(import.meta.url), '../..');
const run = promisify(execFile);

describe('../shared', () => {
  it('is complete beside this checkout (the tests below need a real one to compare with)', () => {
    expect(missingShared()).toEqual([]);
  });

  it('missing, every need is named with where ../shared comes from', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cf-shared-'));
    const messages = missingShared(empty);
    expect(messages).toHaveLength(SHARED_NEEDS.length);
    for (const [i, m] of messages.entries()) {
      expect(m).toContain(join(empty, SHARED_NEEDS[i]!.path));
      expect(m).toContain(SHARED_NEEDS[i]!.by);
      expect(m).toMatch(/shared repository/);
      expect(m).toMatch(/SHARED_REPOSITORY/);
    }
    expect(messages.join('\n')).toMatch(/npm run eval/);
    expect(messages.join('\n')).toMatch(/build-data\.test\.ts/);
    expect(() => requireShared('data/SOURCES.md', 'a test', empty)).toThrow(/data\/SOURCES\.md is missing; a test needs it/);
  });

  it('npm test checks it before lint, unit tests and build', async () => {
    const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.test).toMatch(/^tsx scripts\/check-shared\.ts && /);
    const empty = mkdtempSync(join(tmpdir(), 'cf-shared-'));
    const failed = await run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/check-shared.ts'), empty], {
      cwd: repoRoot,
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('corpora/readability-test-pages is missing');
    await expect(
      run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/check-shared.ts')], { cwd: repoRoot }),
    ).resolves.toBeDefined();
  }, 60_000);
});
