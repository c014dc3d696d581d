// `npm run eval [DIR] [--readability DIR] [--check] [--json] [--clutter-set-only [--page SUBSTR]...]`: scores `clearfolio analyze` on labelled
// corpora in the format of ../shared/fixtures (cases.json + pages/) - by default the fixtures, the shared real
// pages (keys "real.") and our own labelled real pages (keys "realTickers."), or only DIR - and checks article
// text preservation and stray ticker highlights on Mozilla Readability's test pages. `--check` is the accuracy ratchet: every figure is compared with
// its committed floor (or ceiling) in tests/accuracy-floors.json and any regression fails the run.
// `--clutter-set-only` runs the real-page clutter set alone (about half a minute instead of minutes: for iterating on
// rules) and prints precision and recall per kind, every miss and every wrong hide with its page and text; `--page`
// narrows it to the cases whose page path contains SUBSTR (repeatable), and `--check` then checks only clutter floors.
// The independent clutter check set (tests/corpora/real-clutter-check, pages in the project) is scored in every full
// run under keys "clutterCheck." and printed apart as "check set (not for tuning)": figures only, never its misses
// (do not tune the engine on those pages; `--no-clutter-check` skips it). `--clutter-set-only` never runs it;
// `--clutter-check-only` runs it alone (figures only; with `--check`, its floors only). The set is split by site
// (cases.json `split`): the held half is scored apart too ("clutterHeld.", figures only, never tuned on); the dev
// half may be tuned on: `--clutter-dev-only [--page S]` scores it and lists its misses. The tunable dev sets
// (DEV_SETS in clutter-set.ts: real-clutter-more, -third, -fourth, -fifth; pages in the project) are scored in every
// full run under their own keys ("clutterMore." ...) with a per-kind table each; `--clutter-<name>-only [--page S]`
// runs one alone and lists its misses and wrong hides (with `--check`, its floors only); `--no-clutter-<name>` skips it.
// A full run scores Readability's pages (`--readability-only`), the tuning set, the check set and each dev set in a
// child process of its own, as many at a time as the machine has spare cores.
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures } from './score.ts';
import { defaultCorpora, readabilityHighlights, scoreLabelled } from './corpora.ts';
import { evalReadabilityCorpus } from './readability-corpus.ts';
import { CHECK_DEV, CHECK_HELD, CHECK_SET, DEV_SETS, evalClutterSet, type DevSet } from './clutter-set.ts';
import { missingShared } from '../shared-dir.ts';
import { CLUTTER_KINDS } from '../../src/core/types.ts';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FLOORS = join(REPO, 'tests/accuracy-floors.json');

interface Floors {
  min: Record<string, number>;
  max: Record<string, number>;
}

