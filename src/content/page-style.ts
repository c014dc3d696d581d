// The page stylesheet (hidden blocks, ticker highlights) is added only to pages Clearfolio works on, and
// taken away when a page turns out not to be an article or the session stops: a page Clearfolio leaves alone
// cannot find it by styling an element with Clearfolio's attributes. A constructed sheet passes any
// style-src CSP and adds no element to the page.
import css from './page.css?inline';
import { shownLabelCss } from '../platform/kind-labels.ts';

export class PageStyle {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  add(): void {
    if (this.sheet) return;
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = win?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    // The kinds' labels in the reader's language come after page.css's plain fallback, and win over it.
    sheet.replaceSync(`${css}\n${shownLabelCss()}`);
    this.sheet = sheet;
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
  }

  remove(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    this.sheet = null;
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
