// The page scan's text blocks come from one selector query with :has() in browsers and from script
// elsewhere (jsdom in the CLI): both must name the same blocks, or detection would differ by host.
import { describe, expect, it } from 'vitest';
import { PARSERS, cases, readFixture } from './test-support.ts';
import { isTextDiv, textBlocks } from './scan.ts';

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
