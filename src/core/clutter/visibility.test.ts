// What the page already hides is read from markup and the page's own top-level display:none rules.
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../article/test-support.ts';
import { PageVisibility, stylesheetHiddenSelectors, stylesheetShownSelectors } from './visibility.ts';

const PAGE = `<html><head><style>
  .closed-popup { display: none }
  @media (max-width: 600px) { .desktop-only { display: none } }
  .menu:hover .sub { display: none }
  .box { color: red; } $primary: #333; .scss-rule { &:hover { display: none } }
  .layout { display: none }
  .side-rail { display: none } @media only screen and (min-width: 63.75em) { .side-rail { display: flex; width: 33% } }
  .phone-only { display: none } @media (min-width: 300px) and (max-width: 600px) { .phone-only { display: block } }
</style></head><body>
<div class="layout"><main id="article"><p>Story</p></main></div>
<div class="closed-popup"><p id="a">Sign up</p></div>
<div class="desktop-only"><p id="b">Visible on desktop</p></div>
<div hidden><p id="c">Hidden</p></div>
<dialog><p id="d">Closed dialog</p></dialog>
<dialog open><p id="e">Open dialog</p></dialog>
<div style="DISPLAY: NONE"><p id="f">Inline</p></div>
<div aria-hidden="true"><p id="g">Aria</p></div>
<p id="h">Plain</p>
<aside class="side-rail"><p id="j">Rail on wide screens</p></aside>
<div class="phone-only"><p id="k">Phones only</p></div>
<div class="closed-popup" style="display: block"><p id="i">Shown by its own style</p></div>
</body></html>`;

describe.each(Object.entries(PARSERS))('page visibility (%s)', (_name, parse) => {
  it('reads top-level display:none rules only, dropping unparsable and interaction selectors', () => {
    const doc = parse(PAGE);
    const sels = stylesheetHiddenSelectors(doc);
    expect(sels).toContain('.closed-popup');
    expect(sels).not.toContain('.desktop-only');
    expect(sels.some((s) => s.includes('hover'))).toBe(false);
  });

  it('says which elements the page hides, never the article the page reveals by script', () => {
    const doc = parse(PAGE);
    const v = new PageVisibility(doc, [doc.getElementById('article')!]);
    const hidden = (id: string) => v.hides(doc.getElementById(id)!);
    expect(['a', 'c', 'd', 'f', 'k'].filter(hidden)).toEqual(['a', 'c', 'd', 'f', 'k']);
    // aria-hidden keeps a box from screen readers, not from the eye.
    // A mobile-first rail: hidden at top level, shown by a min-width rule, as a desktop reader sees it.
    expect(['b', 'e', 'g', 'h', 'i', 'j', 'article'].filter(hidden)).toEqual([]);
  });

  it('reads what wide-screen media rules show again, not what a band of widths shows', () => {
    const sels = stylesheetShownSelectors(parse(PAGE));
    expect(sels).toContain('.side-rail');
    expect(sels).not.toContain('.phone-only');
  });
});
