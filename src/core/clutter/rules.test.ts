// The rules file is data: it must parse, compile, stay sorted by kind, and match no known article text.
import { describe, expect, it } from 'vitest';
import raw from './rules.json';
import { CLUTTER_KINDS } from '../types.ts';
import { RULES, isDisclosureText } from './rules.ts';
import { ARTICLE_TEXT_EXAMPLES } from './examples.ts';
import { cases } from '../article/test-support.ts';

const articleSentences = [...ARTICLE_TEXT_EXAMPLES.map((html) => html.replace(/<[^>]+>/g, '')), ...cases.flatMap((c) => c.keep)];

describe('clutter rules data', () => {
  it('has markup rules for exactly the clutter kinds, in sorted order', () => {
    expect(Object.keys(raw.markup)).toEqual([...CLUTTER_KINDS].sort());
  });

  it('compiles every pattern', () => {
    for (const re of Object.values(RULES.markup)) expect(re).toBeInstanceOf(RegExp);
    expect(RULES.newsletter.strong.test('Get the daily newsletter')).toBe(true);
  });

  it('has no label or disclosure rule that matches article sentences', () => {
    for (const s of articleSentences) {
      expect(RULES.label.sponsored.test(s), s).toBe(false);
      expect(RULES.label['promoted-widget'].test(s), s).toBe(false);
      expect(isDisclosureText(s), s).toBe(false);
    }
  });

  it('recognises disclosure sentences only with money, trigger and self-reference together', () => {
    expect(isDisclosureText('When you purchase through our links, we may earn a commission.')).toBe(true);
    expect(isDisclosureText('Insider may receive a commission when you buy through our links.')).toBe(true);
    expect(isDisclosureText('We may earn a commission.')).toBe(false);
    expect(isDisclosureText('The broker earns a commission when clients buy through its app.')).toBe(false);
    expect(isDisclosureText('Open an account with our partner and get 60 days of commission-free trades.')).toBe(false);
  });

  it('keeps limits sane', () => {
    const l = RULES.limits;
    expect(l.labelMaxChars).toBeLessThan(l.disclosureMaxChars);
    expect(l.disclosureMaxChars).toBeLessThan(l.blockMaxChars);
    expect(l.blockMaxShareOfArticle).toBeGreaterThan(0);
    expect(l.blockMaxShareOfArticle).toBeLessThan(1);
  });
});
