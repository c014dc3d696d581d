// Where the article's text lives, found cheaply on the live page (no Readability parse, no cloning):
// publisher markup first ([itemprop=articleBody], .entry-content and friends, a lone <article>), then the
// container that holds the most paragraph text. The region is what the cleaner protects, so it must hold the
// body paragraphs; the headline and standfirst are added as separate parts when they sit outside it.
import type { PageScan } from './scan.ts';
import { collapsedLength, type TextLengths } from './text-length.ts';
import { CONTAINER_CHILDREN } from '../dom/blocks.ts';

// Class names publishers and CMSs give the element holding the article's paragraphs.
const BODY_CLASSES = [
  'entry-content',
  'article-body',
  'article__body',
  'articleBody',
  'article-content',
  'article__content',
  'post-content',
  'post-body',
  'post__content',
  'story-body',
  'story-content',
  'storyBody',
  'article-text',
  'content-body',
  'body-content',
  'c-entry-content',
  'main-content-body',
  'td-post-content',
  'rich-text',
];
/** One of BODY_CLASSES as a whole class name, tested on the class attribute without splitting it. */
const BODY_CLASS = new RegExp(`(?:^|\\s)(?:${BODY_CLASSES.join('|')})(?:\\s|$)`);
const BODY_IDS = new Set(['article-body', 'articleBody', 'story-body']);
/** Page furniture, never the article region (not to be confused with the untouched tags of dom/untouched.ts). */
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'form']);
const SKIP_ROLES = new Set(['navigation', 'complementary', 'contentinfo']);
/** Inline wrappers a paragraph's container is never: scores go to the block around them. */
const INLINE = new Set(['a', 'span', 'font', 'b', 'i', 'em', 'strong', 'small', 'u', 'center']);
/** A text block shorter than this is a caption, a byline or a link, not article prose. */
const MIN_PARAGRAPH = 40;

/**
 * Elements marked as the article body that hold article text, in document order (never the root). Only
 * those can win (each use wants paragraph text inside), and the elements holding paragraphs, summed up
 * already, are far fewer than the elements of the page a selector query would test.
 */
