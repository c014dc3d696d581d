// The shapes of boxes the finder asks about: a heading over a link list or an icon row, a sponsor pill, a sign-up
// form, a menu beside a box. Pure questions about an element's subtree; the finder (finder.ts) weighs the answers.
import type { TextLengths } from '../article/text-length.ts';
import { collapse } from '../article/text-length.ts';
import { NEWSLETTER, RULES } from './rules.ts';
import { HEADINGS, holdsDrawnField, isEmailInput, labelWordsOf, markupString, wordsOf } from './dom.ts';

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A sponsor's credit line (label and sponsor's name) is at most this long. */
export const CREDIT_MAX_CHARS = 60;

/** A tile's headline link is at least this long (at most TILE_MAX_CHARS, label included). */
export const TILE_HEADLINE_CHARS = 20;

/** A social network's page: a plug's "and follow us on Facebook, Instagram" links are part of the plug. */
export const SOCIAL_PAGE =
  /^(https?:)?\/\/([\w-]+\.)*(facebook|twitter|x|instagram|pinterest|youtube|tiktok|linkedin|threads|bsky|flipboard|whatsapp|reddit|newsbreak|news\.google)\.(com|net|app)\//i;

/** Links to social networks: a plug's "stay in touch on Facebook, Instagram" does not make it a link list. */
export function socialLinks(box: Element): number {
  return Array.from(box.getElementsByTagName('a')).filter((a) => SOCIAL_PAGE.test(a.getAttribute('href') ?? '')).length;
}

/** The link's words are a whole newsletter pitch ("Sign up for our free newsletter", "Recibe el boletín de Internacional"). */
export function saysWholePitch(link: Element): boolean {
  const words = wordsOf(link);
  return NEWSLETTER.pitch.test(words) && NEWSLETTER.strong.test(words);
}

/**
 * A form label whose field is not in the page yet (`for` names no element): the entry field a script builds, as
 * much a sign-up field as the input itself.
 */
export function isLabelOfMissingField(label: Element): boolean {
  const id = label.getAttribute('for');
  return !!id && !label.ownerDocument.getElementById(id);
}

/** Links without text (icons) that make a row of share or follow buttons. */
const ICON_ROW = 2;

/** `parent` adds to `box` a heading that says nothing of newsletters and a row of icon links (share, follow). */
export function headsIconRow(parent: Element, box: Element): boolean {
  let icons = 0;
  for (const a of Array.from(parent.querySelectorAll('a[href]')))
    if (!box.contains(a) && !collapse(a.textContent ?? '') && ++icons >= ICON_ROW) break;
  if (icons < ICON_ROW) return false;
  return Array.from(parent.querySelectorAll(HEADINGS)).some((h) => {
    if (box.contains(h)) return false;
    const words = wordsOf(h);
    return !!words && !NEWSLETTER.strong.test(words) && !NEWSLETTER.weak.test(words);
  });
}

/** A link list under a sponsor heading: this many linked items, making up this share of what the list adds. */
export const LINK_LIST_ITEMS = 3;

/** Or this many, when every one leaves the site. */
export const OUTBOUND_PAIR = 2;
export const LINK_LIST_SHARE = 0.6;

/**
 * `box` is a heading that carries a label and opens `parent`, and what `parent` adds is a list of links ("Health
 * Solutions From Our Sponsors" over sponsored articles, whatever site they live on): the list is the label's box.
 * Headings of a lower rank inside it are parts of the box ("More from ..." under it); one of the same or a higher
 * rank starts a box of its own (footer columns side by side), and so does a heading that names nothing paid.
 */
export function headsLinkList(parent: Element, box: Element, extra: number, len: TextLengths, external: (a: Element) => boolean): boolean {
  // The label itself heads the list when it is no heading ("<span>Anzeige</span>" over a list of advertisers' links):
  // then any heading of the parent's own starts another box.
  const heading = HEADING_TAGS.has(box.localName) ? box : (box.querySelector(HEADINGS) ?? box);
  if (heading !== box && len.of(heading) !== len.of(box)) return false;
  const rank = HEADING_TAGS.has(heading.localName) ? Number(heading.localName[1]) : 6;
  // An item's linked title (a heading that is all link) is part of the list; a heading of its own starts another box.
  for (const h of Array.from(parent.querySelectorAll(HEADINGS)))
    if (!box.contains(h) && h !== box && Number(h.localName[1]) <= rank && !isLinkedTitle(h, len)) return false;
  if (!wordsOf(parent).startsWith(wordsOf(box))) return false;
  let items = 0;
  let out = 0;
  let chars = 0;
  for (const a of Array.from(parent.getElementsByTagName('a'))) {
    if (box.contains(a)) continue;
    const n = len.of(a);
    if (n === 0) continue;
    items++;
    if (external(a)) out++;
    chars += n;
  }
  // Two offers are a list too when both leave the site ("From Our Partners" over two advertisers' cards).
  return (items >= LINK_LIST_ITEMS || (items >= OUTBOUND_PAIR && out === items)) && chars >= LINK_LIST_SHARE * extra;
}

/** A pill is a tag ("Sponsored", "Partner"), not a credit line ("Sponsored by Example Bank"). */
const PILL_MAX_CHARS = 20;

/** The inline elements a pill is drawn with. */
const PILL_TAGS = new Set(['span', 'em', 'strong', 'b', 'small', 'mark', 'i']);

/**
 * The paragraph's sponsor pill: its first or last child element, a short label whose markup and words say sponsored
 * ("<span class="pill-sponsored">Sponsored</span>"), at the start or end of its words. Null when it has none.
 */
