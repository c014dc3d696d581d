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

  // A press-release layout: the lead paragraph (with the company's listing) in its own block before the body's
  // wrappers, far from the headline. Only a marked prose block there is a part, never a byline or a tag row.
  const release = (before: string) =>
    '<html><head><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
    '</head><body><header><h1>Housecom opens its second Gifu branch today</h1><ul><li>share</li><li>date</li>' +
    '<li>tweet</li><li>mail</li><li>print</li><li>save</li></ul></header><div class="rbody">' +
    before +
    '<div class="r-text"><div class="rich-text">' +
    '<p>The branch is two minutes on foot from the station and serves students and young families alike.</p>'.repeat(8) +
    '</div></div></div></body></html>';
  const lead = '<div class="r-head">Housecom Co., Ltd. (TSE First Section, code: 3275) opened its Gifu Ekimae branch on July 1.</div>';

  it('takes the lead block just before the wrappers of the body as a part', () => {
    const d = detectArticle(parse(release(lead)), 'https://wire.example.com/releases/2020/07/housecom-gifu');
    expect(d.region?.className).toBe('rich-text');
    expect(d.parts.map((p) => p.className)).toContain('r-head');
  });

  it('leaves a byline or a row of tag links before the body out of the parts', () => {
    const byline = '<div class="r-byline">By a staff writer of the wire, published on July 1 2020 in Gifu, Japan</div>';
    const tags = '<div class="r-head"><a href="/t/1">Real estate rentals</a> <a href="/t/2">Gifu prefecture news</a></div>';
    for (const before of [byline, tags]) {
      const d = detectArticle(parse(release(before)), 'https://wire.example.com/releases/2020/07/housecom-gifu');
      expect(d.parts.map((p) => p.className)).toEqual(['rich-text', '']);
    }
  });

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

  it('does not read a page whose address says it is no article, unless asked to', () => {
    const doc = parse(story);
    // A page the scan would choke on: only the address may be read.
    const unread = detectArticle(doc, 'https://news.example.com/search?q=forecasts', {
      get elements(): never {
        throw new Error('the page was read');
      },
    } as never);
    expect(unread).toEqual({ isArticle: false, region: null, parts: [], signals: ['path:search'] });
    // The reader said "this is an article": the page is read, the verdict stays no, the region is the page's.
    const read = detectArticle(doc, 'https://news.example.com/search?q=forecasts', undefined, true);
    expect(read.isArticle).toBe(false);
    expect(read.region?.className).toBe('article-body');
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

  it('lets og:article or microdata outvote an embedded VideoObject, but not a video page', () => {
    const ld = '<script type="application/ld+json">[{"@type":"WebPage"},{"@type":"VideoObject"}]</script>';
    const html = story.replace('</head>', `${ld}</head>`);
    expect(detectArticle(parse(html), 'https://news.example.com/2021/03/08/uk/recap/index.html').isArticle).toBe(true);
    const microdata = html
      .replace('<meta property="og:type" content="article">', '')
      .replace('<div class="article-body">', '<div class="article-body" itemprop="articleBody">');
    expect(detectArticle(parse(microdata), 'https://news.example.com/2021/03/08/uk/recap/index.html').isArticle).toBe(true);
    const videoPage = html.replace('content="article"', 'content="video.other"');
    expect(detectArticle(parse(videoPage), 'https://news.example.com/videos/2021/03/08/recap').isArticle).toBe(false);
    const bare = html.replace('<meta property="og:type" content="article">', '');
    expect(detectArticle(parse(bare), 'https://news.example.com/videos/2021/03/08/recap').isArticle).toBe(false);
  });

  it('lets og:article outvote the FAQPage a blog post marks up for its questions, but not an FAQ page of its own', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"FAQPage"}]}</script>';
    const html = story.replace('</head>', `${ld}</head>`);
    expect(detectArticle(parse(html), 'https://blog.example.com/recipes/greek-chicken-kabobs/').isArticle).toBe(true);
    const faqPage = html.replace('<meta property="og:type" content="article">', '');
    expect(detectArticle(parse(faqPage), 'https://blog.example.com/recipes/greek-chicken-kabobs/').isArticle).toBe(false);
  });

  it('reads a recipe page as a post, with its embedded video, but not a recipe collection', () => {
    const bare = story.replace('<meta property="og:type" content="article">', '<meta property="og:type" content="website">');
    const ld = (json: string) => bare.replace('</head>', `<script type="application/ld+json">${json}</script></head>`);
    const url = 'https://food.example.com/recipe/red-wine-braised-short-ribs';
    expect(detectArticle(parse(ld('[{"@type":"Recipe","video":{"@type":"VideoObject"}},{"@type":"VideoObject"}]')), url).isArticle).toBe(
      true,
    );
    // Without the recipe, the same page is the video's.
    expect(detectArticle(parse(ld('[{"@type":"VideoObject"}]')), url).isArticle).toBe(false);
    const collection = ld('{"@graph":[{"@type":"CollectionPage"},{"@type":"ItemList","itemListElement":[{"@type":"Recipe"}]}]}');
    expect(detectArticle(parse(collection), 'https://food.example.com/recipes/dinner').isArticle).toBe(false);
  });
  it('accepts a short post whose metadata and headline agree, and nothing short of that', () => {
    const post = (o: { h1?: string; ld?: boolean; published?: boolean; text?: string } = {}) =>
      `<html><head><title>She was tired of being photoshopped | Lifestyle</title><meta property="og:type" content="article">` +
      `<meta property="og:title" content="She was tired of being photoshopped">` +
      (o.published === false ? '' : '<meta property="article:published_time" content="2014-07-21T10:00:00Z">') +
      (o.ld === false ? '' : '<script type="application/ld+json">{"@type":"NewsArticle"}</script>') +
      `</head><body><div class="promo"><h1>Want more stories like this one?</h1></div><div class="head"><h1>${o.h1 ?? 'She Was Tired Of Being Photoshopped'}</h1></div>` +
      `<div class="body"><p>${o.text ?? 'The singer released her new EP this week. Its lead single makes a powerful statement about beauty ideals, and the video shows why.'}</p>` +
      '<div class="video"><iframe src="https://video.example.com/embed/1"></iframe></div>' +
      '<p>Watch the whole video below and tell us what you think of it.</p></div></body></html>';
    const url = 'https://www.example.com/she-was-tired-of-being-photoshopped/';
    expect(detectArticle(parse(post()), url).signals).toContain('short-post');
    expect(detectArticle(parse(post()), url).isArticle).toBe(true);
    expect(detectArticle(parse(post({ h1: 'Want even more stories like this one' })), url).isArticle).toBe(false);
    expect(detectArticle(parse(post({ ld: false })), url).isArticle).toBe(false);
    expect(detectArticle(parse(post({ published: false })), url).isArticle).toBe(false);
    expect(detectArticle(parse(post({ text: 'Photo of the day.' })), url).isArticle).toBe(false);
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
