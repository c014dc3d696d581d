// Colours of the card, one palette per theme. Kept as data (not buried in CSS) so a test can check every
// text/background pair against WCAG AA (4.5:1) - the card has to stay legible on any site.

export type CardTheme = 'auto' | 'light' | 'dark' | 'sepia';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  link: string;
  up: string;
  down: string;
  warnBg: string;
  warnFg: string;
  noteBg: string;
  noteFg: string;
  focus: string;
}

export const PALETTES: Readonly<Record<Exclude<CardTheme, 'auto'>, Palette>> = {
  light: {
    bg: '#ffffff',
    fg: '#1b1b1f',
    muted: '#4a4d55',
    border: '#c9ccd3',
    link: '#0b57d0',
    up: '#0a6b2c',
    down: '#b3261e',
    warnBg: '#fff4d6',
    warnFg: '#5c3c00',
    noteBg: '#eef2fb',
    noteFg: '#1f3559',
    focus: '#0b57d0',
  },
  dark: {
    bg: '#1e1f23',
    fg: '#f1f2f4',
    muted: '#c3c6cd',
    border: '#4a4d55',
    link: '#8ab4f8',
    up: '#6fdc8c',
    down: '#ff8a80',
    warnBg: '#3d2f00',
    warnFg: '#ffe08a',
    noteBg: '#26324a',
    noteFg: '#d6e2ff',
    focus: '#8ab4f8',
  },
  sepia: {
    bg: '#f6efdc',
    fg: '#33281a',
    muted: '#5a4a35',
    border: '#cdbf9c',
    link: '#1d4f91',
    up: '#1f6b36',
    down: '#a32a20',
    warnBg: '#f1dfb0',
    warnFg: '#4d3500',
    noteBg: '#eae2c8',
    noteFg: '#2e3a4f',
    focus: '#1d4f91',
  },
};

/** The foreground/background pairs the card actually draws, for the contrast test. */
export const TEXT_PAIRS: readonly (readonly [fg: keyof Palette, bg: keyof Palette])[] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['link', 'bg'],
  ['up', 'bg'],
  ['down', 'bg'],
  ['warnFg', 'warnBg'],
  ['noteFg', 'noteBg'],
  ['link', 'noteBg'],
];
