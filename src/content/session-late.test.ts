// Late content (#20 item 2): a page that adds thousands of elements at once is scanned through a few roots.
import { describe, expect, it } from 'vitest';
import { lateRoots } from './session.ts';

const page = () => {
  const doc = new DOMParser().parseFromString(
    '<body><article><div id="a"></div><p id="b"></p></article><aside></aside></body>',
    'text/html',
  );
  return { doc, article: doc.querySelector('article')!, div: doc.getElementById('a')!, p: doc.getElementById('b')! };
};

describe('lateRoots', () => {
  it('keeps a few added elements as they are', () => {
    const { doc, article, p } = page();
    const added = [p, doc.createElement('span')];
    expect(lateRoots(added, [article])).toBe(added);
  });

  it('scans ten thousand links added one by one to one div through the div', () => {
    const { doc, article, div } = page();
    const links = Array.from({ length: 10_000 }, () => div.appendChild(doc.createElement('a')));
    expect(lateRoots(links, [article])).toEqual([div]);
  });

  it('keeps an element whose parent lies outside the article, and falls back to the article past many parents', () => {
    const { doc, article } = page();
    const tops = Array.from({ length: 100 }, () => doc.body.insertBefore(doc.createElement('article'), article));
    expect(lateRoots(tops, tops)).toEqual(tops);
    const spans = tops.map((t) => t.appendChild(doc.createElement('span')));
    expect(lateRoots(spans, tops)).toBe(tops);
  });
});
