// The early judge: it never judges a block the parser may still add to, and
// on the fixtures every block it marks on a prefix of the page is one the pass hides on the whole page.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../article/detect.ts';
import { PARSERS, articlePage, cases, collapse, readFixture } from '../article/test-support.ts';
import { earlyGate } from '../article/early-gate.ts';
import { judgeEarly, parserEdge } from './early-judge.ts';
import { findClutter } from './find.ts';

const parse = PARSERS['happy-dom'];

describe('parserEdge', () => {
  it('is the last node of the document', () => {
    const doc = parse('<html><body><div><p>One</p><p>Two <b>three</b></p></div></body></html>');
    expect(parserEdge(doc)?.textContent).toBe('three');
  });
});

describe('judgeEarly', () => {
  const newsletter =
    '<div class="newsletter-signup"><h3>Get our Markets newsletter</h3><p>Sign up for the daily briefing delivered to your inbox.</p><form><input type="email" name="email"><button>Sign up</button></form></div>';

  it('finds a finished block, and not the same block while the parser may still add to it', () => {
    const html = articlePage(newsletter);
    const whole = parse(html);
    expect(judgeEarly(whole, null, true).map((b) => b.kind)).toEqual(['newsletter']);
    // Cut inside the box: it is the open end of the document, not judged yet.
    const cut = parse(html.slice(0, html.indexOf('<button>')));
    expect(judgeEarly(cut, null).length).toBe(0);
    // Cut after it: it is finished.
    const after = parse(html.slice(0, html.indexOf('Paragraph 3')));
    expect(judgeEarly(after, null).map((b) => b.kind)).toEqual(['newsletter']);
  });

  it.each(cases.filter((c) => c.isArticle).map((c) => [c.file, c] as const))('%s: marks on prefixes are blocks of the pass', (_file, c) => {
    const html = readFixture(c.file);
    const full = parse(html);
    const pass = findClutter(full, detectArticle(full, c.url)).map((b) => collapse(b.element.textContent));
    const body = Math.max(0, html.search(/<body[\s>]/i));
    for (const share of [0.25, 0.5, 0.75]) {
      const doc = parse(html.slice(0, body + Math.round((html.length - body) * share)));
      if (earlyGate(doc, c.url) !== 'judge') continue;
      const edge = parserEdge(doc);
      for (const b of judgeEarly(doc, c.url)) {
        expect(edge && b.element.contains(edge)).toBeFalsy();
        expect(pass, collapse(b.element.textContent)).toContain(collapse(b.element.textContent));
      }
    }
  });
});
