// The source archive addons.mozilla.org reviews rebuilds our Firefox package byte for byte: unpack it into a
// temporary folder, build there as docs/building-from-source.md says, and compare. Instead of `npm ci` the
// folder gets a link to this checkout's node_modules (installed from the same package-lock.json), which keeps
// the test offline and under a minute or two; the lint is skipped there because it changes no byte.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { artifactName, version } from '../../scripts/package.ts';
import { unzip } from '../../scripts/zip.ts';
import { buildDir } from './browsers.ts';
import { REPO } from './server.ts';

const run = promisify(execFile);
const temp = mkdtempSync(join(tmpdir(), 'clearfolio-source-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('source archive', () => {
  it('rebuilds the Firefox and Chrome packages byte for byte in a fresh folder', async () => {
    buildDir('firefox');
    buildDir('chromium');
    const v = version(REPO);
    const ours = join(temp, 'ours');
    // The packages of the build under test (npm run build ran before the e2e project).
    await run('npx', ['tsx', 'scripts/package.ts', '--no-build', '--no-lint', '--out', ours], { cwd: REPO, maxBuffer: 16 << 20 });

    const source = unzip(readFileSync(join(ours, artifactName('source', v))));
    const paths = source.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts']));
    expect(paths.some((p) => p.startsWith('src/content/'))).toBe(true);
    expect(paths.filter((p) => /(^|\/)(node_modules|dist|artifacts|tests|bench)\//.test(p))).toEqual([]);

    const tree = join(temp, 'tree');
    for (const e of source) {
      mkdirSync(dirname(join(tree, e.path)), { recursive: true });
      writeFileSync(join(tree, e.path), e.data);
    }
    symlinkSync(join(REPO, 'node_modules'), join(tree, 'node_modules'));
    await run('npm', ['run', 'package', '--', '--no-lint'], { cwd: tree, maxBuffer: 64 << 20 });

    for (const kind of ['firefox', 'chrome', 'source'] as const) {
      const name = artifactName(kind, v);
      const rebuilt = readFileSync(join(tree, 'artifacts', name));
      const original = readFileSync(join(ours, name));
      if (!rebuilt.equals(original)) {
        // Name the files that differ, not just the archive.
        const theirs = new Map(unzip(rebuilt).map((e) => [e.path, e.data]));
        const differing = unzip(original)
          .filter((e) => !theirs.get(e.path)?.equals(e.data))
          .map((e) => e.path);
        expect({ name, differing }).toEqual({ name, differing: [] });
      }
      expect({ name, same: rebuilt.equals(original) }).toEqual({ name, same: true });
    }
  }, 300_000);
});
