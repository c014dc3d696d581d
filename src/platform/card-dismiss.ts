// The ways a company card closes and where focus goes afterwards, shared by the card on the page (content
// script, content/card-bridge.ts) and the card in the reader (pages/card/mount.tsx): Esc, a press outside it,
// its ticker scrolling out of view after it was seen. On a page only the user's own Esc and presses count
// (a page's script could otherwise close the card at will); inside an extension page nothing else can send them.
import { isUserAction } from './user-action.ts';

export type DismissReason = 'escape' | 'outside' | 'scrolled-away';

export interface DismissOptions {
  /** The card's host element: a press inside it is not "outside". */
  host: Element;
  /** The ticker the card belongs to. */
  anchor: HTMLElement;
  close(reason: DismissReason): void;
  /** Accept only trusted events (on a web page). */
  userOnly: boolean;
}

/** Starts watching; the returned function stops. */
export function watchDismiss({ host, anchor, close, userOnly }: DismissOptions): () => void {
  const doc = anchor.ownerDocument;
  const win = doc.defaultView;
  const counts = (e: Event) => !userOnly || isUserAction(e);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !counts(e)) return;
    e.stopPropagation();
    e.preventDefault();
    close('escape');
  };
  const onPointerDown = (e: Event) => {
    if (!counts(e)) return;
    const path = e.composedPath();
    if (path.includes(host) || path.includes(anchor)) return;
    close('outside');
  };
  win?.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('pointerdown', onPointerDown, true);
  let observer: IntersectionObserver | null = null;
  if (win && typeof win.IntersectionObserver === 'function') {
    // Close once the ticker, having been visible, leaves the viewport; a ticker opened while off-screen
    // (from the popup's list) keeps its card until it has been seen.
    let seen = false;
    observer = new win.IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      if (entry.isIntersecting) seen = true;
      else if (seen) close('scrolled-away');
    });
    observer.observe(anchor);
  }
  return () => {
    observer?.disconnect();
    win?.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('pointerdown', onPointerDown, true);
  };
}

/**
 * Whether focus goes back to the ticker once the card closed. An outside press moves focus where the reader
 * pressed, and a replacing card takes focus itself; otherwise focus that was in the card goes back to its
 * ticker instead of falling to <body>.
 */
export function focusBackToTicker(reason: string, focusWasInside: boolean): boolean {
  return reason === 'escape' || reason === 'close-button' || (focusWasInside && reason !== 'outside' && reason !== 'replaced');
}