export function sponsorPill(p: Element, len: TextLengths): Element | null {
  for (const pill of [p.firstElementChild, p.lastElementChild]) {
    if (!pill || !PILL_TAGS.has(pill.localName) || len.of(pill) === 0 || len.of(pill) > PILL_MAX_CHARS) continue;
    if (!RULES.kinds.sponsored.markup.test(markupString(pill))) continue;
    const words = labelWordsOf(pill);
    const text = wordsOf(p);
    if (RULES.kinds.sponsored.label!.test(words) && (text.startsWith(words) || text.endsWith(words))) return pill;
  }
  return null;
}

/**
 * A heading whose words are one link's, or open with it and add only the item's source ("<a>Dolphin Gets Ready For
 * Waves Of Publicity</a><span>HuffPost Weird News</span>"): an item's title in a list, not a box's own heading.
 */
export function isLinkedTitle(h: Element, len: TextLengths): boolean {
  const link = h.querySelector('a') ?? h.closest('a');
  if (!link) return false;
  const n = len.of(link);
  const rest = len.of(h) - n;
  return rest <= 2 || (h.contains(link) && rest <= CREDIT_MAX_CHARS && n >= TILE_HEADLINE_CHARS && wordsOf(h).startsWith(wordsOf(link)));
}

/**
 * A small box around an e-mail sign-up field (or the label of one a script builds) that speaks of newsletters or subscribing: its pitch paragraph
 * ("Sign up for our newsletter and never miss...") is the form's, not the article's, whatever its markup says.
 * A comment or login form (textarea, password) is never one.
 */
export function isSignUpForm(box: Element): boolean {
  const inputs = box.getElementsByTagName('input');
  if (holdsDrawnField(box, 'textarea, input[type="password" i]')) return false;
  // The field itself, or the label of one a script builds (its pitch sits in the label).
  if (!Array.from(inputs).some(isEmailInput) && !Array.from(box.querySelectorAll('label[for]')).some(isLabelOfMissingField)) return false;
  const words = wordsOf(box);
  return NEWSLETTER.strong.test(words) || NEWSLETTER.weak.test(words);
}

/** Items of a link list that make `parent` a menu around a box, however short their words ("Business Markets Tech"). */
export const MENU_ITEMS = 3;

/**
 * The box holds a list of at least MENU_ITEMS items that each link somewhere other than a social network (a footer
 * column's "About Us / Pitch a Story / Quiz"). Social links are a follow box's, and items without links are a form's
 * choices ("Breakfast Brief / Daily Debrief").
 */
export function holdsLinkList(box: Element): boolean {
  for (const list of Array.from(box.querySelectorAll('ul, ol'))) {
    let items = 0;
    for (const li of Array.from(list.children)) {
      const a = li.querySelector('a[href]');
      if (a && collapse(a.textContent ?? '') && !SOCIAL_PAGE.test(a.getAttribute('href') ?? '') && ++items >= MENU_ITEMS) return true;
    }
  }
  return false;
}

/** The box holds a navigation element with a menu's worth of text links (a pager's "1 2" is not one). */
export function holdsMenu(box: Element, len: TextLengths): boolean {
  return Array.from(box.querySelectorAll(RULES.evidence.navigation)).some(
    (nav) => Array.from(nav.getElementsByTagName('a')).filter((a) => len.of(a) > 0).length >= MENU_ITEMS,
  );
}

/** `parent` adds a menu's worth of list-item links beside `box`: a footer column or a link row is never the box's. */
export function addsMenu(parent: Element, box: Element): boolean {
  let items = 0;
  for (const li of Array.from(parent.getElementsByTagName('li')))
    if (!box.contains(li) && !li.contains(box) && li.querySelector('a') && ++items >= MENU_ITEMS) return true;
  return false;
}

/** Headings of `parent` outside `box`. */
export function headingsBeside(parent: Element, box: Element): number {
  // A kicker straight over its title ("FREE EMAIL SERIES!" over "25 recipes to FALL for this season") heads one box.
  return Array.from(parent.querySelectorAll(HEADINGS)).filter((h) => h !== box && !box.contains(h) && !previousDrawn(h)?.matches(HEADINGS))
    .length;
}

/** The text of the style blocks straight inside `parent`. */
export function styleBeside(parent: Element, len: TextLengths): number {
  let n = 0;
  for (const c of Array.from(parent.children)) if (c.localName === 'style') n += len.of(c);
  return n;
}

/** The element before `el` that is drawn (style and script blocks skipped). */
function previousDrawn(el: Element): Element | null {
  let prev = el.previousElementSibling;
  while (prev && (prev.localName === 'style' || prev.localName === 'script')) prev = prev.previousElementSibling;
  return prev;
}

/**
 * A parent with a heading outside the box is a rail of several boxes: an empty label must not take it over. One
 * heading that is all link, or one inside the link that holds the label too, is a tile's own headline ("Sponsored"
 * over a linked title), not another box.
 */
export function holdsOtherHeading(parent: Element, box: Element): boolean {
  const others = Array.from(parent.querySelectorAll(HEADINGS)).filter((h) => h !== box && !box.contains(h));
  if (others.length !== 1) return others.length > 0;
  const h = others[0]!;
  // A heading inside the link that also holds the label: a whole-tile link's headline (brand-post tiles); or the
  // heading is all of its link's text (a tile's linked title under its label).
  const around = h.closest('a');
  // A heading that opens the link around it is a tile's headline over its teaser ("<a><h4>30% off laptops</h4><p>This
  // week only</p></a>"), not a heading of the page's.
  if (around && (around.contains(box) || collapse(around.textContent ?? '').startsWith(collapse(h.textContent ?? '')))) return false;
  const link = h.querySelector('a');
  return !link || collapse(link.textContent ?? '').length < collapse(h.textContent ?? '').length - 2;
}
