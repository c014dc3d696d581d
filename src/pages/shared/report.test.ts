// A clutter kind's UI strings come from its id: a kind added to the rules must bring both, in every language.
import { describe, expect, it } from 'vitest';
import { CLUTTER_KINDS } from '../../core/types.ts';
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';
import { kindLabel, kindMessageKey, orderedKinds } from './report.ts';

describe('clutter kinds in the UI', () => {
  it('names every kind and explains it in every language', () => {
    for (const kind of CLUTTER_KINDS)
      for (const suffix of ['', 'Hint'] as const) {
        const key = kindMessageKey(kind, suffix)!;
        expect(en, `en ${key}`).toHaveProperty([key, 'message']);
        expect(de, `de ${key}`).toHaveProperty([key, 'message']);
      }
    expect(kindMessageKey('affiliate-disclosure')).toBe('kindAffiliateDisclosure');
    expect(kindMessageKey('a-kind-of-a-later-version')).toBeNull();
  });

  it('shows a kind this version does not know by its id, after the known ones', () => {
    expect(kindLabel('sponsored')).toBe(en.kindSponsored.message);
    expect(kindLabel('a-kind-of-a-later-version')).toBe('a-kind-of-a-later-version');
    expect(orderedKinds({ 'a-later-kind': 1, 'promoted-widget': 2, newsletter: 3 })).toEqual([
      ['newsletter', 3],
      ['promoted-widget', 2],
      ['a-later-kind', 1],
    ]);
  });
});
