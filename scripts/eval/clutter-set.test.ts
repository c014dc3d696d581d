import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreClutterSet, squash, validateCases, type ClutterSetCase, type PageOutcome } from './clutter-set.ts';

// The pages live outside the project (../shared/corpora); whether each label is found verbatim in its page is
// checked by `npm run eval`, which fails when one is not. Here: the labels' format, and how they are counted.
const CASES = join(dirname(fileURLToPath(import.meta.url)), '../../tests/corpora/real-clutter/cases.json');

describe('tests/corpora/real-clutter/cases.json', () => {
  const cases = JSON.parse(readFileSync(CASES, 'utf8')) as ClutterSetCase[];

  it('is well formed', () => {
    expect(validateCases(cases)).toEqual([]);
    expect(cases.length).toBeGreaterThan(30);
  });

  it('names pages by corpora-relative path only', () => {
    for (const c of cases) expect(c.page).not.toMatch(/^\/|\.\./);
  });
});

describe('validateCases', () => {
  it('reports unknown kinds, bad paths, uncollapsed excerpts and repeated pages', () => {
    const bad = [
      { page: '/abs/page.html', isArticle: true, strip: [{ kind: 'popup', text: 'Sign up for our daily newsletter today' }] },
      { page: 'real-news/pages/a.html', isArticle: true, strip: [{ kind: 'newsletter', text: 'Sign up  for our daily newsletter today' }] },
      { page: 'real-news/pages/a.html', isArticle: true, strip: [] },
    ];
    const errors = validateCases(bad).join('\n');
    expect(errors).toMatch(/corpora-relative/);
    expect(errors).toMatch(/unknown kind popup/);
    expect(errors).toMatch(/whitespace-collapsed/);
    expect(errors).toMatch(/listed twice/);
  });
});

describe('scoreClutterSet', () => {
  const page: ClutterSetCase = {
    page: 'real-news/pages/a.html',
    isArticle: true,
    keep: ['The central bank raised rates by half a point on Tuesday.'],
    strip: [
      { kind: 'newsletter', text: 'Get our morning briefing in your inbox — sign up here' },
      { kind: 'affiliate-disclosure', text: 'We may earn a commission when you buy through links on our site.' },
      { kind: 'sponsored', text: 'Sponsored: Five ways to save on your energy bill this winter' },
    ],
    notClutter: ['Newsletters'],
    clutterParts: ['Recommended by Outbrain'],
  };
  const block = (kind: string, text: string, notClutter: string[] = []) => ({ kind, text, notClutter });

  it('counts a label found when a hidden block of its kind contains it, whitespace aside', () => {
    const o: PageOutcome = {
      isArticle: true,
      hidden: [block('newsletter', 'Morning briefing Get our morning  briefing in your inbox —sign up here Email')],
    };
    const f = scoreClutterSet([page], [o]);
    expect(f['clutter.recall']).toBe(0.333);
    expect(f['clutter.recall.newsletter']).toBe(1);
    expect(f['clutter.recall.sponsored']).toBe(0);
    expect(f['clutter.precision']).toBe(1);
  });

  it('reports a kind confusion: not found for recall, not an error of precision', () => {
    const o: PageOutcome = {
      isArticle: true,
      hidden: [block('promoted-widget', 'Sponsored: Five ways to save on your energy bill this winter')],
    };
    const f = scoreClutterSet([page], [o]);
    expect(f['clutter.recall.sponsored']).toBe(0);
    expect(f['clutter.kindConfusions']).toBe(1);
    expect(f['clutter.precision']).toBe(1);
  });

  it('counts a hidden part of a labelled box as clutter, and an unlabelled block against precision', () => {
    const o: PageOutcome = {
      isArticle: true,
      hidden: [
        block('affiliate-disclosure', 'We may earn a commission'),
        block('promoted-widget', 'Recommended by Outbrain'),
        block('sponsored', 'Related: more from our newsroom today'),
      ],
    };
    const f = scoreClutterSet([page], [o]);
    expect(f['clutter.precision']).toBe(0.667);
    expect(f['clutter.recall.affiliate-disclosure']).toBe(0);
  });

  it('reports precision per kind of the hidden block', () => {
    const o: PageOutcome = {
      isArticle: true,
      hidden: [
        block('newsletter', 'Get our morning briefing in your inbox — sign up here'),
        block('newsletter', 'Related: more from our newsroom today'),
        block('sponsored', 'Sponsored: Five ways to save on your energy bill this winter'),
      ],
    };
    const f = scoreClutterSet([page], [o]);
    expect(f['clutter.precision.newsletter']).toBe(0.5);
    expect(f['clutter.precision.sponsored']).toBe(1);
    expect(f['clutter.precision.promoted-widget']).toBe(1);
    expect(f['clutter.precision']).toBe(0.667);
  });

  it('counts a block holding article text or a menu item as wrong even when it also holds clutter', () => {
    const o: PageOutcome = {
      isArticle: true,
      hidden: [
        block(
          'newsletter',
          'Get our morning briefing in your inbox — sign up here. The central bank raised rates by half a point on Tuesday.',
        ),
        block('newsletter', 'Home Markets Newsletters Get our morning briefing', ['Newsletters']),
      ],
    };
    const f = scoreClutterSet([page], [o]);
    expect(f['clutter.precision']).toBe(0);
    expect(f['clutter.keepHidden']).toBe(1);
    expect(f['clutter.menuItemsHidden']).toBe(1);
    expect(f['clutter.recall.newsletter']).toBe(1);
  });

  it('leaves labels on pages that are not articles out of recall, and reports article pages the detector missed', () => {
    const notArticle = { ...page, page: 'real-news/pages/b.html', isArticle: false };
    const f = scoreClutterSet(
      [page, notArticle],
      [
        { isArticle: false, hidden: [] },
        { isArticle: false, hidden: [] },
      ],
    );
    expect(f['clutter.labels']).toBe(3);
    expect(f['clutter.recall']).toBe(0);
    expect(f['clutter.pagesNotArticle']).toBe(1);
  });

  it('counts a widget hidden item by item: its box covered by blocks of its kind, each item inside the box', () => {
    const o: PageOutcome = {
      isArticle: true,
      hidden: [
        { ...block('sponsored', 'Sponsored:'), inLabelBox: true },
        { ...block('sponsored', 'Five ways to save on your energy bill'), inLabelBox: true },
      ],
      covered: [null, null, ['sponsored']],
    };
    const f = scoreClutterSet([page], [o]);
    expect(f['clutter.recall.sponsored']).toBe(1);
    expect(f['clutter.precision']).toBe(1);
  });

  it('reports a box covered by blocks of another kind as a confusion', () => {
    const o: PageOutcome = { isArticle: true, hidden: [], covered: [null, null, ['sponsored', 'promoted-widget']] };
    const f = scoreClutterSet([page], [o]);
    expect(f['clutter.recall.sponsored']).toBe(0);
    expect(f['clutter.kindConfusions']).toBe(1);
  });

  it('compares texts without whitespace and accents', () => {
    expect(squash('Café  Newsletter\n sign-up')).toBe('cafenewslettersign-up');
  });
});
