// The early stylesheet is generated from the clutter rules and decides only what the page pass confirms: on
// the labelled fixtures every block it hides is one the pass hides too (no block is hidden early and then shown
// again), and no article text is ever hidden by it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARSERS, cases, collapse, readFixture } from '../article/test-support.ts';
import { runPipeline } from '../pipeline.ts';
import { HIDDEN_ATTR } from '../dom/contract.ts';
import { earlyCss, earlyRules, earlySelector, plainWords } from './early.ts';

const CSS_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../content/early.css');
const none = { resolve: async (qs: readonly unknown[]) => qs.map(() => null) };

function doc(html: string): Document {
  return PARSERS.jsdom!(`<!doctype html><html><body>${html}</body></html>`);
}

describe('early rules', () => {
  it('src/content/early.css is generated from the rules (run scripts/build-early-css.ts)', () => {
    expect(readFileSync(CSS_FILE, 'utf8')).toBe(earlyCss());
  });

  it('takes the plain words of a markup pattern and leaves out regular-expression parts', () => {
    expect(plainWords('newsletter|(^|[\\s_-])aff($|[\\s_-])|sign-up|ad-type=native')).toEqual(['newsletter', 'sign-up']);
  });

  it('needs evidence besides a class name', () => {
    const rules = Object.fromEntries(earlyRules().map((r) => [r.kind, r.selector]));
    const match = (html: string, kind: string) => doc(html).body.firstElementChild!.matches(rules[kind]!);
    expect(match('<div class="newsletter-box"><input type="email"></div>', 'newsletter')).toBe(true);
    expect(match('<div class="newsletter-box"><input type="text"></div>', 'newsletter')).toBe(false);
    expect(match('<div class="sponsor-rail"><a rel="sponsored nofollow" href="#">x</a></div>', 'sponsored')).toBe(true);
    expect(match('<div class="sponsor-rail"><a href="#">x</a></div>', 'sponsored')).toBe(false);
    expect(match('<div id="taboola-below" class="trc_related"><a rel="nofollow sponsored" href="#">x</a></div>', 'promoted-widget')).toBe(
      true,
    );
    // A vendor's widget of the site's own stories is a house list (evidence.ts): no paid link, no early hide.
    expect(match('<div id="taboola-below" class="trc_related"><a href="/2024/story">x</a></div>', 'promoted-widget')).toBe(false);
    expect(match('<div class="affiliate-disclosure">We earn a commission.</div>', 'affiliate-disclosure')).toBe(true);
    expect(match('<div class="affiliate-links">Shop</div>', 'affiliate-disclosure')).toBe(false);
  });

  it('never hides a box that holds an article, navigation or an editor', () => {
    const matches = (html: string) => doc(html).querySelectorAll(earlySelector()).length;
    expect(matches('<div class="subscriber-only"><h1>Title</h1><p>a</p><form><input type="email"></form></div>')).toBe(0);
    expect(matches('<div class="sponsored-post"><p>a</p><p>b</p><p>c</p><a rel="sponsored" href="#">x</a></div>')).toBe(0);
    expect(matches('<nav><div class="signup"><input type="email"></div></nav>')).toBe(0);
    expect(matches('<div contenteditable><div class="signup"><input type="email"></div></div>')).toBe(0);
    expect(matches('<div class="signup"><input type="email"></div>')).toBe(1);
  });

  it.each(cases.map((c) => [c.file, c] as const))('hides on %s only blocks the page pass hides too', async (_file, c) => {
    const page = PARSERS.jsdom!(readFixture(c.file));
    const early = [...page.querySelectorAll(earlySelector())];
    await runPipeline(page, { url: c.url, resolver: none, tickers: false });
    const released = early.filter((el) => !el.closest(`[${HIDDEN_ATTR}]`)).map((el) => collapse(el.textContent).slice(0, 80));
    expect(released).toEqual([]);
    for (const k of c.keep)
      expect(
        early.some((el) => collapse(el.textContent).includes(k)),
        k,
      ).toBe(false);
  });
});
