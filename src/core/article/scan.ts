// One walk over the page collects everything detection needs, and feeds the clutter finder's seed collector
// on the way, so a first pass over a page walks it once. Detection runs on every page the user opens; the
// few metadata elements come from selector queries, the text units from the walk. Text lengths are measured
// on demand and kept with the scan, so detection and the clutter finder read each element's text once.
import { TextLengths } from './text-length.ts';
import { CHECK_EVERY, runThrough, type Walk } from '../time-budget.ts';
import { CONTAINER_CHILDREN } from '../dom/blocks.ts';

export interface PageScan {
  /** p, pre, li and text-only div elements in document order: the units of article text. */
  textBlocks: Element[];
  /**
   * Divs that write prose as lines between <br>s beside block children (a Blogger post body: an image div,
   * then the text): not text blocks, as they hold blocks, but their own lines are article text.
   */
  lineDivs: Element[];
  articles: Element[];
  h1s: Element[];
  ldJson: Element[];
  metas: Element[];
  /** Elements with itemprop or itemtype. */
  microdata: Element[];
  /** Collapsed text length of any element, memoised: valid while the page's text does not change. */
  lengths: TextLengths;
}

/**
 * Another job that wants every element and text node of the page (the clutter finder's seeds), done in the
 * same scan. It is not fed a skipped element nor anything inside one. Elements come in document order, then
 * the text nodes that pass `textHint`, in document order; `finish` is called once all were fed.
 */
export interface ScanVisitor {
  /** Forget what was fed so far: the scan starts over. */
  reset(): void;
  /**
   * Takes in one element; false when the walk must leave its subtree out (as `skips` says). `names`: its
   * attribute names when the caller read them already (null: it has none).
   */
  enter(el: Element, names?: readonly string[] | null): boolean;
  /** Whether nothing in this element is for the visitor; no side effects. */
  skips(el: Element): boolean;
  /**
   * Text nodes shorter than `textMin` or not matching `textHint` are not fed (tested in the scan's own loop:
   * most text of a page fails them).
   */
  readonly textMin: number;
  readonly textHint: RegExp;
  text(node: Text): void;
  finish(): void;
}

const SHOW_TEXT = 0x4;

export function scanPage(doc: Document, visitor?: ScanVisitor, lengths = new TextLengths()): PageScan {
  return runThrough(scanWalk(doc, visitor, lengths));
}

/**
 * `scanPage` as a walk that pauses at checkpoints (see time-budget.ts), for a first pass that gives the main
 * thread back on big pages. When the page moved the walker's node out of the document while it was paused,
 * the scan starts over and runs to the end without pausing: a scan of half a page would mislead detection.
 */
export function* scanWalk(doc: Document, visitor?: ScanVisitor, lengths = new TextLengths()): Walk<PageScan> {
  for (let attempt = 0; ; attempt++) {
    const scan = yield* scanOnce(doc, visitor, lengths, attempt === 0);
    if (scan) return scan;
    visitor?.reset();
  }
}

function* scanOnce(doc: Document, visitor: ScanVisitor | undefined, lengths: TextLengths, pausing: boolean): Walk<PageScan | null> {
  const root = doc.documentElement;
  const scan: PageScan = { textBlocks: [], lineDivs: [], articles: [], h1s: [], ldJson: [], metas: [], microdata: [], lengths };
  if (!root) return scan;
  if (!visitor) {
    // Detection alone: what it needs lives in elements the selector engine finds far faster than script can
    // ask every element of the page.
    scan.metas = Array.from(doc.querySelectorAll('meta'));
    scan.ldJson = Array.from(doc.querySelectorAll('script[type]')).filter(isLdJson);
    scan.microdata = Array.from(doc.querySelectorAll('[itemprop], [itemtype]'));
    scan.textBlocks = textBlocks(doc);
    scan.lineDivs = lineDivs(doc);
    scan.articles = Array.from(doc.querySelectorAll('article'));
    scan.h1s = Array.from(doc.querySelectorAll('h1'));
    return scan;
  }
  // With a visitor, the walk over every element that feeds it collects detection's elements too, a few at a
  // time between pauses: seven selector queries over a page of 100,000 elements (one of them with :has())
  // made one task of over 100 ms. Two passes that each touch only the nodes they need: the elements, by
  // their element links (text nodes, the bulk of a page, are never stepped on), then the text nodes, by a
  // TreeWalker that shows only text, with the visitor's hint tested in this loop. Script work per node is
  // what a first pass costs most.
  const take = new ScanLists(scan);
  let count = 0;
  // The root itself is not fed, as a walk of the page from it never was; its attributes count (microdata).
  take.element(root, root.localName, null, root.hasAttributes() ? root.getAttributeNames() : null);
  let el: Element | null = root.firstElementChild;
  let parent: Element = root;
  while (el) {
    if (pausing && ++count % CHECK_EVERY === 0 && (yield)) {
      if (!el.isConnected) return null;
      // The page ran: it may have moved the element.
      parent = el.parentElement ?? root;
    }
    const tag = el.localName;
    const names = el.hasAttributes() ? el.getAttributeNames() : null;
    take.element(el, tag, parent, names);
    let next: Element | null = null;
    if (visitor.enter(el, names)) {
      next = el.firstElementChild;
      if (next) parent = el;
    } else if (el.firstElementChild) {
      // Left out for the visitor, not for detection (a <head> holds the metadata, a <pre> may hold a <p>).
      take.subtree(el);
    }
    if (!next) {
      for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
        next = up.nextElementSibling;
        if (next) {
          parent = up.parentElement!;
          break;
        }
      }
    }
    el = next;
  }
  take.finish();
  const { textHint: hint, textMin: min } = visitor;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (pausing && ++count % CHECK_EVERY === 0 && (yield) && !n.isConnected) return null;
    const data = n.data;
    if (data.length < min || !hint.test(data)) continue;
    // Asked of the few hits only, and of the page as it is now: a pause may have let it add an editor.
    if (insideSkipped(n, root, visitor)) continue;
    visitor.text(n);
  }
  visitor.finish();
  return scan;
}

