// Hiding is an attribute plus one stylesheet rule: nodes stay where they are, so showing them again (or
// switching Clearfolio off) restores the page exactly. The stylesheet is page.css, injected by the manifest:
// it also shows hidden blocks outlined and labelled with their kind while the reader asks to see them.
import type { ClutterBlock } from '../types.ts';
import { HIDDEN_ATTR, SHOW_HIDDEN_ATTR } from './contract.ts';

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

/** True while the hidden blocks are shown. */
export function showingHidden(doc: Document): boolean {
  return doc.documentElement.hasAttribute(SHOW_HIDDEN_ATTR);
}

/** Restores every hidden block and leaves no Clearfolio hiding attribute on the page. */
export function unhideAll(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) el.removeAttribute(HIDDEN_ATTR);
  doc.documentElement.removeAttribute(SHOW_HIDDEN_ATTR);
}
