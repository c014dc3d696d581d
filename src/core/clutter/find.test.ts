// The labelled fixtures: every strip block is found with its kind, no keep snippet is ever hidden, the
// article region is never touched, and nothing outside the labelled blocks is hidden.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../article/detect.ts';
import { PARSERS, cases, collapse, readFixture } from '../article/test-support.ts';
import { findClutter } from './find.ts';

const articles = cases.filter((c) => c.isArticle);

describe.each(Object.entries(PARSERS))('findClutter on the fixtures (%s)', (_name, parse) => {
  it.each(articles.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const doc = parse(readFixture(c.file));
    const detection = detectArticle(doc, c.url);
    const blocks = findClutter(doc, detection);
    const texts = blocks.map((b) => ({ kind: b.kind, text: collapse(b.element.textContent) }));
    for (const s of c.strip) {
      expect(texts.find((t) => t.text.includes(s.text))?.kind, s.text).toBe(s.kind);
    }
    for (const k of c.keep)
      expect(
        texts.some((t) => t.text.includes(k)),
        k,
      ).toBe(false);
    // Each block is one labelled box: no block hides text nobody labelled, none holds two labelled boxes.
    for (const t of texts) expect(c.strip.filter((s) => t.text.includes(s.text)).length, t.text).toBe(1);
    for (const b of blocks) {
      for (const part of detection.parts) expect(b.element === part || b.element.contains(part)).toBe(false);
      expect(b.evidence.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('hides nothing on a page that is not an article', () => {
    const c = cases.find((c) => !c.isArticle)!;
    const doc = parse(readFixture(c.file));
    expect(findClutter(doc, detectArticle(doc, c.url))).toEqual([]);
  });
});

describe('findClutter on the seed page', () => {
  const c = cases.find((c) => c.file.includes('valuewalk'))!;
  const doc = PARSERS['happy-dom'](readFixture(c.file));
  const detection = detectArticle(doc, c.url);
  const blocks = findClutter(doc, detection);

  it('hides the disclosure, the newsletter box and the sponsored rail widget as whole boxes', () => {
    expect(blocks.map((b) => [b.kind, b.element.className])).toEqual([
      ['affiliate-disclosure', 'vw-disclosure affiliate-disclosure-notice'],
      ['newsletter', 'wp-news vw-newsletter'],
      ['sponsored', 'widget widget_custom_html sponsored-widget'],
    ]);
  });

  it('keeps the article body, including its "sponsoring of terrorism" sentence', () => {
    const body = detection.region!;
    expect(body.className).toBe('entry-content');
    for (const b of blocks) expect(b.element.contains(body) || body.contains(b.element)).toBe(false);
  });

  it('searches only added subtrees when asked, and still protects the article', () => {
    const rail = doc.querySelector('#secondary')!;
    expect(findClutter(doc, detection, [rail]).map((b) => b.kind)).toEqual(['sponsored']);
    expect(findClutter(doc, detection, [detection.region!])).toEqual([]);
  });
});

describe('findClutter protects article paragraphs', () => {
  it('never hides a box that holds the article text, even when it carries clutter markup', () => {
    const paras = Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i}: the company said revenue rose, and analysts expect further gains next year.</p>`,
    ).join('');
    const html = `<html><body><main><article><h1>Quarterly results beat forecasts</h1>
      <div class="story sponsored-post newsletter-body"><div class="article-body">${paras}
      <form><input type="email"><button>Subscribe to our newsletter</button></form></div></div></article></main></body></html>`;
    const doc = PARSERS['happy-dom'](html);
    const detection = detectArticle(doc, 'https://news.example.com/2024/06/results-beat-forecasts');
    expect(detection.isArticle).toBe(true);
    const blocks = findClutter(doc, detection);
    for (const b of blocks) expect(collapse(b.element.textContent)).not.toContain('Paragraph');
  });
});

describe('findClutter inside the standfirst', () => {
  const paras = Array.from(
    { length: 6 },
    (_, i) => `<p>Paragraph ${i}: the company said revenue rose, and analysts expect further gains next year.</p>`,
  ).join('');
  const page = (dek: string) => `<html><head><meta property="og:type" content="article"></head><body><main>
    <h1>The best book subscriptions, tested by our editors</h1>${dek}
    <div class="article-body">${paras}</div></main></body></html>`;
  const url = 'https://news.example.com/2024/06/best-book-subscriptions';

  it("hides a disclosure in the standfirst's wrapper and keeps the standfirst", () => {
    const doc = PARSERS['happy-dom'](
      page(`<div class="dek"><p>We tried six different options, but only a few impressed our bibliophile editors.</p>
        <div class="affiliate-disclaimer"><p>Our editors and experts handpick every product we feature. We may earn a commission from your purchases. <a href="/disclosure">Learn more</a>.</p></div></div>`),
    );
    const detection = detectArticle(doc, url);
    expect(detection.parts.some((p) => p.classList.contains('dek'))).toBe(true);
    const blocks = findClutter(doc, detection);
    expect(blocks.map((b) => [b.kind, collapse(b.element.textContent)])).toEqual([
      [
        'affiliate-disclosure',
        'Our editors and experts handpick every product we feature. We may earn a commission from your purchases. Learn more.',
      ],
    ]);
  });

  it('keeps a standfirst whole when a box in it would leave none of its own words', () => {
    const doc = PARSERS['happy-dom'](
      page(`<div class="dek"><div class="affiliate-disclaimer"><p>We may earn a commission from your purchases.</p></div></div>`),
    );
    const detection = detectArticle(doc, url);
    expect(detection.parts.some((p) => p.classList.contains('dek'))).toBe(true);
    expect(findClutter(doc, detection)).toEqual([]);
  });
});
