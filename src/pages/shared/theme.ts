// Colour tokens for Clearfolio's own pages (popup, options) and the reader overlay, one palette per theme.
// Kept as data so theme.test.ts can check every pair the CSS draws against WCAG AA: 4.5:1 for text,
// 3:1 for borders and focus rings (WCAG 1.4.11).

export type ThemeName = 'light' | 'dark' | 'sepia';

export interface Palette {
  bg: string;
  surface: string;
  fg: string;
  muted: string;
  border: string;
  link: string;
  accent: string;
  accentFg: string;
  noticeBg: string;
  noticeFg: string;
  ok: string;
  error: string;
  markBg: string;
  focus: string;
}

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: {
    bg: '#ffffff',
    surface: '#f3f4f6',
    fg: '#1b1b1f',
    muted: '#4a4d55',
    border: '#80858f',
    link: '#0b57d0',
    accent: '#0b57d0',
    accentFg: '#ffffff',
    noticeBg: '#fff4d6',
    noticeFg: '#5c3c00',
    ok: '#0a6b2c',
    error: '#b3261e',
    markBg: '#e6eefc',
    focus: '#0b57d0',
  },
  dark: {
    bg: '#1e1f23',
    surface: '#2a2b31',
    fg: '#f1f2f4',
    muted: '#c3c6cd',
    border: '#8d919a',
    link: '#8ab4f8',
    accent: '#8ab4f8',
    accentFg: '#0b1b36',
    noticeBg: '#3d2f00',
    noticeFg: '#ffe08a',
    ok: '#6fdc8c',
    error: '#ff8a80',
    markBg: '#2c3a55',
    focus: '#8ab4f8',
  },
  sepia: {
    bg: '#f6efdc',
    surface: '#ede2c6',
    fg: '#33281a',
    muted: '#574632',
    border: '#8a7653',
    link: '#1d4f91',
    accent: '#1d4f91',
    accentFg: '#ffffff',
    noticeBg: '#f1dfb0',
    noticeFg: '#4d3500',
    ok: '#1f6b36',
    error: '#a32a20',
    markBg: '#e6dcc0',
    focus: '#1d4f91',
  },
};

/** Text colour on background colour, as the stylesheets draw them. */
export const TEXT_PAIRS: readonly (readonly [keyof Palette, keyof Palette])[] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['accentFg', 'accent'],
  ['noticeFg', 'noticeBg'],
  ['ok', 'bg'],
  ['ok', 'surface'],
  ['error', 'bg'],
  ['error', 'surface'],
  ['fg', 'markBg'],
  ['link', 'markBg'],
];

/** Non-text pairs (control borders, focus rings) that need 3:1. */
export const UI_PAIRS: readonly (readonly [keyof Palette, keyof Palette])[] = [
  ['border', 'bg'],
  ['border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['accent', 'bg'],
];

export function cssVars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--${k}:${v}`)
    .join(';');
}

/** Relative luminance per WCAG 2.x. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
