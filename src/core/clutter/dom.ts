// Small DOM helpers shared by the clutter finder: what an element's markup says, and its visible text.
import { collapse } from '../article/text-length.ts';
import { CLUTTER_BLOCKS } from '../dom/blocks.ts';
import { RULES } from './rules.ts';

/** The markup words of one element: id, class, aria-label and data-* attributes (short values only). */
export function markupString(el: Element): string {
  return el.hasAttributes() ? markupOf(el, el.getAttributeNames()) : '';
}

/** The opening characters of a long aria-label that count as markup. */
const LONG_LABEL_OPENING = 16;

/** `markupString` from the element's attribute names, for a caller that has read them already. */
export function markupOf(el: Element, names: readonly string[]): string {
  let s = '';
  for (const name of names) {
    if (name === 'id' || name === 'class') s += ` ${el.getAttribute(name)}`;
    else if (name.startsWith('data-') || name === 'aria-label') {
      const value = el.getAttribute(name) ?? '';
      // A long value is a title or a sentence; an aria-label may open with its item's type ("Advertorial - Kreditkarten:
      // Mehr von dem, was du liebst"), so its opening words count.
      if (value.length <= 60) s += ` ${name.slice(name.indexOf('-') + 1)}=${value}`;
      else if (name === 'aria-label') s += ` label=${value.slice(0, LONG_LABEL_OPENING)}`;
    }
  }
  return s;
}

/**
 * The element's words for wording rules: text nodes joined with spaces, because minified pages put no
 * whitespace between blocks ("Get our weekly digest</h4><label>E-mail") and textContent would glue them.
 */
export function wordsOf(el: Element): string {
  return joinedWords(el, null);
}

/** Text only screen readers hear ("<span class="u-visually-hidden">Artikeltyp:</span>Advertorial"). */
const SCREEN_READER_ONLY = '[class*="visually-hidden"], [class*="visuallyhidden"], [class*="sr-only"], .screen-reader-text, .a11y-hidden';

/** A short element's words as a reader sees them, for reading it as a label: a screen reader's prefix left out. */
export function labelWordsOf(el: Element): string {
  const hidden = el.querySelectorAll(SCREEN_READER_ONLY);
  return joinedWords(el, hidden.length ? Array.from(hidden) : null);
}

/** `wordsOf`, leaving out the text inside `leftOut` too. */
function joinedWords(el: Element, leftOut: readonly Element[] | null): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (parent.localName === 'script' || parent.localName === 'style' || parent.localName === 'noscript')) continue;
    if (leftOut && leftOut.some((h) => h.contains(n))) continue;
    parts.push((n as Text).data);
  }
  return collapse(parts.join(' '));
}

/** The nearest block-level ancestor-or-self (a sentence in <em> inside <p> belongs to the <p>). */
export function blockOf(el: Element): Element {
  let cur: Element = el;
  while (!CLUTTER_BLOCKS.has(cur.localName) && cur.parentElement) cur = cur.parentElement;
  return cur;
}

/** An e-mail field of a sign-up form (not of a comment or login form, which also ask for one). */
export function isEmailInput(input: Element): boolean {
  const form = input.closest('form');
  if (form && holdsDrawnField(form, 'textarea, input[type="password" i]')) return false;
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'email') return true;
  if (type !== 'text') return false;
  const words = `${input.getAttribute('name') ?? ''} ${input.id} ${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('autocomplete') ?? ''}`;
  return /e-?mail/i.test(words);
}

/** Bootstrap's display utility: `d-none` hides at every width unless a `d-md-block`-style class shows it again. */
const UTILITY_HIDDEN = `.d-none${['sm', 'md', 'lg', 'xl', 'xxl'].map((w) => `:not([class*="d-${w}-"])`).join('')}`;

/** Markup that hides an element and everything in it, as one selector list (one native `closest` per box). */
export const HIDDEN_MARKUP = [
  '[hidden]',
  UTILITY_HIDDEN,
  // Magnific Popup's closed dialogs (its stylesheet, not the page's, hides them).
  '.mfp-hide',
  'template',
  'dialog:not([open])',
  '[style*="display:none" i]',
  '[style*="display: none" i]',
  '[style*="visibility:hidden" i]',
  '[style*="visibility: hidden" i]',
].join(', ');

/** No markup of the element or its ancestors hides it (the page's stylesheets aside: see visibility.ts). */
export function isDrawn(el: Element): boolean {
  return !el.closest(HIDDEN_MARKUP);
}

/**
 * The box holds a field of this kind that the page draws: a hidden textarea (a spam trap, a field a script fills) does
 * not make a sign-up form a comment form.
 */
export function holdsDrawnField(box: Element, selector: string): boolean {
  return Array.from(box.querySelectorAll(selector)).some(isDrawn);
}

/** Inside the page's footer (not an article's own footer): copyright, terms and site links. */
export function inPageFooter(el: Element): boolean {
  const footer = el.closest(RULES.evidence.footer);
  return !!footer && !footer.closest('article');
}

/** Any heading element. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** An address that names e-mail or a newsletter: a "Sign up" link's page is the mailing list's, not a paid subscription's. */
export const MAIL_SIGN_UP_PAGE = /e-?mail|newsletter/i;

/** A link to a sign-up page, not a mail-to or share-by-mail link. */
export const SIGN_UP_PAGE =
  /^(?!mailto:)[^?#]*(newsletter|sign-?up|subscri|optin|opt-in|mailing-?list|mailchi\.mp|eepurl\.com|list-manage\.com)/i;

/** Inline elements a newsletter plug may stand in on its own inside a longer block (a bold or italic closing line). */
export const PLUG_NOTE_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'i', 'em', 'small']);
export const PLUG_NOTE_SELECTOR = [...PLUG_NOTE_TAGS].join(', ');
