// The early stylesheet's hand-over between the two content scripts (early.ts at document_start, index.ts at
// document_idle): both run in the extension's isolated world of the page, which the page cannot read.
export const EARLY_SHEET = Symbol.for('clearfolio.earlySheet');

/** Takes the early stylesheet off the page (once the pass decided, or when Clearfolio steps aside); true if it was there. */
export function dropEarlySheet(doc: Document): boolean {
  const g = globalThis as Record<symbol, CSSStyleSheet | undefined>;
  const sheet = g[EARLY_SHEET];
  if (!sheet) return false;
  g[EARLY_SHEET] = undefined;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  return true;
}
