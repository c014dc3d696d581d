// "Hide this too": blocks the reader picked to hide on a site, kept as CSS selectors in the site's `hide` list
// (core/site-local.ts) and hidden again on later visits and in late content, with the contract's attribute
// (data-clearfolio-hidden="user") like any other hidden block. Pure DOM logic, no browser APIs: the content
// script picks and stores, this module says what a pick may be, which selector remembers it, and what a stored
// list hides on a page.
//
// A stored selector is only a hint about the page: the site may have changed so that it now names the article
// or the whole page. What it matches is checked against the same refusals as a fresh pick, every time.
import { MAX_SELECTOR_LENGTH } from '../site-local.ts';
import { HIDDEN_ATTR, TAG_PREFIX, USER_HIDDEN_KIND } from './contract.ts';

/** Why a block may not be hidden: the page itself, the article (or a box around it), a field the reader types in, Clearfolio's own UI. */
export type Refusal = 'page' | 'article' | 'editable' | 'ui';

const FIELDS = 'input, textarea, select, option, button';
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/**
 * Null when `el` may be hidden; else why not. `protect` holds the article's elements (its region and parts):
 * none of them nor any ancestor of one may go, or the reader would hide what they came to read.
 */
export function refusal(el: Element, protect: readonly Element[]): Refusal | null {
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body || el === doc.head || el.localName === 'body' || el.localName === 'html') return 'page';
  // A ticker wrapper or a UI host is Clearfolio's, not the page's (the picker takes a wrapper's parent instead).
  if (el.localName.startsWith(TAG_PREFIX)) return 'ui';
  if (protect.some((p) => p === el || el.contains(p))) return 'article';
  if (el.matches(FIELDS) || el.closest(EDITABLE)) return 'editable';
  return null;
}

/** The block one step wider than `el` (its parent), or `el` itself when the parent is the page. */
export function widen(el: Element): Element {
  const parent = el.parentElement;
  const doc = el.ownerDocument;
  return !parent || parent === doc.body || parent === doc.documentElement ? el : parent;
}

// Names a page's build tools generate (css-modules hashes, ids with long numbers) change between visits.
const STABLE_NAME = /^[A-Za-z_][\w-]*$/;
const GENERATED = /\d{3,}|[a-f0-9]{6,}|__|^(?:css|sc|jsx|emotion)-/i;
const MAX_CLASSES = 3;

function stableName(name: string): boolean {
  return STABLE_NAME.test(name) && !GENERATED.test(name) && !name.startsWith(TAG_PREFIX);
}

/** `sel` finds exactly `el` in its document (a selector the page does not parse finds nothing). */
function findsOnly(el: Element, sel: string): boolean {
  try {
    const all = el.ownerDocument.querySelectorAll(sel);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

/** A short selector of `el` alone from its own names: a stable unique id, else its stable classes. */
function ownSelector(el: Element): string | null {
  if (el.id && stableName(el.id) && findsOnly(el, `#${el.id}`)) return `#${el.id}`;
  const classes = Array.from(el.classList).filter(stableName).slice(0, MAX_CLASSES);
  if (classes.length) {
    const sel = `${el.localName}.${classes.join('.')}`;
    if (findsOnly(el, sel)) return sel;
  }
  return null;
}

function step(el: Element): string {
  const parent = el.parentElement;
  if (!parent) return el.localName;
  let index = 0;
  let same = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== el.localName) continue;
    same++;
    if (c === el) index = same;
  }
  return same > 1 ? `${el.localName}:nth-of-type(${index})` : el.localName;
}

const MAX_ANCHOR_STEPS = 6;

/**
 * The selector that remembers a picked block: its own stable id or classes when they find it alone (they are
 * what survives a change elsewhere in the page), else a short path from the nearest ancestor that has such a
 * name, else the full path from <html>. Null when none fits the store's length bound.
 */
export function userSelector(el: Element): string | null {
  const fits = (sel: string | null): sel is string => !!sel && sel.length <= MAX_SELECTOR_LENGTH && findsOnly(el, sel);
  const own = ownSelector(el);
  if (fits(own)) return own;
  const steps: string[] = [step(el)];
  for (let cur = el.parentElement, n = 0; cur && cur !== el.ownerDocument.body && n < MAX_ANCHOR_STEPS; cur = cur.parentElement, n++) {
    const anchor = ownSelector(cur);
    if (anchor) {
      const sel = `${anchor} > ${steps.join(' > ')}`;
      if (fits(sel)) return sel;
      break;
    }
    steps.unshift(step(cur));
  }
  // The full path by position (ids skipped: one unstable enough to be passed over above would break it).
  const parts: string[] = [];
  for (let cur: Element | null = el; cur && cur !== el.ownerDocument.documentElement; cur = cur.parentElement) parts.unshift(step(cur));
  const path = ['html', ...parts].join(' > ');
  return fits(path) ? path : null;
}

/** A block a stored selector hides, with the selector (to take the rule back with "Undo"). */
export interface UserBlock {
  element: Element;
  selector: string;
}

/**
 * The blocks the site's `hide` list finds in `roots` (and their subtrees; the whole document when `roots` is
 * the document), without those a fresh pick would be refused. A selector the page's engine does not parse is skipped.
 */
export function findUserBlocks(
  roots: Document | readonly Element[],
  selectors: readonly string[],
  protect: readonly Element[],
): UserBlock[] {
  const out: UserBlock[] = [];
  if (!selectors.length) return out;
  const seen = new Set<Element>();
  const take = (element: Element, selector: string) => {
    if (seen.has(element) || refusal(element, protect)) return;
    seen.add(element);
    out.push({ element, selector });
  };
  const scopes: readonly (Document | Element)[] = isDocument(roots) ? [roots] : roots;
  for (const selector of selectors) {
    for (const scope of scopes) {
      try {
        if (scope.nodeType === 1 && (scope as Element).matches(selector)) take(scope as Element, selector);
        for (const el of Array.from(scope.querySelectorAll(selector))) take(el, selector);
      } catch {
        // not a selector this page's engine parses: it hides nothing
      }
    }
  }
  return out;
}

function isDocument(v: Document | readonly Element[]): v is Document {
  return !Array.isArray(v);
}

/** Marks each block hidden by the reader; a block already hidden keeps its first kind (as hideBlocks does). */
export function hideUserBlocks(blocks: readonly UserBlock[]): UserBlock[] {
  const done: UserBlock[] = [];
  for (const b of blocks) {
    if (b.element.hasAttribute(HIDDEN_ATTR)) continue;
    b.element.setAttribute(HIDDEN_ATTR, USER_HIDDEN_KIND);
    done.push(b);
  }
  return done;
}
