// Hiding is an attribute plus one stylesheet rule: nodes stay where they are, so showing them again (or
// switching Clearfolio off) restores the page exactly. The same stylesheet shows hidden blocks outlined and
// labelled with their kind while the reader asks to see what was hidden.
import type { ClutterBlock } from '../core/types.ts';

export const HIDDEN_ATTR = 'data-clearfolio-hidden';
export const SHOW_HIDDEN_ATTR = 'data-clearfolio-show-hidden';

/** The rules the extension injects with the content script (the attribute is doubled to win specificity). */
export const HIDE_STYLESHEET = `html:not([${SHOW_HIDDEN_ATTR}]) [${HIDDEN_ATTR}][${HIDDEN_ATTR}] {
  display: none !important;
}
html[${SHOW_HIDDEN_ATTR}] [${HIDDEN_ATTR}] {
  outline: 2px dashed #b45309 !important;
  outline-offset: 2px !important;
}
html[${SHOW_HIDDEN_ATTR}] [${HIDDEN_ATTR}]::before {
  content: "Clearfolio hid this: " attr(${HIDDEN_ATTR});
  display: block !important;
  font: 600 12px/1.4 system-ui, sans-serif !important;
  color: #fff !important;
  background: #92400e !important;
  padding: 2px 6px !important;
  margin-bottom: 4px !important;
  width: max-content;
  max-width: 100%;
}
`;

/** Marks each block hidden with its kind. Never removes a node; a block already marked keeps its first kind. */
export function hideBlocks(blocks: readonly ClutterBlock[]): void {
  for (const { element, kind } of blocks) {
    if (!element.hasAttribute(HIDDEN_ATTR)) element.setAttribute(HIDDEN_ATTR, kind);
  }
}

/** Shows (outlined and labelled) or hides again every hidden block, with one attribute on <html>. */
export function showHidden(doc: Document, show: boolean): void {
  if (show) doc.documentElement.setAttribute(SHOW_HIDDEN_ATTR, '');
  else doc.documentElement.removeAttribute(SHOW_HIDDEN_ATTR);
}

/** Restores every hidden block and leaves no Clearfolio hiding attribute on the page. */
export function unhideAll(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) el.removeAttribute(HIDDEN_ATTR);
  doc.documentElement.removeAttribute(SHOW_HIDDEN_ATTR);
}
