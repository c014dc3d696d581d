// `npm run release -- [--dry-run] [--tag vX.Y.Z] [--no-build] [--no-lint] [--out DIR]`: what
// .github/workflows/release.yml runs on a version tag. It checks the tag against package.json and CHANGELOG.md,
// packages (scripts/package.ts), then
//   1. submits the Firefox build to addons.mozilla.org for signing (web-ext sign, listed channel, with the source
//      archive and the changelog's notes),
//   2. uploads and publishes the Chrome zip (chrome-webstore-upload-cli, run through npx: not a dependency),
//   3. creates the GitHub release with all three zips (gh).
// --dry-run does everything up to the first upload and prints each step instead: the command, the files with
// size and sha256, and the secrets by name (never their values); it also says which secrets are missing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifactName, packageAll, version } from './package.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Pinned majors: a new major of an uploader is a deliberate change here. */
const CHROME_UPLOADER = 'chrome-webstore-upload-cli@3';

interface Step {
  name: string;
  command: string[];
  /** Environment variables the command reads, by name: the secrets. */
  secrets: string[];
  /** Files the step sends. */
  files: string[];
}

/** The section of CHANGELOG.md for `v` (Keep a Changelog: `## [X.Y.Z] - date`), without its heading. */
export function releaseNotes(changelog: string, v: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^## \\[${v.replace(/\./g, '\\.')}\\]`).test(l));
  if (start < 0) throw new Error(`CHANGELOG.md has no section "## [${v}]": add the release's notes first`);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  const notes = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .replace(/^\[[^\]]+\]:.*$/gm, '')
    .trim();
  if (!notes) throw new Error(`CHANGELOG.md's section for ${v} is empty`);
  return notes;
}

export function checkTag(tag: string | undefined, v: string): void {
  if (!tag) throw new Error('no tag: pass --tag vX.Y.Z (the workflow passes GITHUB_REF_NAME)');
  if (tag !== `v${v}`) throw new Error(`tag ${tag} does not match package.json's version ${v} (expected v${v})`);
}

/** The upload steps for version `v`, with artifacts in `out` (paths as given). */
export function plan(v: string, out: string, notesFile: string, metadataFile: string): Step[] {
  const firefox = join(out, artifactName('firefox', v));
  const chrome = join(out, artifactName('chrome', v));
  const source = join(out, artifactName('source', v));
  return [
    {
      name: 'addons.mozilla.org: submit the Firefox build for signing (listed)',
      // web-ext zips dist/firefox itself: the same files as the Firefox zip.
      command: [
        'npx',
        'web-ext',
        'sign',
        '--channel',
        'listed',
        '--source-dir',
        'dist/firefox',
        '--artifacts-dir',
        join(out, 'signed'),
        '--upload-source-code',
        source,
        '--amo-metadata',
        metadataFile,
        '--approval-timeout',
        '0',
        '--api-key',
        '$AMO_JWT_ISSUER',
        '--api-secret',
        '$AMO_JWT_SECRET',
      ],
      secrets: ['AMO_JWT_ISSUER', 'AMO_JWT_SECRET'],
      files: [firefox, source],
    },
    {
      name: 'Chrome Web Store: upload and publish',
      command: ['npx', '--yes', CHROME_UPLOADER, '--source', chrome],
      secrets: ['EXTENSION_ID', 'CLIENT_ID', 'CLIENT_SECRET', 'REFRESH_TOKEN'],
      files: [chrome],
    },
    {
      name: 'GitHub: release with the three zips',
      command: ['gh', 'release', 'create', `v${v}`, '--title', `Clearfolio ${v}`, '--notes-file', notesFile, chrome, firefox, source],
      secrets: ['GH_TOKEN'],
      files: [chrome, firefox, source],
    },
  ];
}

function describeFile(file: string, root: string): string {
  const bytes = readFileSync(file);
  return `${relative(root, file)} (${statSync(file).size} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')})`;
}

/** A step as printed: `$NAME` placeholders stay names; no secret value is ever part of the text. */
export function describeStep(step: Step, env: NodeJS.ProcessEnv, root: string): string {
  const missing = step.secrets.filter((s) => !env[s]);
  return [
    `- ${step.name}`,
    `    $ ${step.command.map((a) => (/[\s"'$]/.test(a) && !/^\$[A-Z_]+$/.test(a) ? JSON.stringify(a) : a)).join(' ')}`,
    ...step.files.map((f) => `    sends ${describeFile(resolve(root, f), root)}`),
    `    secrets: ${step.secrets.join(', ')}${missing.length ? ` (not set here: ${missing.join(', ')})` : ' (all set)'}`,
  ].join('\n');
}

interface ReleaseOptions {
  dryRun: boolean;
  tag?: string;
  build?: boolean;
  lint?: boolean;
  out?: string;
  root?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export function release(opts: ReleaseOptions): Step[] {
  const root = opts.root ?? ROOT;
  const env = opts.env ?? process.env;
  const log = opts.log ?? console.log;
  const v = version(root);
  checkTag(opts.tag, v);
  const notes = releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), v);
  const out = opts.out ?? 'artifacts';
  packageAll({ root, out, build: opts.build, lint: opts.lint, log });
  const notesFile = join(out, `release-notes-${v}.md`);
  const metadataFile = join(out, `amo-metadata-${v}.json`);
  writeFileSync(resolve(root, notesFile), `${notes}\n`);
  writeFileSync(resolve(root, metadataFile), `${JSON.stringify({ version: { release_notes: { 'en-US': notes } } }, null, 2)}\n`);
  const steps = plan(v, out, notesFile, metadataFile);

  if (opts.dryRun) {
    log(`\nDry run for ${opts.tag}: nothing is sent. The release would run:`);
    for (const step of steps) log(describeStep(step, env, root));
    return steps;
  }
  for (const step of steps) {
    const missing = step.secrets.filter((s) => !env[s]);
    if (missing.length) throw new Error(`${step.name}: secrets not set: ${missing.join(', ')}`);
  }
  for (const step of steps) {
    log(`\n${step.name}`);
    // Placeholders become values only here, in the child's arguments; they are never logged.
    const args = step.command.map((a) => (/^\$[A-Z_]+$/.test(a) ? env[a.slice(1)]! : a));
    execFileSync(args[0]!, args.slice(1), { cwd: root, env, stdio: 'inherit' });
  }
  return steps;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  try {
    release({
      dryRun: args.includes('--dry-run'),
      tag: value('--tag') ?? process.env.GITHUB_REF_NAME,
      build: !args.includes('--no-build'),
      lint: !args.includes('--no-lint'),
      out: value('--out'),
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
