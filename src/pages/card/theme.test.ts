import { describe, expect, it } from 'vitest';
import { PALETTES, TEXT_PAIRS } from './theme.ts';
import { CARD_CSS } from './styles.ts';

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('card palettes', () => {
  it('the contrast helper agrees with known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [theme, p] of Object.entries(PALETTES)) {
    it(`${theme}: every text colour meets WCAG AA (4.5:1) on its background`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        expect(contrast(p[fg], p[bg]), `${theme} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('the stylesheet resets the host, sets fixed px sizes and honours reduced motion and dark mode', () => {
    expect(CARD_CSS).toContain(':host{all:initial!important');
    expect(CARD_CSS).toContain('z-index:2147483647');
    expect(CARD_CSS).toMatch(/@media \(prefers-reduced-motion:reduce\)\{\.card\{transition:none\}\}/);
    expect(CARD_CSS).toContain(`@media (prefers-color-scheme:dark){.card.auto{--bg:${PALETTES.dark.bg};`);
    // em/rem would scale with the page's root font size: a site with html{font-size:10px} shrinks the card.
    expect(CARD_CSS).not.toMatch(/\d(?:r?em)\b/);
  });
});