function parse(argv: string[]) {
  const opts = {
    /** One corpus to score (its keys unprefixed); null: the default corpora of corpora.ts. */
    dir: null as string | null,
    readability: resolve(REPO, '../shared/corpora/readability-test-pages') as string | null,
    // The labelled real-page clutter set: labels in the project, pages in ../shared/corpora.
    clutterSet: join(REPO, 'tests/corpora/real-clutter/cases.json') as string | null,
    // The independent check set: labels and pages in the project, never used for tuning.
    clutterCheck: join(REPO, 'tests/corpora/real-clutter-check/cases.json') as string | null,
    /** The tunable dev sets to score in a full run (all unless `--no-clutter-<name>`). */
    devSets: [...DEV_SETS],
    corpora: resolve(REPO, '../shared/corpora'),
    check: false,
    json: false,
    verbose: false,
    clutterSetOnly: false,
    clutterCheckOnly: false,
    clutterDevOnly: false,
    /** `--readability-only`: Readability's pages alone (lost paragraphs, stray highlights); a full run's child. */
    readabilityOnly: false,
    /** `--clutter-<name>-only`: this dev set alone, with its misses. */
    devOnly: null as DevSet | null,
    /** With --clutter-set-only: only the clutter-set cases whose page path holds one of these. */
    pages: [] as string[],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--check') opts.check = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--readability') opts.readability = resolve(argv[++i] ?? '');
    else if (a === '--no-readability') opts.readability = null;
    else if (a === '--corpora') opts.corpora = resolve(argv[++i] ?? '');
    else if (a === '--no-clutter-set') opts.clutterSet = null;
    else if (a === '--no-clutter-check') opts.clutterCheck = null;
    else if (a === '--clutter-set-only') opts.clutterSetOnly = true;
    else if (a === '--clutter-check-only') opts.clutterCheckOnly = true;
    else if (a === '--clutter-dev-only') opts.clutterDevOnly = true;
    else if (a === '--readability-only') opts.readabilityOnly = true;
    else if (DEV_SETS.some((d) => a === `--clutter-${d.name}-only`)) {
      if (opts.devOnly) throw new Error(`${a} cannot go with --clutter-${opts.devOnly.name}-only`);
      opts.devOnly = DEV_SETS.find((d) => a === `--clutter-${d.name}-only`)!;
    } else if (DEV_SETS.some((d) => a === `--no-clutter-${d.name}`))
      opts.devSets = opts.devSets.filter((d) => a !== `--no-clutter-${d.name}`);
    else if (a === '--page') opts.pages.push(argv[++i] ?? '');
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.dir = resolve(a);
  }
  if (opts.pages.length && !opts.clutterSetOnly && !opts.clutterDevOnly && !opts.devOnly)
    throw new Error(
      `--page works with --clutter-set-only, --clutter-dev-only or ${DEV_SETS.map((d) => `--clutter-${d.name}-only`).join(', ')} only`,
    );
  const only = opts.devOnly;
  if (only && (opts.dir || opts.clutterSetOnly || !opts.devSets.includes(only)))
    throw new Error(`--clutter-${only.name}-only takes no DIR, no --clutter-set-only and no --no-clutter-${only.name}`);
  if (opts.clutterSetOnly && (opts.dir || !opts.clutterSet)) throw new Error('--clutter-set-only takes no DIR and no --no-clutter-set');
  if (opts.clutterCheckOnly && (opts.dir || opts.clutterSetOnly || !opts.clutterCheck))
    throw new Error('--clutter-check-only takes no DIR, no --clutter-set-only and no --no-clutter-check');
  return opts;
}

/** The floors that concern the figures a run produced (--clutter-set-only: the clutter set's only). */
function floorsFor(floors: Floors, prefix: string | null): Floors {
  if (prefix === null) return floors;
  const pick = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith(prefix)));
  return { min: pick(floors.min), max: pick(floors.max) };
}

/** Per kind: recall (found / labelled) and precision of the blocks hidden as that kind, one line each. */
function kindTable(figures: Figures, prefix = 'clutter'): string[] {
  return CLUTTER_KINDS.map(
    (k) =>
      `  ${k.padEnd(22)} recall ${fmt(figures[`${prefix}.recall.${k}`] ?? NaN).padEnd(6)} precision ${fmt(figures[`${prefix}.precision.${k}`] ?? NaN)}`,
  );
}

