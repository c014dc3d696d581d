// The release workflow's steps (scripts/release.ts) on the built extension, with stand-ins for the tools that
// would reach the stores: `npx` and `gh` on PATH are scripts that only write down their arguments. The dry run
// must call none of them and print what it would send without secret values; the real run must call them in
// order with the secrets filled in.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { version } from '../../scripts/package.ts';
import { buildDir } from './browsers.ts';
import { REPO } from './server.ts';

const run = promisify(execFile);
const temp = mkdtempSync(join(tmpdir(), 'clearfolio-release-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const SECRETS = {
  AMO_JWT_ISSUER: 'user:1234:56',
  AMO_JWT_SECRET: 'amo-secret-0123456789abcdef',
  EXTENSION_ID: 'abcdefghijklmnopabcdefghijklmnop',
  CLIENT_ID: 'client-id.apps.example',
  CLIENT_SECRET: 'cws-secret-fedcba9876543210',
  REFRESH_TOKEN: 'refresh-token-1/abcdef',
  GH_TOKEN: 'ghp_notarealtoken000000000000000000000',
};

/** A bin folder whose `npx` and `gh` append their arguments to `log` and succeed. */
function fakeTools(log: string): string {
  const bin = join(temp, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const tool of ['npx', 'gh']) {
    const file = join(bin, tool);
    writeFileSync(file, `#!/bin/sh\necho "${tool} $*" >> "${log}"\n`);
    chmodSync(file, 0o755);
  }
  return bin;
}

async function release(args: string[], env: Record<string, string>) {
  const tsx = join(REPO, 'node_modules/.bin/tsx');
  return run(tsx, ['scripts/release.ts', ...args], { cwd: REPO, env: { ...process.env, ...env }, maxBuffer: 16 << 20 });
}

describe('release steps', () => {
  const v = version(REPO);

  it('dry run: packages, prints every upload with its files, sends nothing and shows no secret', async () => {
    buildDir('firefox');
    buildDir('chromium');
    const log = join(temp, 'dry.log');
    const bin = fakeTools(log);
    const out = join(temp, 'dry');
    const { stdout } = await release(['--dry-run', '--tag', `v${v}`, '--no-build', '--no-lint', '--out', out], {
      ...SECRETS,
      PATH: `${bin}:${process.env.PATH}`,
    });
    expect(existsSync(log)).toBe(false);
    for (const name of [`clearfolio-chrome-${v}.zip`, `clearfolio-firefox-${v}.zip`, `clearfolio-source-${v}.zip`]) {
      expect(existsSync(join(out, name))).toBe(true);
      expect(stdout).toMatch(new RegExp(`sends .*${name.replace(/\./g, '\\.')} \\(\\d+ bytes, sha256 [0-9a-f]{64}\\)`));
    }
    expect(stdout).toContain('npx web-ext sign --channel listed');
    expect(stdout).toContain('chrome-webstore-upload-cli@3');
    expect(stdout).toContain(`gh release create v${v}`);
    for (const value of Object.values(SECRETS)) expect(stdout).not.toContain(value);
    expect(readFileSync(join(out, `release-notes-${v}.md`), 'utf8')).toMatch(/### Added/);
  }, 120_000);

  it('refuses a tag that does not match package.json before building anything', async () => {
    const out = join(temp, 'wrong');
    await expect(release(['--dry-run', '--tag', 'v0.0.0-wrong', '--no-build', '--no-lint', '--out', out], {})).rejects.toThrow(
      /does not match/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('real run: calls the signer, the uploader and gh in order, with the secrets filled in', async () => {
    const log = join(temp, 'real.log');
    const bin = fakeTools(log);
    const out = join(temp, 'real');
    await release(['--tag', `v${v}`, '--no-build', '--no-lint', '--out', out], { ...SECRETS, PATH: `${bin}:${process.env.PATH}` });
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls).toHaveLength(3);
    expect(calls[0]).toMatch(/^npx web-ext sign --channel listed --source-dir dist\/firefox /);
    expect(calls[0]).toContain(`--api-key ${SECRETS.AMO_JWT_ISSUER} --api-secret ${SECRETS.AMO_JWT_SECRET}`);
    expect(calls[0]).toContain(`--upload-source-code ${join(out, `clearfolio-source-${v}.zip`)}`);
    expect(calls[1]).toBe(`npx --yes chrome-webstore-upload-cli@3 --source ${join(out, `clearfolio-chrome-${v}.zip`)}`);
    expect(calls[2]).toMatch(new RegExp(`^gh release create v${v.replace(/\./g, '\\.')} `));
  }, 120_000);

  it('real run: a missing secret stops it before the first upload', async () => {
    const log = join(temp, 'missing.log');
    const bin = fakeTools(log);
    const { CLIENT_SECRET: _dropped, ...rest } = SECRETS;
    await expect(
      release(['--tag', `v${v}`, '--no-build', '--no-lint', '--out', join(temp, 'missing')], {
        ...rest,
        CLIENT_SECRET: '',
        PATH: `${bin}:${process.env.PATH}`,
      }),
    ).rejects.toThrow(/secrets not set: CLIENT_SECRET/);
    expect(existsSync(log)).toBe(false);
  }, 120_000);
});
