// The page scan's text blocks come from one selector query with :has() in browsers and from script
// elsewhere (jsdom in the CLI): both must name the same blocks, or detection would differ by host.
import { describe, expect, it } from 'vitest';
import { PARSERS, cases, readFixture } from './test-support.ts';
import { SeedCollector } from '../clutter/seeds.ts';
import { TextLengths } from './text-length.ts';
import { isTextDiv, scanPage, textBlocks, type PageScan } from './scan.ts';

// Engines differ on whether a div of white space is :empty; a block without text is no article text anyway.
const withText = (els: Element[]) => els.filter((e) => (e.textContent ?? '').trim());
const names = (els: Element[]) => withText(els).map((e) => `${e.localName}:${(e.textContent ?? '').trim().slice(0, 30)}`);

describe('text blocks by selector query and by script', () => {
  it.each(cases.map((c) => c.file))('agree on %s (happy-dom, which has :has)', (file) => {
    const doc = PARSERS['happy-dom'](readFixture(file));
    const bySelector = textBlocks(doc, true);
    expect(bySelector.length).toBeGreaterThan(3);
    expect(names(bySelector)).toEqual(names(textBlocks(doc, false)));
  });

  it('takes p, pre, li and divs of inline content, in document order, and leaves out divs of blocks', () => {
    const doc = PARSERS['happy-dom'](`<body><div id="a">text <b>bold</b> <a href="#">link</a><br>more</div>
      <div id="b"><p>para</p></div><div id="c"> </div><ul><li>item</li></ul><pre>code</pre>
      <div id="d"><span>x</span><section>s</section></div><div id="e"></div><div id="f"><!-- only a comment --></div></body>`);
    const ids = (els: Element[]) => els.map((e) => e.id || e.localName);
    expect(ids(withText(textBlocks(doc, true)))).toEqual(['a', 'p', 'li', 'pre']);
    // Script also takes the blank and comment-only divs, which hold no text: no length, no article text.
    expect(ids(textBlocks(doc, false))).toEqual(['a', 'p', 'c', 'li', 'pre', 'f']);
    expect(textBlocks(doc, true).some((e) => e.id === 'b' || e.id === 'd')).toBe(false);
    expect(isTextDiv(doc.getElementById('f')!)).toBe(true);
  });

  it('uses the selector only where the document says it supports :has()', () => {
    const doc = PARSERS.jsdom('<body><div>t</div><p>p</p></body>');
    expect(doc.defaultView?.CSS).toBeUndefined();
    expect(names(textBlocks(doc))).toEqual(['div:t', 'p:p']);
  });
});

// With a visitor (the clutter finder's seeds), the scan collects its lists in the walk that feeds it, a few
// elements between pauses, instead of by selector queries: both ways must give the same lists.
describe('the page scan by selector queries and by its element walk', () => {
  const LISTS = ['textBlocks', 'lineDivs', 'articles', 'h1s', 'ldJson', 'metas', 'microdata'] as const;
  const describeEl = (e: Element) => `${e.localName}#${e.id}.${e.getAttribute('class') ?? ''}:${(e.textContent ?? '').trim().slice(0, 20)}`;
  // jsdom has no :has(), and script then leaves out divs without any child; the walk, like :has(), keeps them.
  const lists = (scan: PageScan, dropEmpty: boolean) =>
    Object.fromEntries(LISTS.map((k) => [k, scan[k].filter((e) => !dropEmpty || e.firstChild || e.localName !== 'div').map(describeEl)]));
  const both = (doc: Document, dropEmpty: boolean) => {
    const walked = lists(scanPage(doc, new SeedCollector(new TextLengths())), dropEmpty);
    const queried = lists(scanPage(doc), dropEmpty);
    return { walked, queried };
  };

  it.each(Object.entries(PARSERS).flatMap(([name]) => cases.map((c) => [name, c.file] as const)))('agree on %s %s', (name, file) => {
    const { walked, queried } = both(PARSERS[name as keyof typeof PARSERS](readFixture(file)), name === 'jsdom');
    expect(walked).toEqual(queried);
    expect(walked.textBlocks!.length).toBeGreaterThan(3);
  });

  it.each(Object.keys(PARSERS))('agree on what lies where the walk does not feed the visitor, and on the root (%s)', (name) => {
    const doc = PARSERS[name as keyof typeof PARSERS](`<html itemscope itemtype="https://schema.org/NewsArticle"><head>
      <meta property="og:type" content="article"><script type=" Application/LD+JSON ">{}</script><script type="module"></script>
      <script>1</script></head><body><article><h1 itemprop="headline">Title</h1><div id="lines">one<br>two<p>para</p></div>
      <div id="inline">text <b>bold</b><br>more</div><div id="empty"></div><pre><p id="in-pre">odd</p></pre>
      <div contenteditable="true"><p id="edited">draft</p><div id="edited-div">x<br><section>s</section></div></div>
      <svg><foreignObject><p id="in-svg">far</p></foreignObject></svg><ul><li itemprop="item">i</li></ul></article>
      <noscript><p id="noscript">no script</p></noscript><template><p>never</p></template></body></html>`);
    const { walked, queried } = both(doc, name === 'jsdom');
    expect(walked).toEqual(queried);
    expect(walked.microdata!.map((e) => e.split('#')[0])).toEqual(['html', 'h1', 'li']);
    expect(walked.ldJson).toHaveLength(1);
    expect(walked.lineDivs!.map((e) => e.split(/[#.]/)[1])).toEqual(['lines', 'edited-div']);
    expect(walked.textBlocks!.map((e) => e.split(/[#.]/)[1])).toEqual(expect.arrayContaining(['inline', 'in-pre', 'edited', 'in-svg']));
  });
});
