// The early stylesheet's hand-over between the two content scripts (early.ts at document_start, index.ts at
// document_idle): both run in the extension's isolated world of the page, which the page cannot read.
import { EARLY_ATTR, HIDDEN_ATTR } from '../core/dom/contract.ts';

export const EARLY_SHEET = Symbol.for('clearfolio.earlySheet');

/**
 * Takes the early judge's marks off the page; returns how many outermost marked blocks the pass did not hide
 * (released: shown again).
 */
export function dropEarlyMarks(doc: Document): number {
  const marked = Array.from(doc.querySelectorAll(`[${EARLY_ATTR}]`));
  const released = marked.filter((el) => !el.parentElement?.closest(`[${EARLY_ATTR}]`) && !el.closest(`[${HIDDEN_ATTR}]`)).length;
  for (const el of marked) el.removeAttribute(EARLY_ATTR);
  return released;
}

/** Takes the early stylesheet and the early judge's marks off the page (once the pass decided, or when Clearfolio steps aside); true if the sheet was there. */
export function dropEarlySheet(doc: Document): boolean {
  const g = globalThis as Record<symbol, CSSStyleSheet | undefined>;
  const sheet = g[EARLY_SHEET];
  dropEarlyMarks(doc);
  if (!sheet) return false;
  g[EARLY_SHEET] = undefined;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  return true;
}
