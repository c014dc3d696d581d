import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIFTH_SET, scoreClutterSet, validateCases, type ClutterSetCase } from './clutter-set.ts';

// The fifth dev set (tests/corpora/real-clutter-fifth): pages and labels live in the project, labelled blind and
// tunable; its pages come from test suites the earlier sets did not mine. It is scored by the clutter-set scorer under "clutterFifth.". Here: its format, its pages and their
// credits, and the floors that hold its figures; whether each label is found in its page is checked by
// `npm run eval`, which fails when one is not.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = join(REPO, 'tests/corpora/real-clutter-fifth');
const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as ClutterSetCase[];
const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
const floors = JSON.parse(readFileSync(join(REPO, 'tests/accuracy-floors.json'), 'utf8')) as {
  min: Record<string, number>;
  max: Record<string, number>;
};
const site = (page: string) => page.split('/').pop()!.split('-')[0]!;

describe('tests/corpora/real-clutter-fifth', () => {
  it('is well formed, with its pages inside its own folder', () => {
    expect(validateCases(cases, FIFTH_SET.pagePath)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const c of cases) {
      expect(c.page).toMatch(/^pages\/[\w.-]+\.html$/);
      expect(existsSync(join(DIR, c.page)), c.page).toBe(true);
      expect(c.split, c.page).toBeUndefined();
    }
  });

  it('credits every page in the README (repository, path, commit, licence)', () => {
    for (const c of cases) {
      const row = readme.split('\n').find((l) => l.startsWith(`| ${c.page} |`));
      expect(row, c.page).toBeDefined();
      expect(row, c.page).toMatch(/\| [\w.-]+\/[\w.-]+ \| \S.* \| [0-9a-f]{40} \| .*(MIT|Apache-2\.0)/);
    }
  });

  it('holds no page of a held-out check-set site, nor a page of the check set', () => {
    const check = JSON.parse(readFileSync(join(REPO, 'tests/corpora/real-clutter-check/cases.json'), 'utf8')) as ClutterSetCase[];
    const held = new Set(check.filter((c) => c.split === 'held').map((c) => site(c.page)));
    const checkPages = new Set(check.map((c) => c.page.split('/').pop()));
    for (const c of cases) {
      expect(held.has(site(c.page)), c.page).toBe(false);
      expect(checkPages.has(c.page.split('/').pop()), c.page).toBe(false);
    }
  });

  it('labels newsletters, affiliate disclosures, menu items and article sentences', () => {
    const kinds = new Set(cases.flatMap((c) => c.strip.map((s) => s.kind)));
    for (const k of ['affiliate-disclosure', 'newsletter'] as const) expect(kinds.has(k), k).toBe(true);
    expect(cases.filter((c) => c.notClutter?.length).length).toBeGreaterThanOrEqual(9);
    for (const c of cases) expect(c.keep?.length, c.page).toBeGreaterThan(0);
  });

  it('holds no page of the other clutter sets, by bytes or by site', () => {
    const host = (u?: string) => (u ? new URL(u).hostname.replace(/^www\./, '') : '');
    const md5 = (f: string) => createHash('md5').update(readFileSync(f)).digest('hex');
    for (const set of ['real-clutter', 'real-clutter-check', 'real-clutter-more', 'real-clutter-third', 'real-clutter-fourth']) {
      const other = JSON.parse(readFileSync(join(REPO, 'tests/corpora', set, 'cases.json'), 'utf8')) as ClutterSetCase[];
      const hosts = new Set(other.map((c) => host(c.url)));
      // real-clutter's pages live in ../shared/corpora: its sites are checked, its bytes only where present.
      const files = other.map((c) => join(REPO, 'tests/corpora', set, c.page)).filter((f) => existsSync(f));
      const bytes = new Set(files.map(md5));
      for (const c of cases) {
        expect(hosts.has(host(c.url)), `${set}: ${c.page}`).toBe(false);
        expect(bytes.has(md5(join(DIR, c.page))), `${set}: ${c.page}`).toBe(false);
      }
    }
  });

  it('has its figures held by floors in tests/accuracy-floors.json', () => {
    for (const k of ['pages', 'recall', 'precision', 'recall.newsletter', 'recall.sponsored', 'recall.affiliate-disclosure'])
      expect(floors.min[`clutterFifth.${k}`], k).toBeTypeOf('number');
    for (const k of ['menuItemsHidden', 'keepHidden', 'pagesNotArticle']) expect(floors.max[`clutterFifth.${k}`], k).toBeTypeOf('number');
  });

  it('names its figures clutterFifth.*', () => {
    const c: ClutterSetCase = {
      page: 'pages/a.html',
      isArticle: true,
      strip: [{ kind: 'newsletter', text: 'Sign up for our newsletter' }],
    };
    const f = scoreClutterSet([c], [{ isArticle: true, hidden: [] }], [], FIFTH_SET.prefix);
    expect(f['clutterFifth.recall']).toBe(0);
    expect(Object.keys(f).every((k) => k.startsWith('clutterFifth.'))).toBe(true);
  });
});
