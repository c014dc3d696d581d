// Opens the company card from a highlighted ticker: click, Enter or Space (the wrapper is a focusable
// role=button). One delegated listener per document instead of one per ticker keeps big pages cheap. Only the
// user's own clicks and keys count: a page's script must not open cards (each may ask the quote provider).
import type { Settings } from '../core/settings.ts';
import type { TickerMention } from '../core/types.ts';
import { TICKER_TAG } from '../core/dom/contract.ts';
import { loadCard, loadedCard } from './lazy-card.ts';
import { isUserAction } from '../platform/user-action.ts';

export class TickerActivation {
  private readonly onClick = (e: MouseEvent) => {
    const el = (e.target as Element | null)?.closest?.(TICKER_TAG);
    if (!el || !isUserAction(e) || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    // A ticker inside a link opens the card instead of navigating; modified clicks still open the link.
    e.preventDefault();
    e.stopPropagation();
    this.open(el as HTMLElement);
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = (e.target as Element | null)?.closest?.(TICKER_TAG);
    if (!el || !isUserAction(e)) return;
    e.preventDefault();
    e.stopPropagation();
    this.open(el as HTMLElement);
  };

  constructor(
    private readonly doc: Document,
    private readonly mentionOf: (el: Element) => TickerMention | null,
    private readonly settings: Settings,
  ) {
    doc.addEventListener('click', this.onClick, true);
    doc.addEventListener('keydown', this.onKey, true);
  }

  open(el: HTMLElement): void {
    const mention = this.mentionOf(el);
    if (mention) void loadCard().then((card) => card.showCard(el, mention, this.settings));
  }

  stop(): void {
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    loadedCard()?.hideCard();
  }
}
