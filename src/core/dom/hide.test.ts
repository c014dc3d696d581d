import { describe, expect, it } from 'vitest';
import { hideBlocks, showHidden, unhideAll } from './hide.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The content script adopts page.css (content/page-style.ts); vitest turns CSS imports into empty strings, so read the file itself.
const HIDE_STYLESHEET = readFileSync(join(fileURLToPath(import.meta.url), '..', '../../content/page.css'), 'utf8');
import type { ClutterBlock } from '../types.ts';

function page() {
  const doc = new DOMParser().parseFromString(
    `<html><body><article><p>Story text</p><div id="nl">Sign up <form><input type="email"></form></div></article><aside id="ad">Sponsored</aside></body></html>`,
    'text/html',
  );
  const blocks: ClutterBlock[] = [
    { element: doc.getElementById('nl')!, kind: 'newsletter', evidence: ['form:email', 'text:newsletter'] },
    { element: doc.getElementById('ad')!, kind: 'sponsored', evidence: ['label:sponsored', 'markup:sponsored'] },
  ];
  return { doc, blocks };
}

describe('hide', () => {
  it('marks blocks with their kind and keeps every node in place', () => {
    const { doc, blocks } = page();
    const before = doc.body.textContent;
    hideBlocks(blocks);
    expect(doc.getElementById('nl')!.getAttribute('data-clearfolio-hidden')).toBe('newsletter');
    expect(doc.getElementById('ad')!.getAttribute('data-clearfolio-hidden')).toBe('sponsored');
    expect(doc.body.textContent).toBe(before);
    expect(doc.querySelector('article')!.hasAttribute('data-clearfolio-hidden')).toBe(false);
  });

  it('is idempotent and keeps the first kind given to a block', () => {
    const { doc, blocks } = page();
    hideBlocks(blocks);
    const once = doc.documentElement.outerHTML;
    hideBlocks([{ ...blocks[0]!, kind: 'sponsored' }]);
    expect(doc.documentElement.outerHTML).toBe(once);
  });

  it('shows and hides again with one root attribute', () => {
    const { doc, blocks } = page();
    hideBlocks(blocks);
    showHidden(doc, true);
    expect(doc.documentElement.hasAttribute('data-clearfolio-show-hidden')).toBe(true);
    showHidden(doc, false);
    expect(doc.documentElement.hasAttribute('data-clearfolio-show-hidden')).toBe(false);
  });

  it('restores the page exactly', () => {
    const { doc, blocks } = page();
    const before = doc.documentElement.outerHTML;
    hideBlocks(blocks);
    showHidden(doc, true);
    unhideAll(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('ships a stylesheet that hides, and shows hidden blocks outlined and labelled by kind', () => {
    expect(HIDE_STYLESHEET).toMatch(/\[data-clearfolio-hidden\][^{]*\{\s*display: none !important;/);
    expect(HIDE_STYLESHEET).toContain("html[data-clearfolio-show-hidden]:not([data-clearfolio='skipped']) [data-clearfolio-hidden]");
    expect(HIDE_STYLESHEET).toContain('attr(data-clearfolio-hidden)');
    expect(HIDE_STYLESHEET).toMatch(/outline:/);
  });
});
