import { describe, expect, it } from 'vitest';
import { PALETTES, TEXT_PAIRS, UI_PAIRS, contrastRatio, cssVars } from './theme.ts';

describe('UI palettes', () => {
  it('the contrast helper agrees with known WCAG values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, p] of Object.entries(PALETTES)) {
    it(`${name}: text pairs reach 4.5:1 and control borders/focus rings 3:1`, () => {
      for (const [fg, bg] of TEXT_PAIRS) expect(contrastRatio(p[fg], p[bg]), `${name} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const [fg, bg] of UI_PAIRS) expect(contrastRatio(p[fg], p[bg]), `${name} ${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('every palette defines the same tokens, as CSS custom properties', () => {
    const keys = Object.keys(PALETTES.light).sort();
    for (const p of Object.values(PALETTES)) expect(Object.keys(p).sort()).toEqual(keys);
    expect(cssVars(PALETTES.dark)).toContain('--bg:#1e1f23');
  });
});
