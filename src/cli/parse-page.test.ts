// @vitest-environment node
// Deep pages: parse5 under Chromium's depth limit, then jsdom; no stack overflow at any depth (main.test.ts runs a
// 20,000-deep page through the whole CLI).
import { describe, expect, it } from 'vitest';
import { defaultTreeAdapter, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { MAX_DEPTH, parseLimited, parsePage } from './parse-page.ts';
import { deepPage } from '../../bench/big-pages.ts';

type Node = DefaultTreeAdapterMap['node'];

/** The deepest element of the tree, and its text in document order; both without recursion. */
function measure(root: Node): { depth: number; text: string } {
  let depth = 0;
  const text: string[] = [];
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (defaultTreeAdapter.isTextNode(n)) text.push(n.value);
    if (defaultTreeAdapter.isElementNode(n)) depth = Math.max(depth, d);
    const kids = 'childNodes' in n ? n.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, d + 1]);
  }
  return { depth, text: text.join('') };
}

describe('parseLimited', () => {
  it('leaves a page within the limit as parse5 builds it', () => {
    const { document, flattened } = parseLimited(deepPage(100));
    expect(flattened).toBe(0);
    expect(measure(document)).toEqual({ depth: 2 + 100 + 1, text: 'DeepApple (AAPL) rose.' });
  });

  it('attaches what lies below the limit higher up, keeping all the text in order', () => {
    const { document, flattened } = parseLimited(deepPage(20_000));
    const m = measure(document);
    expect(m.depth).toBe(MAX_DEPTH);
    expect(m.text).toBe('DeepApple (AAPL) rose.');
    expect(flattened).toBeGreaterThan(20_000 - MAX_DEPTH);
  });

  it('a small limit flattens as Chromium does: deep nodes become siblings at the limit', () => {
    const { document, flattened } = parseLimited('<div><div><div><p>a<b>b</b>c</p></div></div></div>', 4);
    expect(measure(document)).toEqual({ depth: 4, text: 'abc' });
    // <html> 1, <body> 2, two <div>s 3 and 4; the third <div>, <p>, <b> and the text join the second <div>'s siblings.
    expect(serialize(document)).toBe('<html><head></head><body><div><div></div><div></div><p></p>a<b></b>bc</div></body></html>');
    expect(flattened).toBe(6);
  });
});

describe('parsePage', () => {
  it('says nothing about a page within the limit', () => {
    const { dom, warnings } = parsePage(deepPage(50), null);
    expect(warnings).toEqual([]);
    dom.window.close();
  });
});
