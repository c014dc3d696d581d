// @vitest-environment node
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBenchServer, type BenchServer } from './bench-serve.ts';
import { fileUnder } from '../tests/e2e/server.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('bench page server', () => {
  let server: BenchServer;
  beforeAll(async () => {
    server = await startBenchServer({
      corpus: join(repo, 'tests/e2e/pages'),
      fixtures: join(repo, 'tests/fixtures/pages'),
      bench: join(repo, 'bench'),
    });
  });
  afterAll(() => server.close());

  it('serves a fixture with the policy that lets only the bench bundle run', async () => {
    const res = await fetch(`${server.url}/fixtures/valuewalk-sony-hack.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(`script-src ${server.url}/__bench/; object-src 'none'`);
    expect(await res.text()).toContain('NYSE:SNE');
  });

  it('refuses unknown roots and paths that climb out of a root', async () => {
    for (const path of ['/other/x.html', '/fixtures/%2e%2e/%2e%2e/package.json', '/fixtures/missing.html', '/']) {
      expect((await fetch(server.url + path)).status, path).toBe(404);
    }
  });
});

describe('fileUnder', () => {
  const roots = { a: join('/srv', 'a') };
  it('maps /<root>/<path> into the root and nothing outside it', () => {
    expect(fileUnder(roots, '/a/x/y.html')).toBe(join('/srv', 'a', 'x', 'y.html'));
    expect(fileUnder(roots, '/a/..%2fx')).toBeNull();
    expect(fileUnder(roots, '/a/..%2fa-evil/x')).toBeNull();
    expect(fileUnder(roots, '/a/')).toBeNull();
    expect(fileUnder(roots, '/b/x')).toBeNull();
  });
});
