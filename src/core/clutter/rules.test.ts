// The rules file is data: it must parse, compile, stay sorted by kind, and match no known article text.
import { describe, expect, it } from 'vitest';
import raw from './rules.json';
import { CLUTTER_KINDS, LABEL_HEAD, LABEL_KINDS, PRECEDENCE, RULES, isDisclosureText } from './rules.ts';
import { EVIDENCE } from './evidence.ts';
import { ARTICLE_TEXT_EXAMPLES } from './examples.ts';
import { cases } from '../article/test-support.ts';

const articleSentences = [...ARTICLE_TEXT_EXAMPLES.map((html) => html.replace(/<[^>]+>/g, '')), ...cases.flatMap((c) => c.keep)];

describe('clutter rules data', () => {
  it('opens split labels with the first word of a whole label alternative only', () => {
    for (const head of ['The Most ', 'From ', 'Sponsored ', 'You ', 'Around the ']) expect(LABEL_HEAD.test(head), head).toBe(true);
    // Words inside a label's groups ("promoted (stories|links)") open no label; sentences are no label heads.
    for (const run of ['Links ', 'Stories ', 'Headlines', 'The Most popular stories of the year, ranked.'])
      expect(LABEL_HEAD.test(run), run).toBe(false);
  });

  it('is a registry: each kind one entry with markup, wording, a distinct precedence and a known way of judging', () => {
    expect(CLUTTER_KINDS).toEqual(Object.keys(raw.kinds));
    expect(CLUTTER_KINDS).toEqual(['affiliate-disclosure', 'newsletter', 'sponsored', 'promoted-widget']);
    for (const kind of CLUTTER_KINDS) {
      const k = RULES.kinds[kind];
      expect(k.id).toBe(kind);
      expect(k.markup).toBeInstanceOf(RegExp);
      for (const re of Object.values<RegExp>(k.wording)) expect(re).toBeInstanceOf(RegExp);
      expect(EVIDENCE[k.evidence], `${kind}: evidence "${k.evidence}"`).toBeTypeOf('function');
      expect(k.maxChars).toBeLessThanOrEqual(RULES.limits.blockMaxChars);
    }
    expect(new Set(CLUTTER_KINDS.map((k) => RULES.kinds[k].precedence)).size).toBe(CLUTTER_KINDS.length);
    // A Taboola box also says "Sponsored": the specific kinds are judged first.
    expect(PRECEDENCE).toEqual(['promoted-widget', 'newsletter', 'affiliate-disclosure', 'sponsored']);
    expect(LABEL_KINDS).toEqual(['promoted-widget', 'sponsored']);
    expect(RULES.kinds['affiliate-disclosure'].maxChars).toBeLessThan(RULES.limits.blockMaxChars);
  });

  it('compiles wording case-insensitively unless a kind says otherwise', () => {
    expect(RULES.kinds.newsletter.wording.strong.test('Get the daily NEWSLETTER')).toBe(true);
    expect(RULES.kinds['affiliate-disclosure'].wording.self.test('We')).toBe(true);
    expect(RULES.kinds['affiliate-disclosure'].wording.self.test('wE')).toBe(false);
  });

  it('has no label or disclosure rule that matches article sentences', () => {
    for (const s of articleSentences) {
      for (const kind of LABEL_KINDS) expect(RULES.kinds[kind].label!.test(s), s).toBe(false);
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

  it('reads a sign-up ask, a log-in button and a registration wall within one sentence', () => {
    const w = RULES.kinds.newsletter.wording;
    expect(w.weak.test('Get the latest headlines by email')).toBe(true);
    expect(w.weak.test("Didn't get the code? Resend email")).toBe(false);
    for (const t of ['Send email to login', 'Log in', 'Sign in with password']) expect(w.login.test(t), t).toBe(true);
    for (const t of ['Sign up', 'Subscribe', 'Join the login-free beta list']) expect(w.login.test(t), t).toBe(false);
    expect(w.wall.test('To keep reading, please enter your email address.')).toBe(true);
    expect(w.wall.test('Keep reading: the best of the week, in your inbox.')).toBe(false);
  });

  it('reads a "PR" mark between dashes or brackets as a sponsor label, not the word alone', () => {
    const label = RULES.kinds.sponsored.label!;
    for (const t of ['- PR -', '【PR】', '[PR]']) expect(label.test(t), t).toBe(true);
    for (const t of ['PR', 'PR agency hires a new chief', '(PR) team']) expect(label.test(t), t).toBe(false);
  });

  it('keeps limits sane', () => {
    const l = RULES.limits;
    expect(l.labelMaxChars).toBeLessThan(RULES.kinds['affiliate-disclosure'].maxChars);
    expect(l.blockMaxShareOfArticle).toBeGreaterThan(0);
    expect(l.blockMaxShareOfArticle).toBeLessThan(1);
  });
});