function markedBodies(doc: Document, text: ArticleText): Element[] {
  const root = doc.documentElement;
  const marked = text.containers().filter((el) => el !== root && isMarkedBody(el));
  return marked.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

function isMarkedBody(el: Element): boolean {
  if (el.getAttribute('itemprop') === 'articleBody' || BODY_IDS.has(el.id)) return true;
  const marker = el.getAttribute('data-component') ?? el.getAttribute('data-testid');
  if (marker === 'article-body') return true;
  const cls = el.getAttribute('class');
  return !!cls && BODY_CLASS.test(cls);
}

const isSkip = (a: Element) => FURNITURE_TAGS.has(a.localName) || SKIP_ROLES.has(a.getAttribute('role') ?? '');

/** Whether an element sits inside nav, footer, aside... Memoised per ancestor: paragraphs share most of theirs. */
class SkipZones {
  private readonly under = new Map<Element, boolean>();

  /** True when `el` or one of its ancestors is a skip zone. */
  private within(el: Element | null): boolean {
    const path: Element[] = [];
    let found = false;
    for (let a = el; a; a = a.parentElement) {
      const known = this.under.get(a);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(a);
      if (isSkip(a)) {
        found = true;
        break;
      }
    }
    for (const a of path) this.under.set(a, found);
    return found;
  }

  /** True when an ancestor of `el` (not `el` itself) is a skip zone. */
  contains(el: Element): boolean {
    return this.within(el.parentElement);
  }
}

function linkShare(el: Element, total: number, lengths: TextLengths): number {
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += lengths.of(a);
  return links / (total || 1);
}

/** Article text of a page: each substantive text block with its length, measured once. */
export class ArticleText {
  /** Substantive p/pre/li blocks (li only when it is prose, not a list of links) and their text lengths. */
  readonly blocks: [Element, number][] = [];
  readonly lengths: TextLengths;

  constructor(scan: PageScan) {
    this.lengths = scan.lengths;
    for (const el of scan.textBlocks) {
      const len = this.lengths.atLeast(el, MIN_PARAGRAPH);
      if (len < MIN_PARAGRAPH) continue;
      if (el.localName === 'li' && (el.querySelector('p') || linkShare(el, len, this.lengths) > 0.6)) continue;
      this.blocks.push([el, len]);
    }
    for (const el of scan.lineDivs) {
      const len = this.ownLines(el);
      // Lines of links (a menu, a list of labels) are no prose, as for list items.
      if (len >= MIN_PARAGRAPH && this.ownLinks(el) <= len * 0.6) this.blocks.push([el, len]);
    }
  }

  /**
   * The text of a line div outside its block children: its own text nodes and inline elements. Block children
   * that are text blocks count on their own, and the sums of containers must not count them twice.
   */
  private ownLines(el: Element): number {
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += collapsedLength((c as Text).data);
      else if (c.nodeType === 1 && !CONTAINER_CHILDREN.has((c as Element).localName)) n += this.lengths.of(c);
    }
    return n;
  }

  /** Link text among a line div's own lines. */
  private ownLinks(el: Element): number {
    let n = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName === 'a') n += this.lengths.of(c);
      else if (!CONTAINER_CHILDREN.has(c.localName)) for (const a of Array.from(c.querySelectorAll('a'))) n += this.lengths.of(a);
    }
    return n;
  }

  /** Paragraph text under each element that holds any: filled on first use, one climb per paragraph. */
  private sums: Map<Element, number> | null = null;

  private sumsByContainer(): Map<Element, number> {
    if (!this.sums) {
      // Region finding asks this of many containers; summing up the ancestors once beats a pass over every
      // paragraph per question.
      const sums = new Map<Element, number>();
      for (const [p, len] of this.blocks) for (let a: Element | null = p; a; a = a.parentElement) sums.set(a, (sums.get(a) ?? 0) + len);
      this.sums = sums;
    }
    return this.sums;
  }

  /** Paragraph text inside `el`. */
  within(el: Element): number {
    return this.sumsByContainer().get(el) ?? 0;
  }

  /** The elements that hold paragraph text (the paragraphs and their ancestors), in no particular order. */
  containers(): Element[] {
    return [...this.sumsByContainer().keys()];
  }

  /** The container whose child paragraphs carry the most text (parents score fully, grandparents half). */
  densest(body: Element | null): Element | null {
    const scores = new Map<Element, number>();
    const skip = new SkipZones();
    for (const [p, len] of this.blocks) {
      if ((p.localName !== 'p' && p.localName !== 'div') || skip.contains(p)) continue;
      let parent = p.parentElement;
      while (parent && INLINE.has(parent.localName)) parent = parent.parentElement;
      if (!parent) continue;
      scores.set(parent, (scores.get(parent) ?? 0) + len);
      const grand = parent.parentElement;
      if (grand && grand !== body) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
    }
    let best: Element | null = null;
    let bestScore = 0;
    for (const [el, score] of scores) {
      if (score > bestScore) [best, bestScore] = [el, score];
    }
    return best;
  }

  /**
   * Widen a container while its parent adds much more article text and stays mostly prose: articles split
   * into several sibling blocks (text, embed, text) belong together.
   */
  widen(el: Element, body: Element | null): Element {
    let cur = el;
    let text = this.within(cur);
    for (let parent = cur.parentElement; parent && parent !== body; parent = parent.parentElement) {
      const more = this.within(parent);
      if (more < text * 1.3) {
        if (more === text) {
          cur = parent;
          continue;
        }
        break;
      }
      if (more < this.lengths.of(parent) * 0.5) break;
      cur = parent;
      text = more;
    }
    // Only climb through pure wrappers when that gained text; otherwise keep the tight container.
    return text > this.within(el) ? cur : el;
  }
}

export function findRegion(doc: Document, scan: PageScan, text: ArticleText): Element | null {
  const body = doc.body;
  const dense = text.densest(body);
  const densest = dense ? text.widen(dense, body) : null;
  const densestText = densest ? text.within(densest) : 0;
  // Publisher markup wins when it holds at least as much of the article as the densest container does.
  const holds = (el: Element) => {
    const n = text.within(el);
    return n >= 200 && n >= densestText * 0.6;
  };
  const marked = markedBodies(doc, text);
  const inner = marked.filter(holds).find((el, _i, all) => !all.some((o) => o !== el && el.contains(o)));
  if (inner) return inner;
  // A body split into several marked blocks: their common container, when together they hold the text.
  const outer = marked.filter((el) => text.within(el) > 0 && !marked.some((o) => o !== el && o.contains(el)));
  if (outer.length > 1) {
    const common = commonAncestor(outer);
    if (common && common !== body && holds(common)) return common;
  }
  const articles = scan.articles.filter(holds);
  const outermost = articles.filter((a) => !articles.some((o) => o !== a && o.contains(a)));
  if (outermost.length === 1) {
    const article = outermost[0]!;
    // Prefer the body container inside the <article> over the whole card with its header and footer.
    if (densest && article.contains(densest) && text.within(densest) >= text.within(article) * 0.8) return densest;
    return article;
  }
  return densest ?? scan.articles[0] ?? doc.querySelector('main') ?? null;
}

