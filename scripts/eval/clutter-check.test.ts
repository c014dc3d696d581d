import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_SET, TUNING_SET, scoreClutterSet, validateCases, type ClutterSetCase } from './clutter-set.ts';

// The independent clutter check set (tests/corpora/real-clutter-check): pages and labels live in the project, so
// it needs nothing from ../shared. It is scored by the tuning set's scorer under "clutterCheck." and is not for
// tuning. Here: its format, its pages and their credits, and the floors that hold its figures; whether each
// label is found in its page is checked by `npm run eval`, which fails when one is not.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = join(REPO, 'tests/corpora/real-clutter-check');
const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as ClutterSetCase[];
const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
const floors = JSON.parse(readFileSync(join(REPO, 'tests/accuracy-floors.json'), 'utf8')) as {
  min: Record<string, number>;
  max: Record<string, number>;
};

describe('tests/corpora/real-clutter-check', () => {
  it('is well formed, with its pages inside its own folder', () => {
    expect(validateCases(cases, CHECK_SET.pagePath)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const c of cases) {
      expect(c.page).toMatch(/^pages\/[\w.-]+\.html$/);
      expect(existsSync(join(DIR, c.page)), c.page).toBe(true);
    }
  });

  it('credits every page in the README (repository, path, commit, licence) and says it is not for tuning', () => {
    expect(readme).toMatch(/do not tune the engine on these pages/i);
    for (const c of cases) {
      const row = readme.split('\n').find((l) => l.startsWith(`| ${c.page} |`));
      expect(row, c.page).toBeDefined();
      expect(row, c.page).toMatch(/\| [\w.-]+\/[\w.-]+ \| \S.* \| [0-9a-f]{40} \| .*(MIT|Apache-2\.0)/);
    }
  });

  it('labels every kind, menu items and article sentences', () => {
    const kinds = new Set(cases.flatMap((c) => c.strip.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual(['affiliate-disclosure', 'newsletter', 'promoted-widget', 'sponsored']);
    expect(cases.some((c) => c.notClutter?.length)).toBe(true);
    for (const c of cases) expect(c.keep?.length, c.page).toBeGreaterThan(0);
  });

  it('splits its pages by site into a dev half and a held-out half, with no site in both', () => {
    const site = (page: string) => page.split('/').pop()!.split('-')[0];
    for (const c of cases) expect(['dev', 'held'], c.page).toContain(c.split);
    const dev = new Set(cases.filter((c) => c.split === 'dev').map((c) => site(c.page)));
    const held = cases.filter((c) => c.split === 'held').map((c) => site(c.page));
    expect(held.filter((s) => dev.has(s))).toEqual([]);
    expect(held.length).toBeGreaterThanOrEqual(15);
    expect(validateCases([{ page: 'pages/a.html', isArticle: true, strip: [], split: 'other' }], CHECK_SET.pagePath).join('\n')).toMatch(
      /split must be/,
    );
    for (const k of ['pages', 'recall', 'precision']) expect(floors.min[`clutterHeld.${k}`], k).toBeTypeOf('number');
  });

  it('has its figures held by floors in tests/accuracy-floors.json', () => {
    for (const k of ['pages', 'recall', 'precision', 'recall.sponsored', 'recall.promoted-widget', 'precision.newsletter'])
      expect(floors.min[`clutterCheck.${k}`], k).toBeTypeOf('number');
    for (const k of ['menuItemsHidden', 'keepHidden']) expect(floors.max[`clutterCheck.${k}`], k).toBeTypeOf('number');
  });
});

describe('the clutter scorer, parametrised by set', () => {
  it('accepts only its own page paths', () => {
    const inShared = [{ page: 'real-news/pages/a.html', isArticle: true, strip: [] }];
    const inFolder = [{ page: 'pages/a.html', isArticle: true, strip: [] }];
    expect(validateCases(inShared, CHECK_SET.pagePath).join('\n')).toMatch(/corpora-relative/);
    expect(validateCases(inFolder, CHECK_SET.pagePath)).toEqual([]);
    expect(validateCases(inFolder, TUNING_SET.pagePath).join('\n')).toMatch(/corpora-relative/);
  });

  it('names the figures by the set prefix', () => {
    const c: ClutterSetCase = { page: 'pages/a.html', isArticle: true, strip: [{ kind: 'sponsored', text: 'Sponsored: a paid story' }] };
    const f = scoreClutterSet(
      [c],
      [{ isArticle: true, hidden: [{ kind: 'sponsored', text: 'Sponsored: a paid story', notClutter: [] }] }],
      [],
      CHECK_SET.prefix,
    );
    expect(f['clutterCheck.recall']).toBe(1);
    expect(f['clutterCheck.recall.sponsored']).toBe(1);
    expect(f['clutterCheck.precision']).toBe(1);
    expect(Object.keys(f).every((k) => k.startsWith('clutterCheck.'))).toBe(true);
  });
});
