// The page-side DOM contract (README, "What it does to a page"): every attribute and element name Clearfolio
// puts on a page. Tests, the e2e suite and outside tools rely on these names: change one only as a breaking change.
// page.css spells them literally (a stylesheet cannot import); contract.test.ts checks it uses these.

/** On <html>: "article" once an article page was processed, "skipped" otherwise. */
export const ROOT_ATTR = 'data-clearfolio';
export type RootState = 'article' | 'skipped';

/** On each hidden block, its clutter kind; the stylesheet hides it. */
export const HIDDEN_ATTR = 'data-clearfolio-hidden';
/** The HIDDEN_ATTR value of a block the reader picked to hide ("Hide this too"), not one the rules found. */
export const USER_HIDDEN_KIND = 'user';
/**
 * On a block the early judge (#16) found while the page was parsed, its clutter kind: the early stylesheet hides
 * it until the page pass confirms it (HIDDEN_ATTR) or releases it; either way the mark goes then.
 */
export const EARLY_ATTR = 'data-clearfolio-early';
/** On <html> while the reader asks to see the hidden blocks (outlined and labelled). */
export const SHOW_HIDDEN_ATTR = 'data-clearfolio-show-hidden';

/** Wraps exactly one highlighted mention's text. */
export const TICKER_TAG = 'clearfolio-ticker';
/** On each wrapper: "EXCHANGE:SYMBOL", or ":SYMBOL" when no exchange is known. */
export const TICKER_ATTR = 'data-clearfolio-ticker';
/** "false" on a wrapper whose mention no dataset row confirms. */
export const VERIFIED_ATTR = 'data-clearfolio-verified';
/** Which sides of a wrapper were split from the page's text node ("b" before, "a" after), so unwrapping re-joins only those. */
export const SPLIT_ATTR = 'data-clearfolio-split';

/**
 * Wraps the sentences of a disclosure that closes a longer line of the page's (a byline), so that they alone can be
 * hidden; unwrapped like a ticker's wrapper (SPLIT_ATTR says which side split a text node).
 */
export const RUN_TAG = 'clearfolio-run';

/** Every element Clearfolio adds to a page is a custom element named with this prefix. */
export const TAG_PREFIX = 'clearfolio-';

/** Hosts of the extension's own UI on the page, each a closed shadow root. */
export const CARD_TAG = 'clearfolio-card';
export const READER_TAG = 'clearfolio-reader';
export const INDICATOR_TAG = 'clearfolio-indicator';
/** The element picker's outline and hint ("Hide this too", "This wasn't clutter"), while the reader picks. */
export const PICKER_TAG = 'clearfolio-picker';
export const UI_TAGS = [CARD_TAG, READER_TAG, INDICATOR_TAG, PICKER_TAG] as const;

/** Marks the page as processed (or not) by Clearfolio. */
export function markRoot(doc: Document, state: RootState): void {
  doc.documentElement.setAttribute(ROOT_ATTR, state);
}
