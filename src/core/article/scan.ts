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
  /** Takes in one element; false when the walk must leave its subtree out (as `skips` says). */
  enter(el: Element): boolean;
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
  // What detection needs lives in elements the selector engine finds far faster than script can ask every
  // element of the page: a first pass has no per-element script work of its own, only the visitor's.
  scan.metas = Array.from(doc.querySelectorAll('meta'));
  scan.ldJson = Array.from(doc.querySelectorAll('script[type]')).filter(
    (el) => el.getAttribute('type')!.trim().toLowerCase() === 'application/ld+json',
  );
  scan.microdata = Array.from(doc.querySelectorAll('[itemprop], [itemtype]'));
  scan.textBlocks = textBlocks(doc);
  scan.lineDivs = lineDivs(doc);
  scan.articles = Array.from(doc.querySelectorAll('article'));
  scan.h1s = Array.from(doc.querySelectorAll('h1'));
  if (!visitor) return scan;
  // Two passes that each touch only the nodes they need: the elements, by their element links (text nodes,
  // the bulk of a page, are never stepped on), then the text nodes, by a TreeWalker that shows only text,
  // with the visitor's hint tested in this loop. Script work per node is what a first pass costs most.
  let count = 0;
  // The root itself is not fed, as a walk of the page from it never was.
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (pausing && ++count % CHECK_EVERY === 0 && (yield) && !el.isConnected) return null;
    let next: Element | null = null;
    if (visitor.enter(el)) next = el.firstElementChild;
    if (!next) {
      for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
        next = up.nextElementSibling;
        if (next) break;
      }
    }
    el = next;
  }
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
