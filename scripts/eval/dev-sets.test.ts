import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_SETS, scoreClutterSet, validateCases, type ClutterSetCase } from './clutter-set.ts';

// The tunable dev sets (DEV_SETS: tests/corpora/real-clutter-more, -third, -fourth, -fifth): pages and labels live in
// the project, labelled blind, scored by the clutter-set scorer under their own prefix. Here, for each: its format,
// its pages and their credits, that it shares no page or site with the other sets, and the floors that hold its
// figures; whether each label is found in its page is checked by `npm run eval`, which fails when one is not.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const floors = JSON.parse(readFileSync(join(REPO, 'tests/accuracy-floors.json'), 'utf8')) as {
  min: Record<string, number>;
  max: Record<string, number>;
};
const casesOf = (folder: string) => JSON.parse(readFileSync(join(REPO, folder, 'cases.json'), 'utf8')) as ClutterSetCase[];
const site = (page: string) => page.split('/').pop()!.split('-')[0]!;
const host = (u?: string) => (u ? new URL(u).hostname.replace(/^www\./, '') : '');
const md5 = (f: string) => createHash('md5').update(readFileSync(f)).digest('hex');

it('names each dev set once, with its own folder and prefix', () => {
  expect(new Set(DEV_SETS.map((d) => d.name)).size).toBe(DEV_SETS.length);
  expect(new Set(DEV_SETS.map((d) => d.prefix)).size).toBe(DEV_SETS.length);
  for (const d of DEV_SETS) expect(existsSync(join(REPO, d.folder, 'cases.json')), d.folder).toBe(true);
});

describe.each(DEV_SETS.map((d) => [d.folder, d] as const))('%s', (_, set) => {
  const dir = join(REPO, set.folder);
  const cases = casesOf(set.folder);
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');

  it('is well formed, with its pages inside its own folder', () => {
    expect(validateCases(cases, set.pagePath)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(set.minPages);
    for (const c of cases) {
      expect(c.page).toMatch(/^pages\/[\w.-]+\.html$/);
      expect(existsSync(join(dir, c.page)), c.page).toBe(true);
      expect(c.split, c.page).toBeUndefined();
    }
  });

  // Permissive licences only: MIT, Apache-2.0, or CC-BY-4.0 (which requires the attribution the README gives).
  it('credits every page in the README (repository, path, commit, licence)', () => {
    for (const c of cases) {
      const row = readme.split('\n').find((l) => l.startsWith(`| ${c.page} |`));
      expect(row, c.page).toBeDefined();
      expect(row, c.page).toMatch(/\| [\w.-]+\/[\w.-]+ \| \S.* \| [0-9a-f]{40} \| .*(MIT|Apache-2\.0|CC-BY-4\.0)/);
    }
  });

  it('says how to run it alone', () => {
    expect(readme).toContain(`--clutter-${set.name}-only`);
  });

  it('holds no page of a held-out check-set site, nor a page of the check set', () => {
    const check = casesOf('tests/corpora/real-clutter-check');
    const held = new Set(check.filter((c) => c.split === 'held').map((c) => site(c.page)));
    const checkPages = new Set(check.map((c) => c.page.split('/').pop()));
    for (const c of cases) {
      expect(held.has(site(c.page)), c.page).toBe(false);
      expect(checkPages.has(c.page.split('/').pop()), c.page).toBe(false);
    }
  });

  it('labels its kinds, menu items and article sentences', () => {
    const kinds = new Set(cases.flatMap((c) => c.strip.map((s) => s.kind)));
    for (const k of set.kinds) expect(kinds.has(k), k).toBe(true);
    expect(cases.filter((c) => c.notClutter?.length).length).toBeGreaterThanOrEqual(set.minNotClutterPages);
    for (const c of cases) expect(c.keep?.length, c.page).toBeGreaterThan(0);
  });

  it('holds no page of the other clutter sets, by bytes or by site', () => {
    const others = [
      'tests/corpora/real-clutter',
      'tests/corpora/real-clutter-check',
      ...DEV_SETS.filter((d) => d !== set).map((d) => d.folder),
    ];
    for (const folder of others) {
      const other = casesOf(folder);
      const hosts = new Set(other.map((c) => host(c.url)));
      // real-clutter's pages live in ../shared/corpora: its sites are checked, its bytes only where present.
      const bytes = new Set(
        other
          .map((c) => join(REPO, folder, c.page))
          .filter((f) => existsSync(f))
          .map(md5),
      );
      for (const c of cases) {
        expect(hosts.has(host(c.url)), `${folder}: ${c.page}`).toBe(false);
        expect(bytes.has(md5(join(dir, c.page))), `${folder}: ${c.page}`).toBe(false);
      }
    }
  });

  it('has its figures held by floors in tests/accuracy-floors.json', () => {
    for (const k of ['pages', 'recall', 'precision', 'recall.newsletter', 'recall.sponsored', 'recall.affiliate-disclosure'])
      expect(floors.min[`${set.prefix}.${k}`], k).toBeTypeOf('number');
    for (const k of ['menuItemsHidden', 'keepHidden', 'pagesNotArticle']) expect(floors.max[`${set.prefix}.${k}`], k).toBeTypeOf('number');
  });

  it(`names its figures ${set.prefix}.*`, () => {
    const c: ClutterSetCase = {
      page: 'pages/a.html',
      isArticle: true,
      strip: [{ kind: 'newsletter', text: 'Sign up for our newsletter' }],
    };
    const f = scoreClutterSet([c], [{ isArticle: true, hidden: [] }], [], set.prefix);
    expect(f[`${set.prefix}.recall`]).toBe(0);
    expect(Object.keys(f).every((k) => k.startsWith(`${set.prefix}.`))).toBe(true);
  });
});
