// Puts the card on the page: one `<clearfolio-card>` host (contract.md section 2) with an open shadow root,
// a style reset, and the Preact card inside, placed next to its ticker by floating-ui. One card at a time:
// opening another replaces it, and a handle from a replaced card goes quiet (a late quote cannot revive it).
// The card closes on Esc, on a pointer press outside it, and when its ticker scrolls out of view; focus
// moves into the card on open and back to the ticker when the reader closed it from the keyboard.
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { Card, type CardProps } from './Card.tsx';
import { CARD_CSS } from './styles.ts';
import type { CardTheme } from './theme.ts';
import { pageDirection } from '../../platform/direction.ts';
import { CARD_TAG } from '../../core/dom/contract.ts';

/** What the card shows; the mount supplies onClose, theme and direction. */
export type CardContent = Omit<CardProps, 'onClose' | 'theme'>;

export type CloseReason = 'escape' | 'outside' | 'scrolled-away' | 'close-button' | 'replaced' | 'api';

export interface OpenCardOptions {
  /** 'auto' follows prefers-color-scheme. */
  theme?: CardTheme;
  /** Called once, after the card is gone. */
  onClose?(reason: CloseReason): void;
}

export interface CardHandle {
  readonly host: HTMLElement;
  readonly anchor: HTMLElement;
  /** False once the card closed or was replaced; update() then does nothing. */
  readonly open: boolean;
  /** Merges new content (typically the quote, which arrives after the offline part) and re-renders. */
  update(patch: Partial<CardContent>): void;
  close(reason?: CloseReason): void;
}

const GAP_PX = 6;
const EDGE_PX = 8;
const MIN_HEIGHT_PX = 160;

let current: CardHandle | null = null;

/** The open card's handle, if any. */
export function currentCard(): CardHandle | null {
  return current;
}

export function closeCard(reason: CloseReason = 'api'): void {
  current?.close(reason);
}

function applyStyles(shadow: ShadowRoot): void {
  // A constructed sheet is immune to the page's style-src CSP; where it cannot be adopted (older engines,
  // some content-script worlds) a <style> element does the same job.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = CARD_CSS;
  shadow.appendChild(style);
}

function place(anchor: HTMLElement, card: HTMLElement, dir: 'ltr' | 'rtl'): Promise<void> {
  return computePosition(anchor, card, {
    strategy: 'fixed',
    // Aligned with the ticker's start edge in the page's reading direction (the card itself is ltr).
    placement: dir === 'rtl' ? 'bottom-end' : 'bottom-start',
    middleware: [
      offset(GAP_PX),
      flip({ padding: EDGE_PX }),
      shift({ padding: EDGE_PX }),
      size({
        padding: EDGE_PX,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(MIN_HEIGHT_PX, Math.floor(availableHeight))}px`;
        },
      }),
    ],
  }).then(({ x, y }) => {
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
    card.style.opacity = '';
  });
}

/** Opens the card for `anchor` (the ticker element), replacing any open card. */
export function openCard(anchor: HTMLElement, content: CardContent, opts: OpenCardOptions = {}): CardHandle {
  closeCard('replaced');
  const doc = anchor.ownerDocument;
  // A card left behind by an earlier instance of the extension (reloaded or updated) goes too.
  for (const stray of Array.from(doc.querySelectorAll(CARD_TAG))) stray.remove();

  const host = doc.createElement(CARD_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  const root = doc.createElement('div');
  shadow.appendChild(root);
  // Key presses inside the card are the card's; a page's shortcuts (j/k, "/") must not see them.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  (doc.documentElement ?? doc.body).appendChild(host);

  const dir = pageDirection(anchor);
  let props: CardContent = content;
  let isOpen = true;
  let stopAutoUpdate: (() => void) | null = null;
  let observer: IntersectionObserver | null = null;
  const win = doc.defaultView;

  const draw = () => render(<Card {...props} theme={opts.theme ?? 'auto'} onClose={() => handle.close('close-button')} />, root);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    e.preventDefault();
    handle.close('escape');
  };
  const onPointerDown = (e: Event) => {
    const path = e.composedPath();
    if (path.includes(host) || path.includes(anchor)) return;
    handle.close('outside');
  };

  const handle: CardHandle = {
    host,
    anchor,
    get open() {
      return isOpen;
    },
    update(patch) {
      if (!isOpen) return;
      props = { ...props, ...patch };
      draw();
    },
    close(reason = 'api') {
      if (!isOpen) return;
      isOpen = false;
      if (current === handle) current = null;
      const focusWasInside = doc.activeElement === host;
      stopAutoUpdate?.();
      observer?.disconnect();
      win?.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      render(null, root);
      host.remove();
      // An outside press moves focus where the reader pressed, and a replacing card takes focus itself;
      // otherwise focus that was in the card goes back to its ticker instead of falling to <body>.
      const giveBack =
        reason === 'escape' || reason === 'close-button' || (focusWasInside && reason !== 'outside' && reason !== 'replaced');
      if (giveBack && anchor.isConnected) anchor.focus({ preventScroll: true });
      opts.onClose?.(reason);
    },
  };
  current = handle;
  draw();

  const card = root.firstElementChild as HTMLElement | null;
  if (card) {
    // Invisible (but focusable) until the first placement, so it never flashes at the page's corner.
    card.style.opacity = '0';
    stopAutoUpdate = autoUpdate(anchor, card, () => {
      place(anchor, card, dir).catch(() => {
        card.style.opacity = '';
      });
    });
    card.focus({ preventScroll: true });
  }

  win?.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('pointerdown', onPointerDown, true);
  if (win && typeof win.IntersectionObserver === 'function') {
    // Close once the ticker, having been visible, leaves the viewport; a ticker opened while off-screen
    // (from the popup's list) keeps its card until it has been seen.
    let seen = false;
    observer = new win.IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      if (entry.isIntersecting) seen = true;
      else if (seen) handle.close('scrolled-away');
    });
    observer.observe(anchor);
  }
  return handle;
}
