// Test-only helpers for the article and clutter tests: the labelled fixture pages, parsed by both DOMs the
// core runs on in tests (happy-dom as in unit tests, jsdom as in `clearfolio analyze`).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { collapse as collapseText } from './text-length.ts';

export interface FixtureCase {
  file: string;
  url: string;
  isArticle: boolean;
  keep: string[];
  strip: { kind: string; text: string }[];
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');

export const cases: FixtureCase[] = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8'));

export function readFixture(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

export const PARSERS = {
  'happy-dom': (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  jsdom: (html: string) => new JSDOM(html).window.document,
};

export const collapse = (s: string | null | undefined) => collapseText(s ?? '');

/** A minimal article page around `body` HTML, for rule examples. */
export function articlePage(inner: string, extra = ''): string {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the story: the company reported quarterly revenue that beat analyst forecasts, and its shares rose in early trading as investors cheered the update.</p>`;
  return `<!doctype html><html><head><title>Story</title><meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Company beats forecasts as shares rise</h1>
<div class="article-body">${para(1)}${para(2)}${inner}${para(3)}${para(4)}</div></article>
<aside class="rail"><div class="most-read"><h3>Most read</h3><ol><li><a href="/a">Oil slips as traders weigh demand</a></li><li><a href="/b">Gold steadies near a record high</a></li></ol></div>${extra}</aside></main><footer><p>Copyright</p></footer></body></html>`;
}
