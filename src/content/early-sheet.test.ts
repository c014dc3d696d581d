import { describe, expect, it } from 'vitest';
import { dropEarlyMarks } from './early-sheet.ts';

describe('dropEarlyMarks', () => {
  it('takes every mark off and counts the outermost marks the pass did not hide', () => {
    document.body.innerHTML = `
      <div id="a" data-clearfolio-early="newsletter" data-clearfolio-hidden="newsletter"><p data-clearfolio-early="newsletter">x</p></div>
      <div data-clearfolio-hidden="sponsored"><div id="b" data-clearfolio-early="sponsored">y</div></div>
      <div id="c" data-clearfolio-early="promoted-widget"><div data-clearfolio-early="promoted-widget">z</div></div>`;
    expect(dropEarlyMarks(document)).toBe(1);
    expect(document.querySelectorAll('[data-clearfolio-early]').length).toBe(0);
    expect(document.getElementById('a')!.getAttribute('data-clearfolio-hidden')).toBe('newsletter');
  });
});