const isLdJson = (el: Element) => el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';

/** The tags of text blocks besides divs (which count only when none of their children is a block). */
const BLOCK_TEXT_TAGS = new Set(['p', 'pre', 'li']);

/**
 * The page scan's element lists, from elements met one at a time in document order (each with its parent):
 * the same lists the selector queries of a scan without visitor make, with :has() where the engine has it.
 */
class ScanLists {
  /** p, pre, li and every div, in document order; divs found to hold a block are dropped at the end. */
  readonly #blocks: Element[] = [];
  readonly #blockDivs = new Set<Element>();
  readonly #brDivs = new Set<Element>();

  constructor(private readonly scan: PageScan) {}

  element(el: Element, tag: string, parent: Element | null, names: readonly string[] | null): void {
    const scan = this.scan;
    if (names && (names.includes('itemprop') || names.includes('itemtype'))) scan.microdata.push(el);
    if (tag === 'div' || BLOCK_TEXT_TAGS.has(tag)) this.#blocks.push(el);
    else if (tag === 'meta') scan.metas.push(el);
    else if (tag === 'script') {
      if (names?.includes('type') && isLdJson(el)) scan.ldJson.push(el);
    } else if (tag === 'article') scan.articles.push(el);
    else if (tag === 'h1') scan.h1s.push(el);
    if (parent?.localName !== 'div') return;
    if (CONTAINER_CHILDREN.has(tag)) this.#blockDivs.add(parent);
    else if (tag === 'br') this.#brDivs.add(parent);
  }

  /** Every element under `top` (not `top`), for a subtree the walk does not enter. */
  subtree(top: Element): void {
    for (const el of top.querySelectorAll('*')) {
      this.element(el, el.localName, el.parentElement, el.hasAttributes() ? el.getAttributeNames() : null);
    }
  }

  finish(): void {
    const { scan } = this;
    const [blocks, blockDivs, brDivs] = [this.#blocks, this.#blockDivs, this.#brDivs];
    scan.textBlocks = blocks.filter((el) => !blockDivs.has(el));
    scan.lineDivs = brDivs.size ? blocks.filter((el) => brDivs.has(el) && blockDivs.has(el)) : [];
  }
}

/** Whether an element between `node` and the root (not the root: it is never fed) is one the visitor skips. */
function insideSkipped(node: Node, root: Element, visitor: ScanVisitor): boolean {
  for (let a = node.parentElement; a && a !== root; a = a.parentElement) if (visitor.skips(a)) return true;
  return false;
}

const BLOCK_CHILD = `:has(> :is(${[...CONTAINER_CHILDREN].join(', ')}))`;
const TEXT_DIV = `div:not(${BLOCK_CHILD})`;

/**
 * p, pre, li and text-only divs in document order. One selector query where the engine has `:has()` (both
 * browsers); elsewhere (jsdom in the CLI) script asks each div. The query also takes empty divs (engines
 * disagree on :empty for white space), which hold no text: no length, no article text.
 */
export function textBlocks(doc: Document, useHas = !!doc.defaultView?.CSS?.supports?.('selector(:has(> p))')): Element[] {
  if (useHas) return Array.from(doc.querySelectorAll(`p, pre, li, ${TEXT_DIV}`));
  return Array.from(doc.querySelectorAll('p, pre, li, div')).filter((el) => el.localName !== 'div' || isTextDiv(el));
}

/** A div whose children are all inline: text, links, emphasis, line breaks. */
export function isTextDiv(el: Element): boolean {
  if (!el.firstChild) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (CONTAINER_CHILDREN.has(c.localName)) return false;
  return true;
}

/**
 * Divs with a <br> child and a block child, in document order: prose written in lines beside blocks. One
 * selector query where the engine has `:has()`; elsewhere script asks each div.
 */
export function lineDivs(doc: Document, useHas = !!doc.defaultView?.CSS?.supports?.('selector(:has(> p))')): Element[] {
  if (useHas) return Array.from(doc.querySelectorAll(`div:has(> br)${BLOCK_CHILD}`));
  return Array.from(doc.querySelectorAll('div')).filter((el) => !isTextDiv(el) && [...el.children].some((c) => c.localName === 'br'));
}