function commonAncestor(els: Element[]): Element | null {
  let common: Element | null = els[0] ?? null;
  while (common && !els.every((e) => common!.contains(e))) common = common.parentElement;
  return common;
}

const DEK =
  /(^|[\s_-])(dek|standfirst|subhead|sub-headline|subheadline|subtitle|summary|lede|lead|intro|strapline|deck|description|excerpt|teaser)([\s_-]|$)/i;
const FOLLOWING = 4;
const PRECEDING = 2;

/** Headline and standfirst outside the region, so the ticker scan sees them. */
export function findParts(scan: PageScan, region: Element): Element[] {
  const parts: Element[] = [region];
  const h1s = scan.h1s.filter((h) => scan.lengths.of(h) >= 10);
  if (h1s.some((h) => region.contains(h))) return parts;
  // The headline is the last h1 before the region (or the first after it, for odd templates).
  const before = h1s.filter((h) => h.compareDocumentPosition(region) & FOLLOWING);
  const headline = before[before.length - 1] ?? h1s.find((h) => !(h.compareDocumentPosition(region) & PRECEDING)) ?? null;
  if (!headline || headline.contains(region)) return parts;
  parts.push(headline);
  const dek = findDek(headline, region, scan.lengths);
  if (dek) parts.push(dek);
  const lead = leadBefore(region, scan.lengths);
  if (lead && lead !== dek) parts.push(lead);
  parts.push(...leadFigures(headline, region, dek));
  return parts;
}

/**
 * The lead image's caption between the headline and the body is article text too ("Vodafone (LSE:VOD)
 * shares rose..."): figures in that stretch, outside navigation and asides.
 */
function leadFigures(headline: Element, region: Element, dek: Element | null): Element[] {
  const scope = commonAncestor([headline, region]);
  if (!scope) return [];
  return Array.from(scope.querySelectorAll('figure')).filter(
    (f) =>
      headline.compareDocumentPosition(f) & FOLLOWING &&
      f.compareDocumentPosition(region) & FOLLOWING &&
      !f.contains(region) &&
      !(dek && (dek.contains(f) || f.contains(dek))) &&
      !f.closest('nav, aside, [role="complementary"], [role="navigation"]'),
  );
}

function findDek(headline: Element, region: Element, lengths: TextLengths): Element | null {
  // Look at the few elements after the headline: a standfirst is close to it and short.
  let el: Element | null = headline;
  for (let i = 0; i < 6 && el; i++) {
    el = next(el);
    if (!el || el === region || el.contains(region) || region.contains(el)) return null;
    const len = lengths.of(el);
    const marker = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (len >= 30 && len <= 600 && (DEK.test(marker) || (el.localName === 'p' && i === 0)) && !el.querySelector('form, input')) return el;
  }
  return null;
}

// A lead paragraph kept in its own block just before the body's container (press-release wires put the
// company's listing there: "<div class="r-head">... 東証一部 コード番号：3275</div><div class="r-text">"). Far
// from the headline (share bars, dates between), so findDek's short walk misses it; only a marked block of
// prose right before the region (or before the wrappers it opens) counts, not any preceding sibling (bylines, tag rows, share bars).
const LEAD_BEFORE = /(^|[\s_-])(head|lead|lede|intro|dek|standfirst|summary)([\s_-]|$)/i;

function leadBefore(region: Element, lengths: TextLengths): Element | null {
  // The region may be the first child of the body's wrappers (r-text > rich-text): the block before the
  // outermost of them, a few levels up at most.
  let from: Element = region;
  for (let i = 0; i < 3 && !from.previousElementSibling && from.parentElement; i++) from = from.parentElement;
  const el = from.previousElementSibling;
  if (!el) return null;
  const len = lengths.of(el);
  const marker = `${el.getAttribute('class') ?? ''} ${el.id}`;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent?.length ?? 0), 0);
  if (len < 30 || len > 600 || !LEAD_BEFORE.test(marker) || linked > len / 4) return null;
  if (el.querySelector('form, input, nav, h1') || el.closest('nav, aside, header, [role="navigation"]')) return null;
  return el;
}

/** The next element in document order that is not inside the current one. */
function next(el: Element): Element | null {
  let cur: Element | null = el;
  while (cur) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
    cur = cur.parentElement;
  }
  return null;
}
