// The page as the reader view sees it: a copy of the document's markup, taken in the content script and
// parsed inertly by the reader page (an extension page), where Readability runs. Elements Clearfolio added
// are left out, blocks it hid too (unless the user is showing them), and ticker wrappers give back the
// page's own text. The live page is only cloned, never changed.
import { HIDDEN_ATTR, TICKER_TAG, UI_TAGS } from '../core/dom/contract.ts';
import { showingHidden } from '../core/dom/hide.ts';

export interface PageSnapshot {
  html: string;
  /** The page's address (document URI) and the base its relative links resolve against. */
  url: string;
  baseURI: string;
}

/** Elements Clearfolio added to the page, and the blocks it hid, are not part of the article. */
export function prepareClone(clone: Document, dropHidden: boolean): void {
  for (const el of Array.from(clone.querySelectorAll(UI_TAGS.join(',')))) el.remove();
  if (dropHidden) for (const el of Array.from(clone.querySelectorAll(`[${HIDDEN_ATTR}]`))) el.remove();
  for (const w of Array.from(clone.querySelectorAll(TICKER_TAG))) w.replaceWith(...Array.from(w.childNodes));
}

export function snapshotPage(doc: Document): PageSnapshot {
  const clone = doc.cloneNode(true) as Document;
  prepareClone(clone, !showingHidden(doc));
  return { html: clone.documentElement.outerHTML, url: doc.URL, baseURI: doc.baseURI };
}
