// Opens the company card for a ticker. The card itself is an extension page (src/pages/card/frame.html) in a
// frame next to the ticker: it gets the card's data through a one-time hand-off, renders with Preact and
// asks the background for the description and (only when the user enabled quotes) a live quote. The content
// script keeps only what the page needs: placing the frame, and the ways a card closes (platform/card-dismiss.ts,
// shared with the reader's card; here only the user's own Esc and presses count), another card replacing it,
// or its frame being navigated away. One card at a time.
import type { Settings } from '../core/settings.ts';
import type { TickerMention } from '../core/types.ts';
import { CARD_TAG } from '../core/dom/contract.ts';
import { t } from '../platform/i18n.ts';
import { FrameHost, type FrameMessage } from './frame-host.ts';
import { focusBackToTicker, watchDismiss } from '../platform/card-dismiss.ts';
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
  private stopDismiss: () => void = () => undefined;

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
    this.frameHost.style({
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
    for (const stray of Array.from(this.doc.querySelectorAll(CARD_TAG))) if (stray !== this.frameHost.host) stray.remove();
    this.frameHost.attach();
    this.place();
    // Focus moves into the (still invisible) frame at once, so a second key press cannot reach the page.
    this.frameHost.frame.focus({ preventScroll: true });
    this.stopDismiss = watchDismiss({ host: this.frameHost.host, anchor: this.anchor, close: (r) => this.close(r), userOnly: true });
    this.win?.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    this.win?.addEventListener('resize', this.onViewportChange, { passive: true });
    if (!(await this.frameHost.load(payload)) && this.open) this.close('failed');
  }

  private onMessage(m: FrameMessage): void {
    if (!this.open) return;
    if (m.type === 'size' && typeof m.height === 'number' && Number.isFinite(m.height)) {
      this.contentHeight = Math.max(0, Math.ceil(m.height));
      this.place();
      this.frameHost.show();
    } else if (m.type === 'close') {
      this.close(m.reason === 'escape' ? 'escape' : m.reason === 'navigated' ? 'failed' : 'close-button');
    }
  }

  private place(): void {
    const win = this.win;
    if (!win || !this.open) return;
    const view = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const p = placeNextTo(this.anchor.getBoundingClientRect(), { width: CARD_WIDTH_PX, height: this.contentHeight }, view, this.dir);
    this.frameHost.style({
      left: `${p.left}px`,
      top: `${p.top}px`,
      width: `${p.width}px`,
      height: `${p.height}px`,
      // A bottom sheet sits flush with the viewport's bottom and side edges: only its top corners are round.
      'border-radius': p.sheet ? '12px 12px 0 0' : '10px',
    });
  }

  close(reason: CloseReason): void {
    if (!this.open) return;
    this.open = false;
    if (current === this) current = null;
    const host = this.frameHost.host;
    const focusWasInside = this.doc.activeElement === host;
    if (this.raf) this.win?.cancelAnimationFrame(this.raf);
    this.stopDismiss();
    this.win?.removeEventListener('scroll', this.onViewportChange, { capture: true });
    this.win?.removeEventListener('resize', this.onViewportChange);
    this.frameHost.remove();
    if (focusBackToTicker(reason, focusWasInside) && this.anchor.isConnected) this.anchor.focus({ preventScroll: true });
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
