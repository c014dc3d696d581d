import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect.ts';
import { PARSERS, articlePage, cases, collapse, readFixture } from './test-support.ts';

const parse = PARSERS['happy-dom'];

describe.each(Object.entries(PARSERS))('detectArticle on the fixtures (%s)', (_name, parseWith) => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const doc = parseWith(readFixture(c.file));
    const d = detectArticle(doc, c.url);
    expect(d.isArticle, d.signals.join(' ')).toBe(c.isArticle);
    if (!c.isArticle) {
      expect(d.parts).toEqual([]);
      return;
    }
    // Every keep snippet is article text, so it lies in one of the parts (headline, standfirst, body).
    const partText = d.parts.map((p) => collapse(p.textContent));
    for (const k of c.keep)
      expect(
        partText.some((t) => t.includes(k)),
        k,
      ).toBe(true);
    expect(d.parts[0]).toBe(d.region);
    // The headline is a part whether or not it sits inside the region.
    const h1 = doc.querySelector('h1')!;
    expect(d.parts.some((p) => p === h1 || p.contains(h1))).toBe(true);
    // Parts never overlap, so the ticker scan sees each mention once.
    for (const a of d.parts) for (const b of d.parts) if (a !== b) expect(a.contains(b)).toBe(false);
  });
});

describe('detectArticle signals', () => {
  const story = articlePage('');

  it('finds the article body container as the region', () => {
    const d = detectArticle(parse(story), 'https://news.example.com/2024/06/company-beats-forecasts');
    expect(d.isArticle).toBe(true);
    expect(d.region?.className).toBe('article-body');
  });

  it('rejects a home page even when it is full of text', () => {
    const d = detectArticle(parse(story), 'https://news.example.com/');
    expect(d.isArticle).toBe(false);
    expect(d.signals).toContain('path:home');
  });

  it('rejects a page whose JSON-LD says it is a collection', () => {
    const html = story.replace('</head>', '<script type="application/ld+json">{"@type":"CollectionPage"}</script></head>');
    const d = detectArticle(parse(html), 'https://news.example.com/2024/06/company-beats-forecasts');
    expect(d.isArticle).toBe(false);
    expect(d.signals).toContain('jsonld-page:collectionpage');
  });

  it('keeps an article whose JSON-LD graph also lists its WebPage', () => {
    const ld = '{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle"},{"@type":"Organization"}]}';
    const html = story.replace('</head>', `<script type="application/ld+json">${ld}</script></head>`);
    expect(detectArticle(parse(html), 'https://news.example.com/x/company-beats-forecasts-123').isArticle).toBe(true);
  });

  it('keeps a news article whose structured data also lists its WebPage and an embedded VideoObject', () => {
    const ld = '[{"@type":"WebPage"},{"@type":"NewsArticle","video":{"@type":"VideoObject"}},{"@type":"VideoObject"}]';
    const html = story.replace('</head>', `<script type="application/ld+json">${ld}</script></head>`);
    expect(detectArticle(parse(html), 'https://news.example.com/2024/06/company-beats-forecasts').isArticle).toBe(true);
  });

  it('does not let a section-looking path outvote article metadata', () => {
    expect(detectArticle(parse(story), 'https://news.example.com/about-town/').isArticle).toBe(true);
    const plain = story.replace('<meta property="og:type" content="article">', '');
    expect(detectArticle(parse(plain), 'https://news.example.com/about-town/').isArticle).toBe(false);
  });

  it('rejects a slideshow page even when its metadata says NewsArticle', () => {
    const ld = '{"@type":"NewsArticle"}';
    const html = story.replace('</head>', `<script type="application/ld+json">${ld}</script></head>`);
    expect(detectArticle(parse(html), 'https://news.example.com/tech/phones/slideshow/76280131.cms').isArticle).toBe(false);
  });

  it('uses the canonical link when no URL is given', () => {
    const html = story.replace('</head>', '<link rel="canonical" href="https://www.example.com/author/jane-doe"></head>');
    expect(detectArticle(parse(html), null).signals).toContain('path:profile');
  });

  it('accepts a short article that its metadata names, but not a stub', () => {
    const short = (paras: number) =>
      `<html><head><meta property="og:type" content="article"></head><body><article><h1>Brief: rates unchanged</h1>${'<p>The central bank left its benchmark rate unchanged on Wednesday, as expected by economists.</p>'.repeat(
        paras,
      )}</article></body></html>`;
    expect(detectArticle(parse(short(5)), 'https://news.example.com/brief/rates-unchanged-2024').isArticle).toBe(true);
    expect(detectArticle(parse(short(1)), 'https://news.example.com/brief/rates-unchanged-2024').isArticle).toBe(false);
  });

  it('says no article for a page with no paragraphs', () => {
    const d = detectArticle(parse('<html><body><ul><li><a href="/a">A</a></li></ul></body></html>'), 'https://x.example.com/a-b-c-123');
    expect(d).toMatchObject({ isArticle: false, region: null, parts: [] });
  });
});
