// One walk over the page collects everything detection needs. Detection runs on every page the user opens,
// so it reads the DOM once instead of running a dozen selector queries (each one a full-document pass, and
// slow in the DOM implementation `clearfolio analyze` uses). Text lengths are measured on demand and kept
// with the scan, so detection and the clutter finder read each element's text once between them.
import { TextLengths } from './text-length.ts';

export interface PageScan {
  /** p, pre, li and text-only div elements in document order: the units of article text. */
  textBlocks: Element[];
  articles: Element[];
  h1s: Element[];
  ldJson: Element[];
  metas: Element[];
  /** Elements with itemprop or itemtype. */
  microdata: Element[];
  /** Every element, in document order. */
  all: Element[];
  /** Collapsed text length of any element, memoised: valid while the page's text does not change. */
  lengths: TextLengths;
}

const SHOW_ELEMENT = 1;

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { textBlocks: [], articles: [], h1s: [], ldJson: [], metas: [], microdata: [], all: [], lengths: new TextLengths() };
  const walker = doc.createTreeWalker(doc.documentElement, SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    scan.all.push(el);
    switch (el.localName) {
      case 'p':
      case 'pre':
      case 'li':
        scan.textBlocks.push(el);
        break;
      case 'div':
        // Some editors write paragraphs as divs: a div holding only text and inline markup is one.
        if (isTextDiv(el)) scan.textBlocks.push(el);
        break;
      case 'article':
        scan.articles.push(el);
        break;
      case 'h1':
        scan.h1s.push(el);
        break;
      case 'meta':
        scan.metas.push(el);
        break;
      case 'script':
        if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') scan.ldJson.push(el);
        break;
    }
    if (el.hasAttribute('itemprop') || el.hasAttribute('itemtype')) scan.microdata.push(el);
  }
  return scan;
}

const BLOCK_CHILDREN = new Set([
  'div', 'p', 'section', 'article', 'aside', 'ul', 'ol', 'dl', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'form', 'figure', 'header', 'footer', 'nav', 'main', 'iframe', 'video', 'script',
]);

/** A div whose children are all inline: text, links, emphasis, line breaks. */
export function isTextDiv(el: Element): boolean {
  if (!el.firstChild) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_CHILDREN.has(c.localName)) return false;
  return true;
}
