// The page stylesheet (hidden blocks, ticker highlights). It normally comes in the early sheet (early.ts), in place
// before the page has elements, and its rules match nothing once the pass marked the page skipped: a page
// Clearfolio leaves alone cannot find it by styling an element with Clearfolio's attributes. When the early sheet
// is gone (the session stopped and a new one started) this adopts it, and takes it away when the session stops. A
// constructed sheet passes any style-src CSP and adds no element to the page.
import css from './page.css?inline';
import { shownLabelCss } from '../platform/kind-labels.ts';
import { EARLY_SHEET } from './early-sheet.ts';

export class PageStyle {
  private sheet: CSSStyleSheet | null = null;
  private labels: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * Puts the page stylesheet in place, unless the early sheet (early.ts, adopted before the page had elements)
   * already carries it: adopting a sheet restyles every element of the page. The kinds' labels in the reader's
   * language are then added only when the reader shows the hidden blocks (`showLabels`).
   */
  add(): void {
    if (this.sheet || this.earlySheetHolds()) return;
    // The kinds' labels come after page.css's plain fallback, and win over it.
    this.sheet = this.adopt(`${css}\n${shownLabelCss()}`);
  }

  /** The kinds' labels of shown blocks, in the reader's language (a user action: the one restyle is theirs). */
  showLabels(): void {
    if (this.sheet || this.labels) return;
    this.labels = this.adopt(shownLabelCss());
  }

  remove(): void {
    const mine = [this.sheet, this.labels].filter((s): s is CSSStyleSheet => s !== null);
    this.sheet = this.labels = null;
    if (mine.length) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => !mine.includes(s));
  }

  private earlySheetHolds(): boolean {
    const early = (globalThis as Record<symbol, CSSStyleSheet | undefined>)[EARLY_SHEET];
    return !!early && this.doc.adoptedStyleSheets.includes(early);
  }

  private adopt(text: string): CSSStyleSheet {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = win?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(text);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    return sheet;
  }
}
