// Shown hidden blocks carry their kind in words, in the reader's language, never the internal kind name.
import { afterEach, describe, expect, it } from 'vitest';
import { PageStyle } from './page-style.ts';
import { cssString, shownLabelCss } from '../platform/kind-labels.ts';
import { EARLY_SHEET } from './early-sheet.ts';

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

const rulesText = () => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');

describe('labels of shown blocks', () => {
  it('labels each kind in words', () => {
    const style = new PageStyle(document);
    style.add();
    const css = rulesText();
    for (const [kind, words] of [
      ['affiliate-disclosure', 'Affiliate notice'],
      ['newsletter', 'Newsletter sign-up'],
      ['sponsored', 'Sponsored content'],
      ['promoted-widget', 'Promoted stories'],
      // Not a clutter kind: a block the reader picked ("Hide this too").
      ['user', 'Hidden by you'],
    ]) {
      expect(css).toMatch(new RegExp(`\\[data-clearfolio-hidden="${kind}"\\]::before\\s*\\{\\s*content: "Clearfolio hid this: ${words}"`));
    }
    style.remove();
    expect(rulesText()).not.toContain('Newsletter sign-up');
  });

  it("uses the browser's language", () => {
    const de: Record<string, string> = { shownBlockKind: 'Von Clearfolio ausgeblendet: $1', shownNewsletter: 'Newsletter-Anmeldung' };
    (globalThis as { browser?: unknown }).browser = {
      i18n: { getMessage: (k: string, subs?: string[]) => (de[k] ?? '').replace('$1', subs?.[0] ?? '') },
    };
    expect(shownLabelCss()).toContain('"Von Clearfolio ausgeblendet: Newsletter-Anmeldung"');
  });

  it('escapes a label for CSS', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\a d"');
  });
});

describe('the page stylesheet and the early sheet', () => {
  afterEach(() => {
    (globalThis as Record<symbol, unknown>)[EARLY_SHEET] = undefined;
    document.adoptedStyleSheets = [];
  });

  it('adopts no sheet of its own while the early sheet carries the page rules; the labels come with Show', () => {
    const early = new CSSStyleSheet();
    document.adoptedStyleSheets = [early];
    (globalThis as Record<symbol, unknown>)[EARLY_SHEET] = early;
    const style = new PageStyle(document);
    style.add();
    expect(document.adoptedStyleSheets).toEqual([early]);
    style.showLabels();
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(rulesText()).toContain('Newsletter sign-up');
    style.remove();
    expect(document.adoptedStyleSheets).toEqual([early]);
  });

  it('adopts the page rules itself once the early sheet is gone', () => {
    const style = new PageStyle(document);
    style.add();
    expect(rulesText()).toContain('Newsletter sign-up');
    style.showLabels();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    style.remove();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
