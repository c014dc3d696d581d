// Which blocks the page itself already hides: closed pop-up templates, success messages waiting for a submit,
// mobile copies kept out of view. Hiding or counting them again would report clutter no reader sees, so the
// finder leaves them out and judges the visible box next to them. There is no layout in the CLI, so this reads
// what the markup says: the hidden attribute, inline display:none / visibility:hidden, closed <dialog>s,
// <template>, and the page's own top-level stylesheet rules that set display:none. aria-hidden is not among
// them: it hides a box from screen readers only, and pages draw recommendation slots marked so (BBC's).
import { HIDDEN_MARKUP } from './dom.ts';

/** Stylesheet selectors read at most, so that a huge inline stylesheet costs little. */
const MAX_RULES = 300;
const DISPLAY_NONE = /(?:^|;|\s)display\s*:\s*none\b/i;

/**
 * Selectors of the page's top-level style rules (not inside @media or other at-rules, which may apply to
 * another screen) that set display:none, each checked to parse; unparsable ones (SCSS left in a page,
 * selectors the DOM does not know) are dropped.
 */
export function stylesheetHiddenSelectors(doc: Document): string[] {
  const out: string[] = [];
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = style.textContent ?? '';
    if (!/display\s*:\s*none/i.test(css)) continue;
    let depth = 0;
    let start = 0;
    let inAt = 0;
    for (let i = 0; i < css.length && out.length < MAX_RULES; i++) {
      const c = css[i];
      if (c === '{') {
        const head = css
          .slice(start, i)
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .trim();
        if (depth === 0 && head.startsWith('@')) inAt = 1;
        depth++;
        if (depth === 1 && !inAt) {
          const end = css.indexOf('}', i);
          if (end < 0) break;
          const body = css.slice(i + 1, end);
          if (DISPLAY_NONE.test(body) && !body.includes('{')) {
            for (const sel of head.split(',')) {
              const s = sel.trim();
              // Interaction and structural states (:hover, :not(.open), ::before) say nothing about the box at rest.
              if (s && !s.includes(':') && valid(doc, s)) out.push(s);
            }
          }
        }
        start = i + 1;
      } else if (c === '}') {
        depth = Math.max(0, depth - 1);
        if (depth === 0) inAt = 0;
        start = i + 1;
      } else if (c === ';' && depth === 0) start = i + 1;
    }
  }
  return out;
}

/** A media query for wide screens only: `min-width` without an upper bound, not for print. */
const WIDE_SCREEN_QUERY = /^@media\b(?![^{]*\b(max-width|print)\b)[^{]*\bmin-width\b/i;
const DISPLAY_SHOWN = /(?:^|;|\s)display\s*:\s*(?!none\b)[a-z-]+/i;

/**
 * Selectors that `@media (min-width: ...)` rules set to a display other than none: mobile-first pages hide a side
 * rail at top level and show it on wide screens, where readers of a desktop extension see it. Read with the same
 * bound as the hidden selectors.
 */
export function stylesheetShownSelectors(doc: Document): string[] {
  const out: string[] = [];
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    if (!/min-width/i.test(css)) continue;
    const media = /@media[^{]*\{/gi;
    for (let m = media.exec(css); m && out.length < MAX_RULES; m = media.exec(css)) {
      if (!WIDE_SCREEN_QUERY.test(m[0])) continue;
      // The rules inside: `selector { declarations }` until the block's closing brace.
      let i = media.lastIndex;
      while (i < css.length && out.length < MAX_RULES) {
        const open = css.indexOf('{', i);
        const close = css.indexOf('}', i);
        if (close < 0 || open < 0 || close < open) break;
        const end = css.indexOf('}', open);
        const head = css.slice(i, open).trim();
        if (head.startsWith('@') || end < 0) break;
        if (DISPLAY_SHOWN.test(css.slice(open + 1, end)))
          for (const sel of head.split(',')) {
            const s = sel.trim();
            if (s && !s.includes(':') && valid(doc, s)) out.push(s);
          }
        i = end + 1;
      }
      media.lastIndex = i;
    }
  }
  return out;
}

function valid(doc: Document, selector: string): boolean {
  try {
    doc.documentElement.matches(selector);
    return true;
  } catch {
    return false;
  }
}

/** Answers "does the page hide this element" for one page, with the stylesheet read once. */
export class PageVisibility {
  readonly #selector: string;
  /** What wide-screen media rules show again: a box a top-level rule hides on phones only is drawn. */
  readonly #shown: string;

  /**
   * `article`: the article region and headline. A stylesheet rule that hides them is one the page's scripts
   * undo (anti-flicker and ad-block tricks hide the whole layout until a script runs): such rules are dropped.
   */
  constructor(doc: Document, article: readonly Element[] = []) {
    // An element's own inline display declaration beats a stylesheet rule (a tab panel saved with
    // style="display: block" is drawn); an !important rule would win, and is rare enough to ignore.
    const rules = stylesheetHiddenSelectors(doc)
      .filter((s) => !article.some((a) => a.closest(s)))
      .map((s) => `${s}:not([style*="display" i])`);
    this.#selector = rules.length ? `${HIDDEN_MARKUP}, ${rules.join(', ')}` : HIDDEN_MARKUP;
    this.#shown = rules.length ? stylesheetShownSelectors(doc).join(', ') : '';
  }

  hides(el: Element): boolean {
    try {
      for (let at = el.closest(this.#selector); at; at = at.parentElement?.closest(this.#selector) ?? null) {
        if (this.#shown && !at.matches(HIDDEN_MARKUP) && at.matches(this.#shown)) continue;
        return true;
      }
      return false;
    } catch {
      return el.closest(HIDDEN_MARKUP) !== null;
    }
  }
}
