// `npm run package`: builds both browsers and writes, for package.json's version,
//   artifacts/clearfolio-chrome-X.Y.Z.zip    the Chrome Web Store upload
//   artifacts/clearfolio-firefox-X.Y.Z.zip   the addons.mozilla.org upload (after `web-ext lint`: 0 errors,
//                                            and every warning code explained in docs/web-ext-lint.md)
//   artifacts/clearfolio-source-X.Y.Z.zip    the source archive AMO asks for; BUILD.md in it says how to get
//                                            the Firefox zip back byte for byte
// All three are deterministic zips (scripts/zip.ts). Options: --out DIR (default artifacts), --no-build (zip
// the dist/ that is there), --no-lint (the lint does not change a byte; the rebuild test skips its minute).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entriesOf, zip, type ZipEntry } from './zip.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What a reviewer needs to rebuild the extension, and nothing of the tests, benchmark or data build. */
const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'manifest.json',
  'README.md',
  'PRIVACY.md',
  'CHANGELOG.md',
  'docs/web-ext-lint.md',
  'docs/building-from-source.md',
  'scripts/package.ts',
  'scripts/zip.ts',
  // vite.config.ts turns src/data into the shipped dataset files with it.
  'scripts/data/vite-assets.ts',
];
const SOURCE_DIRS = ['src', 'icons'];
/** Also written at the archive's root as BUILD.md, where a reviewer looks first. */
const BUILD_DOC = 'docs/building-from-source.md';
const SKIP = /(^|\/)(node_modules|dist|artifacts)(\/|$)|(^|\/)\.DS_Store$|\.log$/;

type Target = 'chrome' | 'firefox';

export function version(root = ROOT): string {
  const v = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  if (!/^\d+\.\d+\.\d+$/.test(v)) throw new Error(`package.json version ${v} is not X.Y.Z (the stores take only dotted numbers)`);
  return v;
}

export function artifactName(kind: Target | 'source', v: string): string {
  return `clearfolio-${kind}-${v}.zip`;
}

export function sourceEntries(root = ROOT): ZipEntry[] {
  const out: ZipEntry[] = SOURCE_FILES.filter((f) => existsSync(join(root, f))).map((f) => ({
    path: f,
    data: readFileSync(join(root, f)),
  }));
  for (const dir of SOURCE_DIRS) {
    for (const e of entriesOf(join(root, dir))) {
      const path = `${dir}/${e.path}`;
      if (!SKIP.test(path)) out.push({ path, data: e.data });
    }
  }
  out.push({ path: 'BUILD.md', data: readFileSync(join(root, BUILD_DOC)) });
  return out;
}

/** Warning codes docs/web-ext-lint.md explains (the `code` column of its table). */
export function explainedLintCodes(root = ROOT): Set<string> {
  const doc = readFileSync(join(root, 'docs/web-ext-lint.md'), 'utf8');
  return new Set([...doc.matchAll(/^\|\s*`([A-Z_]+)`/gm)].map((m) => m[1]!));
}

interface LintMessage {
  _type: string;
  code: string;
  file?: string;
  message: string;
}

function lintFirefox(root: string): void {
  const webExt = join(root, 'node_modules/.bin/web-ext');
  const out = execFileSync(webExt, ['lint', '--source-dir', join(root, 'dist/firefox'), '--output', 'json', '--no-input'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const lint = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[]; summary: { errors: number; warnings: number } };
  console.log(`web-ext lint (firefox): ${lint.summary.errors} errors, ${lint.summary.warnings} warnings`);
  for (const w of [...lint.errors, ...lint.warnings]) console.log(`  ${w._type}: ${w.code} ${w.file ?? ''} ${w.message}`);
  const explained = explainedLintCodes(root);
  const unexplained = lint.warnings.filter((w) => !explained.has(w.code));
  if (lint.summary.errors > 0) throw new Error('web-ext lint found errors');
  if (unexplained.length) {
    throw new Error(`lint warnings not explained in docs/web-ext-lint.md: ${[...new Set(unexplained.map((w) => w.code))].join(', ')}`);
  }
}

function checkBuild(root: string, target: Target, v: string): void {
  const manifest = join(root, 'dist', target, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`dist/${target} is missing: run npm run build (or drop --no-build)`);
  const built = JSON.parse(readFileSync(manifest, 'utf8')).version;
  if (built !== v) throw new Error(`dist/${target} is version ${built}, package.json says ${v}: rebuild`);
}

interface PackageOptions {
  root?: string;
  out?: string;
  build?: boolean;
  lint?: boolean;
  log?: (line: string) => void;
}

/** Builds (unless told not to), lints and writes the three archives; returns their paths. */
export function packageAll(opts: PackageOptions = {}): Record<Target | 'source', string> {
  const root = opts.root ?? ROOT;
  const out = resolve(root, opts.out ?? 'artifacts');
  const log = opts.log ?? console.log;
  const v = version(root);
  // NODE_ENV decides which code of the dependencies ends up in the bundle (a caller such as vitest sets 'test'):
  // a release build always gets production.
  const env = { ...process.env, NODE_ENV: 'production' };
  if (opts.build !== false) execFileSync('npm', ['run', 'build'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  for (const t of ['chrome', 'firefox'] as const) checkBuild(root, t, v);
  if (opts.lint !== false) lintFirefox(root);
  mkdirSync(out, { recursive: true });
  const written = {} as Record<Target | 'source', string>;
  const write = (kind: Target | 'source', entries: ZipEntry[]) => {
    const file = join(out, artifactName(kind, v));
    const bytes = zip(entries);
    writeFileSync(file, bytes);
    log(`${file}  ${bytes.length} bytes  sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
    written[kind] = file;
  };
  for (const t of ['chrome', 'firefox'] as const) write(t, entriesOf(join(root, 'dist', t)));
  write('source', sourceEntries(root));
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  try {
    packageAll({
      out: outAt >= 0 ? args[outAt + 1] : undefined,
      build: !args.includes('--no-build'),
      lint: !args.includes('--no-lint'),
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
