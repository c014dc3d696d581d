// The early judge's gate: article metadata in the page (the head, or the body a stray element opened early) lets
// the judge load; a page without it is skipped once its body is not short.
import { describe, expect, it } from 'vitest';
import { PARSERS } from './test-support.ts';
import { earlyGate } from './early-gate.ts';

const parse = PARSERS['happy-dom'];
const page = (head: string, paragraphs = 100) =>
  parse(`<!doctype html><html><head><title>T</title>${head}</head><body>${'<p>Text</p>'.repeat(paragraphs)}</body></html>`);

describe('earlyGate', () => {
  it('waits while there is no <body> (the head is still being parsed)', () => {
    const doc = page('<meta property="og:type" content="article">');
    doc.body.remove();
    expect(earlyGate(doc, null)).toBe('wait');
  });

  it('waits for metadata a stray element pushed out of <head> while the body is short', () => {
    expect(earlyGate(page('', 3), 'https://example.com/2024/story')).toBe('wait');
    const late = page('', 3);
    late.body.insertAdjacentHTML('afterbegin', '<meta property="og:type" content="article">');
    expect(earlyGate(late, 'https://example.com/2024/story')).toBe('judge');
  });

  it.each([
    ['og:type article', '<meta property="og:type" content="article">'],
    ['a JSON-LD NewsArticle', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>'],
    [
      'a JSON-LD @graph with an Article',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article"}]}</script>',
    ],
    ['article:published_time', '<meta property="article:published_time" content="2024-01-02T10:00:00Z">'],
  ])('judges a page whose head gives %s', (_what, head) => {
    expect(earlyGate(page(head), 'https://news.example.com/2024/01/02/story-of-the-day')).toBe('judge');
  });

  it.each([
    ['no article metadata', '<meta property="og:type" content="website">', 'https://example.com/2024/story'],
    ['a CollectionPage', '<script type="application/ld+json">{"@type":"CollectionPage"}</script>', 'https://example.com/topics/markets'],
    ['broken JSON-LD', '<script type="application/ld+json">{"@type":"NewsArt</script>', 'https://example.com/a'],
    ['a home page address', '<meta property="og:type" content="article">', 'https://example.com/'],
  ])('skips a page with %s', (_what, head, url) => {
    expect(earlyGate(page(head), url)).toBe('skip');
  });
});
