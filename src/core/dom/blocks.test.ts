import { describe, expect, it } from 'vitest';
import { BLOCK_TAGS, CLUTTER_BLOCKS, CONTAINER_CHILDREN } from './blocks.ts';

describe('block tags', () => {
  it('the clutter blocks are block tags; table rows and rare blocks are not among them', () => {
    for (const t of CLUTTER_BLOCKS) expect(BLOCK_TAGS.has(t)).toBe(true);
    for (const t of ['tr', 'tbody', 'dl', 'hr', 'span', 'em']) expect(CLUTTER_BLOCKS.has(t)).toBe(false);
    for (const t of ['p', 'li', 'td', 'body']) expect(CLUTTER_BLOCKS.has(t)).toBe(true);
  });

  it('a div is a container when a child is a block or not text (embed, script, code); inline children keep it text', () => {
    for (const t of ['p', 'div', 'ul', 'h2', 'pre', 'iframe', 'video', 'script']) expect(CONTAINER_CHILDREN.has(t)).toBe(true);
    for (const t of ['a', 'span', 'em', 'strong', 'br', 'img', 'li', 'td']) expect(CONTAINER_CHILDREN.has(t)).toBe(false);
  });

  it('inline elements are not blocks', () => {
    for (const t of ['a', 'span', 'em', 'b', 'code', 'sup', 'abbr']) expect(BLOCK_TAGS.has(t)).toBe(false);
  });
});
