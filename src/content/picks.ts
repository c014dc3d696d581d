// The reader's two picks on a page, with what the picker says while they run and after: "This wasn't clutter"
// (a shown hidden block) and "Hide this too" (a block Clearfolio missed). The session owns what is hidden and
// stored; this module only asks the user and words the answer. Loaded on first use, with block-picker.ts.
import { HIDDEN_ATTR, TICKER_TAG, UI_TAGS } from '../core/dom/contract.ts';
import { refusal, userSelector, type Refusal } from '../core/dom/user-hide.ts';
import { t, type MessageKey } from '../platform/i18n.ts';
import { pickElement, showToast } from './block-picker.ts';

/** Clearfolio's own UI hosts (the note, the card and reader frames, the picker) are never picked. */
function isOwnUi(el: Element): boolean {
  return UI_TAGS.some((tag) => el.localName === tag || el.localName.startsWith(`${tag}-`));
}

/** The shown hidden block the reader clicked, or null when they cancelled. */
export async function pickShownBlock(doc: Document, signal: AbortSignal): Promise<Element | null> {
  return pickElement(doc, {
    hint: t('indicatorPickNotClutter'),
    ignore: isOwnUi,
    target: (el) => el.closest(`[${HIDDEN_ATTR}]`),
    widenable: false,
    signal,
  });
}

const REFUSED: Record<Refusal | 'hidden' | 'unnamed', MessageKey> = {
  page: 'pickRefusedPage',
  article: 'pickRefusedArticle',
  editable: 'pickRefusedEditable',
  ui: 'pickRefusedPage',
  hidden: 'pickAlreadyHidden',
  unnamed: 'pickRefusedPage',
};

export interface HideTooDeps {
  /** The article's elements: none of them nor an ancestor of one may be hidden. */
  protect(): readonly Element[];
  /** Hides `el`, remembers `selector` for the site; the returned function takes both back ("Undo"). */
  hide(el: Element, selector: string): Promise<() => void>;
  signal: AbortSignal;
}

export type HideTooOutcome = 'hidden' | 'refused' | 'cancelled';

/** "Hide this too": the reader picks a block (and may widen the pick); it is hidden, or the refusal is said. */
export async function hideToo(doc: Document, deps: HideTooDeps): Promise<HideTooOutcome> {
  const picked = await pickElement(doc, {
    hint: t('pickHideHint'),
    ignore: isOwnUi,
    // A ticker highlight is ours: the pick is the page's block around it.
    target: (el) => (el.localName === TICKER_TAG ? el.parentElement : el),
    signal: deps.signal,
  });
  if (!picked || deps.signal.aborted) return 'cancelled';
  const why = picked.closest(`[${HIDDEN_ATTR}]`) ? 'hidden' : refusal(picked, deps.protect());
  const selector = why ? null : userSelector(picked);
  if (why || !selector) {
    showToast(doc, t(REFUSED[why ?? 'unnamed']));
    return 'refused';
  }
  const undo = await deps.hide(picked, selector);
  showToast(doc, t('pickHidden'), { label: t('popupUndo'), run: undo });
  return 'hidden';
}
