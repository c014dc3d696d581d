// Every rule against every example: each example is found as its own kind (never another), with the whole
// box; article paragraphs that mention sponsors, newsletters or commissions are never returned.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../article/detect.ts';
import { PARSERS, articlePage, collapse } from '../article/test-support.ts';
import { findClutter } from './find.ts';
import { ARTICLE_TEXT_EXAMPLES, CLUTTER_EXAMPLES, NOT_CLUTTER_EXAMPLES } from './examples.ts';

const URL = 'https://news.example.com/2024/06/company-beats-forecasts';

describe.each(Object.entries(PARSERS))('clutter examples (%s)', (_name, parse) => {
  it.each(CLUTTER_EXAMPLES.map((e, i) => [`${e.kind} #${i} (${e.place})`, e] as const))('finds %s', (_label, ex) => {
    const doc = parse(ex.place === 'body' ? articlePage(ex.html) : articlePage('', ex.html));
    const detection = detectArticle(doc, URL);
    expect(detection.isArticle).toBe(true);
    const blocks = findClutter(doc, detection);
    expect(blocks.map((b) => b.kind)).toEqual([ex.kind]);
    const block = blocks[0]!;
    const text = collapse(block.element.textContent);
    for (const c of ex.contains) expect(text).toContain(c);
    for (const c of ex.excludes ?? []) expect(text).not.toContain(c);
    expect(block.evidence.length).toBeGreaterThanOrEqual(2);
    // The box, not the article or the rail around it.
    expect(text).not.toContain('Paragraph 1 of the story');
    expect(block.element.classList.contains('rail')).toBe(false);
  });

  it.each(ARTICLE_TEXT_EXAMPLES.map((html) => [collapse(html).slice(3, 60), html] as const))(
    'leaves article text alone: %s',
    (_label, html) => {
      const doc = parse(articlePage(html));
      const blocks = findClutter(doc, detectArticle(doc, URL));
      expect(blocks).toEqual([]);
    },
  );

  it.each(NOT_CLUTTER_EXAMPLES.map((e) => [e.why, e.html] as const))('hides nothing for %s', (_why, html) => {
    const doc = parse(articlePage('', html));
    expect(findClutter(doc, detectArticle(doc, URL))).toEqual([]);
  });

  it('leaves article text alone even in a box that looks like an aside', () => {
    const html = ARTICLE_TEXT_EXAMPLES.map((p) => `<div class="pull-quote">${p}</div>`).join('');
    const doc = parse(articlePage(html));
    expect(findClutter(doc, detectArticle(doc, URL))).toEqual([]);
  });

  it('does not take a comment form for a newsletter', () => {
    const form = `<div id="respond"><h3>Leave a reply</h3><form><textarea name="comment"></textarea>
      <input type="email" name="email"><label><input type="checkbox"> Notify me of new posts by email, subscribe</label><button>Post</button></form></div>`;
    const doc = parse(articlePage('', form));
    expect(findClutter(doc, detectArticle(doc, URL))).toEqual([]);
  });

  it('needs two signals: a "Sponsored" label alone, or a sponsor class alone, hides nothing', () => {
    for (const html of [
      '<div class="card"><span>Sponsored</span><a href="/markets/story-1">Markets wrap: stocks edge higher</a></div>',
      '<div class="sponsor-logos"><a href="/about">About our events</a><a href="/contact">Contact us</a></div>',
    ]) {
      const doc = parse(articlePage('', html));
      expect(findClutter(doc, detectArticle(doc, URL))).toEqual([]);
    }
  });
});