export function checkFloors(figures: Figures, floors: Floors): string[] {
  const failures: string[] = [];
  for (const [k, floor] of Object.entries(floors.min)) {
    const v = figures[k];
    if (v === undefined) failures.push(`${k}: missing (floor ${floor})`);
    else if (v + 1e-9 < floor) failures.push(`${k}: ${v} is below its floor ${floor}`);
  }
  for (const [k, ceiling] of Object.entries(floors.max)) {
    const v = figures[k];
    if (v === undefined) failures.push(`${k}: missing (ceiling ${ceiling})`);
    else if (v - 1e-9 > ceiling) failures.push(`${k}: ${v} is above its ceiling ${ceiling}`);
  }
  return failures;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

/**
 * `--clutter-set-only` (the tuning set, pages in ../shared/corpora) or `--clutter-<name>-only` (a dev set, pages in
 * its folder): figures, per-kind table, every miss and every wrong hide.
 */
async function clutterSetOnly(opts: ReturnType<typeof parse>, set?: DevSet): Promise<number> {
  const casesFile = set ? devCases(set) : opts.clutterSet!;
  const corpora = set ? dirname(casesFile) : opts.corpora;
  const prefix = set?.prefix ?? 'clutter';
  if (!existsSync(corpora)) {
    console.error(`eval: corpora not found at ${corpora} (use --corpora DIR)`);
    return 2;
  }
  const details: string[] = [];
  const figures = await evalClutterSet(casesFile, corpora, details, opts.pages, set);
  if (opts.json) console.log(JSON.stringify({ figures, details }));
  else {
    console.log(
      Object.entries(figures)
        .filter(([k]) => !new RegExp(`^${prefix}\\.(recall|precision)\\.`).test(k))
        .map(([k, v]) => `${k}=${fmt(v)}`)
        .join(' '),
    );
    console.log(kindTable(figures, prefix).join('\n'));
    // Misses first, then wrong hides: the two lists one works from.
    const wrong = (d: string) => / hid (a|an) /.test(d);
    for (const d of [...details.filter((d) => !wrong(d)), ...details.filter(wrong)]) console.log(`  ${d}`);
  }
  if (!opts.check) return 0;
  if (opts.pages.length) {
    console.error('eval --check: --page scores a subset; floors are for the whole set');
    return 2;
  }
  const failures = checkFloors(figures, floorsFor(JSON.parse(readFileSync(FLOORS, 'utf8')) as Floors, `${prefix}.`));
  if (failures.length) console.error(`eval --check: ${failures.length} ${prefix} figure(s) regressed:\n  ${failures.join('\n  ')}`);
  else console.log(`eval --check: ${prefix} figures at or above their floors`);
  return failures.length ? 1 : 0;
}

const devCases = (set: DevSet) => join(REPO, set.folder, 'cases.json');

/** The check set's figures, printed apart from the others: it says whether the engine generalises; not for tuning. */
function printCheckSet(figures: Figures): void {
  console.log('check set (not for tuning): tests/corpora/real-clutter-check');
  console.log(
    '  ' +
      Object.entries(figures)
        .filter(([k]) => !/^clutter(Check|Held)\.(recall|precision)\./.test(k))
        .map(([k, v]) => `${k}=${fmt(v)}`)
        .join(' '),
  );
  console.log(kindTable(figures, 'clutterCheck').join('\n'));
  if ('clutterHeld.recall' in figures) {
    console.log('  held-out half (never tuned on):');
    console.log(kindTable(figures, 'clutterHeld').join('\n'));
  }
}

/** `--clutter-dev-only`: the check set's dev half, with its misses (the half that may be tuned on). */
async function clutterDevOnly(opts: ReturnType<typeof parse>): Promise<number> {
  const details: string[] = [];
  const figures = await evalClutterSet(opts.clutterCheck!, dirname(opts.clutterCheck!), details, opts.pages, CHECK_DEV);
  if (opts.json) console.log(JSON.stringify(figures));
  else {
    console.log('check set, dev half (may be tuned on): tests/corpora/real-clutter-check');
    console.log(kindTable(figures, 'clutterDev').join('\n'));
    console.log(
      `  clutterDev.recall=${fmt(figures['clutterDev.recall'] ?? 0)} clutterDev.precision=${fmt(figures['clutterDev.precision'] ?? 0)}`,
    );
    for (const d of details) console.log(`  ${d}`);
  }
  return 0;
}

/** The check set's figures, whole and its held half. */
async function checkSetFigures(casesFile: string): Promise<Figures> {
  return {
    ...(await evalClutterSet(casesFile, dirname(casesFile), [], [], CHECK_SET)),
    ...(await evalClutterSet(casesFile, dirname(casesFile), [], [], CHECK_HELD)),
  };
}

/** `--clutter-check-only`: the check set alone, whole and its held half, figures only (never its misses). */
async function clutterCheckOnly(opts: ReturnType<typeof parse>): Promise<number> {
  const figures = await checkSetFigures(opts.clutterCheck!);
  if (opts.json) console.log(JSON.stringify(figures));
  else printCheckSet(figures);
  if (!opts.check) return 0;
  const floors = JSON.parse(readFileSync(FLOORS, 'utf8')) as Floors;
  const held = floorsFor(floors, 'clutterHeld.');
  const whole = floorsFor(floors, 'clutterCheck.');
  const failures = checkFloors(figures, { min: { ...whole.min, ...held.min }, max: { ...whole.max, ...held.max } });
  if (failures.length) console.error(`eval --check: ${failures.length} check-set figure(s) regressed:\n  ${failures.join('\n  ')}`);
  else console.log('eval --check: check-set figures at or above their floors');
  return failures.length ? 1 : 0;
}

async function main(): Promise<number> {
  const opts = parse(process.argv.slice(2));
  if (opts.clutterSetOnly) return clutterSetOnly(opts);
  if (opts.clutterCheckOnly) return clutterCheckOnly(opts);
  if (opts.clutterDevOnly) return clutterDevOnly(opts);
  if (opts.readabilityOnly) return readabilityOnly(opts);
  if (opts.devOnly) return clutterSetOnly(opts, opts.devOnly);
  if (!opts.dir) {
    // The default corpora live in ../shared: say at once where it comes from rather than scoring half of them.
    const missing = missingShared().filter((m) => /fixtures\/cases\.json|real-news\/cases\.json/.test(m));
    if (missing.length) {
      console.error(`eval: ${missing.join('\n\n')}`);
      return 2;
    }
  }
  const corpora = opts.dir ? [{ prefix: '', dir: opts.dir }] : defaultCorpora(REPO);
  if (opts.readability && !existsSync(opts.readability)) {
    console.error(`eval: Readability corpus not found at ${opts.readability} (use --readability DIR or --no-readability)`);
    return 2;
  }
  if (opts.clutterSet && !existsSync(opts.corpora)) {
    console.error(`eval: corpora not found at ${opts.corpora} (use --corpora DIR or --no-clutter-set)`);
    return 2;
  }
  // Readability's pages, the tuning set, the dev sets and the check set run in child processes, beside the corpora
  // this process scores: jsdom keeps megabytes of every closed window (jsdom#1682), so one process for everything
  // outgrew node's heap, and the machine's other cores were idle. The largest go first.
  const where = ['--corpora', opts.corpora, ...(opts.verbose ? ['--verbose'] : [])];
  const jobs = {
    // The tuning set's labels say which of Readability's paragraphs are clutter (readabilityClutterLabels).
    readability: opts.readability
      ? ['--readability-only', '--readability', opts.readability, ...where, ...(opts.clutterSet ? [] : ['--no-clutter-set'])]
      : null,
    tuning: opts.clutterSet ? ['--clutter-set-only', ...where] : null,
    check: opts.clutterCheck ? ['--clutter-check-only'] : null,
  };
  const named = Object.values(jobs).filter((j) => j !== null);
  const children = runInChildren([...named, ...opts.devSets.map((set) => [`--clutter-${set.name}-only`])].map((j) => [...j, '--json']));
  // A child's failure is reported once, when its figures are awaited below.
  children.catch(() => undefined);
  const figures: Figures = {};
  const details: string[] = [];
  for (const corpus of corpora) {
    if (!existsSync(join(corpus.dir, 'cases.json'))) {
      console.error(`eval: no cases.json in ${corpus.dir}`);
      return 2;
    }
    const scored = await scoreLabelled(corpus);
    Object.assign(figures, scored.figures);
    details.push(...scored.details);
  }

  const outs = await children;
  const withDetails = (out: unknown) => out as { figures: Figures; details: string[] };
  for (const key of ['readability', 'tuning'] as const) {
    if (!jobs[key]) continue;
    const out = withDetails(outs[named.indexOf(jobs[key])]);
    Object.assign(figures, out.figures);
    if (opts.verbose) details.push(...out.details);
  }
  // The tunable dev sets: pages in the project (their misses: --clutter-<name>-only). The check set's misses are not
  // collected: its figures say whether the engine generalises, its pages are not for tuning.
  const devFigures = outs.slice(named.length).map((out) => withDetails(out).figures);
  for (const f of devFigures) Object.assign(figures, f);
  const checkFigures: Figures = jobs.check ? (outs[named.indexOf(jobs.check)] as Figures) : {};
  Object.assign(figures, checkFigures);

  if (opts.json) console.log(JSON.stringify(figures));
  else {
    console.log(
      Object.entries(figures)
        .filter(
          ([k]) =>
            !(k in checkFigures) &&
            !opts.devSets.some((d) => k.startsWith(`${d.prefix}.recall.`) || k.startsWith(`${d.prefix}.precision.`)),
        )
        .map(([k, v]) => `${k}=${fmt(v)}`)
        .join(' '),
    );
    opts.devSets.forEach((set, i) => {
      console.log(set.title);
      console.log(kindTable(devFigures[i]!, set.prefix).join('\n'));
    });
    if (opts.clutterCheck) printCheckSet(checkFigures);
  }
  if (opts.verbose) for (const d of details) console.log(`  ${d}`);

  if (opts.check) {
    const floors = JSON.parse(readFileSync(FLOORS, 'utf8')) as Floors;
    const failures = checkFloors(figures, floors);
    if (failures.length) {
      console.error(`eval --check: ${failures.length} figure(s) regressed:\n  ${failures.join('\n  ')}`);
      return 1;
    }
    const raised = Object.entries(floors.min)
      .filter(([k, f]) => (figures[k] ?? 0) > f + 1e-9)
      .map(([k]) => k);
    console.log(
      `eval --check: all ${Object.keys(floors.min).length + Object.keys(floors.max).length} figures at or above their floors` +
        (raised.length ? ` (improved, raise the floors in tests/accuracy-floors.json: ${raised.join(', ')})` : ''),
    );
  }
  return 0;
}

/** `--readability-only`: article text kept and stray ticker highlights on Readability's pages. */
async function readabilityOnly(opts: ReturnType<typeof parse>): Promise<number> {
  if (!opts.readability || !existsSync(opts.readability)) {
    console.error(`eval: Readability corpus not found at ${opts.readability} (use --readability DIR)`);
    return 2;
  }
  const figures: Figures = {};
  const details: string[] = [];
  const r = await evalReadabilityCorpus(opts.readability, readabilityClutterLabels(opts.clutterSet));
  figures.readabilityPages = r.pages;
  figures.readerableAgreement = Math.round(r.readerableAgreement * 1000) / 1000;
  figures.lostParagraphs = r.lostParagraphs;
  figures.labelledClutterHidden = r.labelledClutterHidden;
  for (const l of r.lostDetails) details.push(`lost paragraph on ${l.page}: ${l.text.slice(0, 100)}`);
  const h = await readabilityHighlights(opts.readability);
  figures.readabilityTickerHighlights = h.count;
  details.push(...h.details);
  if (opts.json) console.log(JSON.stringify({ figures, details }));
  else {
    console.log(
      Object.entries(figures)
        .map(([k, v]) => `${k}=${fmt(v)}`)
        .join(' '),
    );
    for (const d of details) console.log(`  ${d}`);
  }
  return 0;
}

/**
 * Runs this script once per argument list in a child process (at most one per spare core at a time) and returns each
 * child's `--json` output, in order. A child that fails rejects with its exit code and its error output.
 */
async function runInChildren(jobs: string[][]): Promise<unknown[]> {
  const out: unknown[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await runChild(jobs[i]!);
    }
  };
  const width = Math.max(1, Math.min(jobs.length, availableParallelism() - 1));
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

function runChild(args: string[]): Promise<unknown> {
  return new Promise((resolveOut, reject) => {
    // fork() passes this process's node options on (tsx's loader, the heap size in NODE_OPTIONS).
    const child = fork(fileURLToPath(import.meta.url), args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d));
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolveOut(JSON.parse(last));
      else reject(new Error(`eval ${args.join(' ')} exited with ${code}:\n${stderr.trim() || stdout.trim()}`));
    });
  });
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`eval: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 2;
  },
);

/**
 * The tuning set's clutter labels on Readability's pages, by page folder: paragraphs Readability keeps that the
 * labels call clutter (a newsletter plug in the body) are hidden rightly, not lost.
 */
function readabilityClutterLabels(casesPath: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!casesPath || !existsSync(casesPath)) return out;
  const cases = JSON.parse(readFileSync(casesPath, 'utf8')) as { page: string; strip?: { text: string }[] }[];
  for (const c of cases) {
    const m = /^readability-test-pages\/([^/]+)\/source\.html$/.exec(c.page);
    if (m && c.strip?.length)
      out.set(
        m[1]!,
        c.strip.map((s) => s.text),
      );
  }
  return out;
}
