// One walk over the page collects everything detection needs, and feeds the clutter finder's seed collector
// on the way, so a first pass over a page walks it once. Detection runs on every page the user opens; the
// few metadata elements come from selector queries, the text units from the walk. Text lengths are measured
// on demand and kept with the scan, so detection and the clutter finder read each element's text once.
import { TextLengths } from './text-length.ts';
import { CHECK_EVERY, runThrough, type Walk } from '../time-budget.ts';

export interface PageScan {
  /** p, pre, li and text-only div elements in document order: the units of article text. */
  textBlocks: Element[];
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
 * same walk. It is not fed a skipped element nor anything inside one.
 */
export interface ScanVisitor {
  /** Forget what was fed so far: the scan starts over. */
  reset(): void;
  /** Takes in one element; false when the walk must leave its subtree out. */
  enter(el: Element): boolean;
  text(node: Text): void;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** The first element or text node after `node`'s subtree in document order: where a skipped subtree ends. */
function following(node: Node): Node | null {
  for (let a: Node | null = node; a; a = a.parentNode) {
    for (let s = a.nextSibling; s; s = s.nextSibling) if (s.nodeType === 1 || s.nodeType === 3) return s;
  }
  return null;
}

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
  const scan: PageScan = { textBlocks: [], articles: [], h1s: [], ldJson: [], metas: [], microdata: [], lengths };
  if (!root) return scan;
  // What detection needs lives in elements the selector engine finds far faster than script can ask every
  // element of the page: a first pass has no per-element script work of its own, only the visitor's.
  scan.metas = Array.from(doc.querySelectorAll('meta'));
  scan.ldJson = Array.from(doc.querySelectorAll('script[type]')).filter((el) => el.getAttribute('type')!.trim().toLowerCase() === 'application/ld+json');
  scan.microdata = Array.from(doc.querySelectorAll('[itemprop], [itemtype]'));
  scan.textBlocks = textBlocks(doc);
  scan.articles = Array.from(doc.querySelectorAll('article'));
  scan.h1s = Array.from(doc.querySelectorAll('h1'));
  if (!visitor) return scan;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  // While inside an element the visitor skips: the node that ends it (null: the rest of the page).
  let skipping = false;
  let skipEnd: Node | null = null;
  let count = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (pausing && ++count % CHECK_EVERY === 0 && (yield) && (!n.isConnected || (skipping && skipEnd && !skipEnd.isConnected))) return null;
    if (skipping) {
      if (n !== skipEnd) continue;
      skipping = false;
    }
    if (n.nodeType === 3) visitor.text(n as Text);
    else if (!visitor.enter(n as Element)) {
      skipping = true;
      skipEnd = following(n);
    }
  }
  return scan;
}

const BLOCK_CHILDREN = new Set([
  'div', 'p', 'section', 'article', 'aside', 'ul', 'ol', 'dl', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'form', 'figure', 'header', 'footer', 'nav', 'main', 'iframe', 'video', 'script',
]);

const TEXT_DIV = `div:not(:has(> :is(${[...BLOCK_CHILDREN].join(', ')})))`;

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
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_CHILDREN.has(c.localName)) return false;
  return true;
}
