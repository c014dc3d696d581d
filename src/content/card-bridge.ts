// Opens the company card for a ticker. The card itself is an extension page (src/pages/card/frame.html) in a
// frame next to the ticker: it gets the card's data through a one-time hand-off, renders with Preact and
// asks the background for the description and (only when the user enabled quotes) a live quote. The content
// script keeps only what the page needs: placing the frame, and the ways a card closes - Esc, a press
// outside it, its ticker scrolling out of view, another card - with focus back on the ticker when the
// reader closed it from the keyboard. One card at a time.
import type { Settings } from '../core/settings.ts';
import type { TickerMention } from '../core/types.ts';
import { CARD_TAG } from '../core/dom/contract.ts';
import { t } from '../platform/i18n.ts';
import { FrameHost, setStyles, type FrameMessage } from './frame-host.ts';
import { placeNextTo } from './place.ts';
import { pageDirection } from '../platform/direction.ts';

const CARD_WIDTH_PX = 360;

export type CloseReason = 'escape' | 'outside' | 'scrolled-away' | 'close-button' | 'replaced' | 'api' | 'failed';

/** The data the card page renders (validated again there). */
export interface CardPayload {
  mention: { text: string; symbol: string; exchange: string | null };
  company: TickerMention['company'];
  quotesEnabled: boolean;
  theme: Settings['theme'];
}

let current: CardFrame | null = null;

class CardFrame {
  private readonly frameHost: FrameHost;
  private readonly doc: Document;
  private readonly win: (Window & typeof globalThis) | null;
  private readonly dir: 'ltr' | 'rtl';
  private contentHeight = 0;
  private open = true;
  private raf = 0;
  private observer: IntersectionObserver | null = null;

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    e.preventDefault();
    this.close('escape');
  };
  private readonly onPointerDown = (e: Event) => {
    const path = e.composedPath();
    if (path.includes(this.frameHost.host) || path.includes(this.anchor)) return;
    this.close('outside');
  };
  private readonly onViewportChange = () => {
    if (this.raf || !this.win) return;
    this.raf = this.win.requestAnimationFrame(() => {
      this.raf = 0;
      this.place();
    });
  };

  get anchorConnected(): boolean {
    return this.anchor.isConnected;
  }

  constructor(
    private readonly anchor: HTMLElement,
    label: string,
  ) {
    this.doc = anchor.ownerDocument;
    this.win = this.doc.defaultView;
    this.dir = pageDirection(anchor);
    this.frameHost = new FrameHost(this.doc, CARD_TAG, 'card', label, (m) => this.onMessage(m));
    const host = this.frameHost.host;
    setStyles(host, {
      'z-index': '2147483647',
      width: `${CARD_WIDTH_PX}px`,
      height: '0px',
      'border-radius': '10px',
      overflow: 'hidden',
      'box-shadow': '0 8px 28px rgba(0,0,0,.28)',
    });
  }

  async start(payload: CardPayload): Promise<void> {
    // A card left behind by an earlier instance of the extension (reloaded or updated) goes too.
    for (const stray of Array.from(this.doc.querySelectorAll(CARD_TAG))) stray.remove();
    this.frameHost.attach();
    this.place();
    // Focus moves into the (still invisible) frame at once, so a second key press cannot reach the page.
    this.frameHost.frame.focus({ preventScroll: true });
    this.win?.addEventListener('keydown', this.onKeyDown, true);
    this.doc.addEventListener('pointerdown', this.onPointerDown, true);
    this.win?.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    this.win?.addEventListener('resize', this.onViewportChange, { passive: true });
    if (this.win && typeof this.win.IntersectionObserver === 'function') {
      // Close once the ticker, having been visible, leaves the viewport; a ticker opened while off-screen
      // (from the popup's list) keeps its card until it has been seen.
      let seen = false;
      this.observer = new this.win.IntersectionObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        if (entry.isIntersecting) seen = true;
        else if (seen) this.close('scrolled-away');
      });
      this.observer.observe(this.anchor);
    }
    if (!(await this.frameHost.load(payload)) && this.open) this.close('failed');
  }

  private onMessage(m: FrameMessage): void {
    if (!this.open) return;
    if (m.type === 'size' && typeof m.height === 'number' && Number.isFinite(m.height)) {
      this.contentHeight = Math.max(0, Math.ceil(m.height));
      this.place();
      this.frameHost.show();
    } else if (m.type === 'close') {
      this.close(m.reason === 'escape' ? 'escape' : 'close-button');
    }
  }

  private place(): void {
    const win = this.win;
    if (!win || !this.open) return;
    const view = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const p = placeNextTo(this.anchor.getBoundingClientRect(), { width: CARD_WIDTH_PX, height: this.contentHeight }, view, this.dir);
    setStyles(this.frameHost.host, { left: `${p.left}px`, top: `${p.top}px`, width: `${p.width}px`, height: `${p.height}px` });
  }

  close(reason: CloseReason): void {
    if (!this.open) return;
    this.open = false;
    if (current === this) current = null;
    const host = this.frameHost.host;
    const focusWasInside = this.doc.activeElement === host;
    if (this.raf) this.win?.cancelAnimationFrame(this.raf);
    this.observer?.disconnect();
    this.win?.removeEventListener('keydown', this.onKeyDown, true);
    this.doc.removeEventListener('pointerdown', this.onPointerDown, true);
    this.win?.removeEventListener('scroll', this.onViewportChange, { capture: true });
    this.win?.removeEventListener('resize', this.onViewportChange);
    this.frameHost.remove();
    // An outside press moves focus where the reader pressed, and a replacing card takes focus itself;
    // otherwise focus that was in the card goes back to its ticker instead of falling to <body>.
    const giveBack = reason === 'escape' || reason === 'close-button' || (focusWasInside && reason !== 'outside' && reason !== 'replaced');
    if (giveBack && this.anchor.isConnected) this.anchor.focus({ preventScroll: true });
  }
}

export async function showCard(anchor: HTMLElement, mention: TickerMention, settings: Settings): Promise<void> {
  current?.close('replaced');
  const { candidate, company } = mention;
  const card = new CardFrame(anchor, t('cardDialogLabel', company?.name || candidate.text));
  current = card;
  await card.start({
    mention: { text: candidate.text, symbol: candidate.symbol, exchange: candidate.exchange },
    company,
    quotesEnabled: settings.quotes.enabled && !!company,
    theme: settings.theme,
  });
}

export function hideCard(): void {
  current?.close('api');
}

/** Closes the open card when its ticker has left the page (a single-page app replaced the story under it). */
export function hideCardIfDetached(): void {
  if (current && !current.anchorConnected) current.close('api');
}
