import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findUserBlocks, hideUserBlocks, refusal, userSelector, widen } from './user-hide.ts';

const PAGE = `<!doctype html><html><head></head><body>
  <header id="top"><nav class="site-nav">menu</nav></header>
  <main class="layout">
    <article id="story"><h1>Title</h1><p>Body text.</p>
      <div class="inline-promo">Subscribe to our podcast</div>
      <p>More text <input name="q"></p>
      <div contenteditable="true"><span id="typing">draft</span></div>
    </article>
    <aside class="rail">
      <div class="box">One</div>
      <div class="box">Two</div>
      <div class="box promo-3f9a2c11">Three</div>
    </aside>
  </main>
  <div class="css-1x2y3z"><section><p id="p-123456">deep</p></section></div>
</body></html>`;

function page() {
  const doc = new JSDOM(PAGE).window.document;
  const $ = (sel: string) => doc.querySelector(sel)!;
  return { doc, $, article: [$('#story')] };
}

describe('refusal: what a pick may not hide', () => {
  it('refuses the page, the article and any ancestor of it, fields, editable text and our own elements', () => {
    const { doc, $, article } = page();
    expect(refusal(doc.documentElement, article)).toBe('page');
    expect(refusal(doc.body, article)).toBe('page');
    expect(refusal($('#story'), article)).toBe('article');
    expect(refusal($('main'), article)).toBe('article');
    expect(refusal($('input'), article)).toBe('editable');
    expect(refusal($('#typing'), article)).toBe('editable');
    const ticker = doc.createElement('clearfolio-ticker');
    $('aside').append(ticker);
    expect(refusal(ticker, article)).toBe('ui');
  });

  it('lets blocks beside and inside the article go', () => {
    const { $, article } = page();
    expect(refusal($('.rail'), article)).toBeNull();
    expect(refusal($('.inline-promo'), article)).toBeNull();
    expect(refusal($('header'), article)).toBeNull();
    // With no article known, only the page and fields are kept.
    expect(refusal($('main'), [])).toBeNull();
  });

  it('widens to the parent, never to body', () => {
    const { $ } = page();
    expect(widen($('.box'))).toBe($('.rail'));
    expect(widen($('main'))).toBe($('main'));
  });
});

describe('userSelector: the selector that remembers a pick', () => {
  it('prefers a stable unique id, then the classes that find the block alone', () => {
    const { $ } = page();
    expect(userSelector($('header'))).toBe('#top');
    expect(userSelector($('.site-nav'))).toBe('nav.site-nav');
    expect(userSelector($('.inline-promo'))).toBe('div.inline-promo');
  });

  it('skips generated names and classes shared with siblings: anchors a short path on a named ancestor', () => {
    const { $ } = page();
    // "box" finds three blocks, the hashed class changes between builds.
    expect(userSelector($('.rail > .box:nth-child(2)'))).toBe('aside.rail > div:nth-of-type(2)');
    expect(userSelector($('.promo-3f9a2c11'))).toBe('aside.rail > div:nth-of-type(3)');
    // No stable name anywhere above: the full path, which still finds only it.
    const deep = userSelector($('#p-123456'))!;
    expect(deep).toBe('html > body > div > section > p');
  });

  it('every selector it gives finds exactly the picked element', () => {
    const { doc } = page();
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      const sel = userSelector(el);
      expect(sel, el.outerHTML.slice(0, 60)).not.toBeNull();
      expect(Array.from(doc.querySelectorAll(sel!))).toEqual([el]);
    }
  });
});

describe('findUserBlocks: applying a site’s stored list', () => {
  it('hides what the list finds, with the "user" kind, and keeps a block hidden by a rule as it was', () => {
    const { doc, $, article } = page();
    $('.site-nav').setAttribute('data-clearfolio-hidden', 'promoted-widget');
    const blocks = findUserBlocks(doc, ['div.inline-promo', 'aside.rail > div:nth-of-type(2)', 'nav.site-nav'], article);
    expect(blocks.map((b) => b.selector)).toEqual(['div.inline-promo', 'aside.rail > div:nth-of-type(2)', 'nav.site-nav']);
    const done = hideUserBlocks(blocks);
    expect(done.map((b) => b.element)).toEqual([$('.inline-promo'), $('.rail > .box:nth-child(2)')]);
    expect($('.inline-promo').getAttribute('data-clearfolio-hidden')).toBe('user');
    expect($('.site-nav').getAttribute('data-clearfolio-hidden')).toBe('promoted-widget');
  });

  it('never hides the article, an ancestor of it or the page, whatever the stored selector says', () => {
    const { doc, article } = page();
    const blocks = findUserBlocks(doc, ['#story', 'main', 'body', 'html', 'article', 'input', 'p >>> bad', ''], article);
    expect(blocks).toEqual([]);
  });

  it('finds matches in late content: the added subtree itself and inside it', () => {
    const { doc, $, article } = page();
    const late = doc.createElement('div');
    late.className = 'late-box';
    late.innerHTML = '<div class="inline-promo">again</div>';
    $('aside').append(late);
    const blocks = findUserBlocks([late], ['div.late-box', 'div.inline-promo'], article);
    expect(blocks.map((b) => b.element)).toEqual([late, late.firstElementChild]);
    // The rest of the page is not searched again.
    expect(blocks.some((b) => b.element === $('article .inline-promo'))).toBe(false);
  });
});
