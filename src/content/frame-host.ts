// Hosts one of Clearfolio's extension pages (company card, reader view) in the page: a <clearfolio-*> element
// with a CLOSED shadow root holding an iframe. The frame's document is the extension's, so the page's CSS,
// scripts and CSP cannot reach what it shows, and the page cannot read the frame's address (which would
// give away the extension's per-install id). What the frame shows is handed over through the background
// (see background/handoff.ts): only a one-time token travels in the URL.
//
// The frame talks back with postMessage. A message counts only when it comes from this iframe's window AND
// from the extension's origin: the page can send messages to the content script's window, and can even
// navigate the frame, but it cannot make the extension's own page say something. The messages are harmless
// anyway (size, ready, close): nothing a frame says can open anything.
import { ext } from '../platform/ext.ts';

export type FrameKind = 'card' | 'reader';

const PAGES: Record<FrameKind, string> = {
  card: 'src/pages/card/frame.html',
  reader: 'src/pages/reader/frame.html',
};

export interface FrameMessage {
  clearfolio: FrameKind;
  type: string;
  [key: string]: unknown;
}

/** Sets each property inline with !important: page rules cannot override it, and CSSOM writes pass any CSP. */
export function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [prop, value] of Object.entries(styles)) el.style.setProperty(prop, value, 'important');
}

export class FrameHost {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  private readonly origin: string;
  private readonly onWindowMessage = (e: MessageEvent) => {
    if (e.source !== this.frame.contentWindow || e.origin !== this.origin) return;
    const data = e.data as Partial<FrameMessage> | null;
    if (!data || data.clearfolio !== this.kind || typeof data.type !== 'string') return;
    this.onFrameMessage(data as FrameMessage);
  };

  constructor(
    private readonly doc: Document,
    tag: string,
    private readonly kind: FrameKind,
    label: string,
    private readonly onFrameMessage: (msg: FrameMessage) => void,
  ) {
    // getURL('') is the origin plus '/'; URL parsing would not do (outside browsers these schemes have no origin).
    this.origin = ext().runtime.getURL('').replace(/\/$/, '');
    this.host = doc.createElement(tag);
    setStyles(this.host, {
      all: 'initial',
      display: 'block',
      position: 'fixed',
      margin: '0',
      padding: '0',
      border: '0',
      opacity: '0',
      visibility: 'visible',
      transform: 'none',
      'pointer-events': 'auto',
    });
    const shadow = this.host.attachShadow({ mode: 'closed' });
    this.frame = doc.createElement('iframe');
    this.frame.title = label;
    setStyles(this.frame, {
      display: 'block',
      width: '100%',
      height: '100%',
      border: '0',
      margin: '0',
      padding: '0',
      background: 'transparent',
    });
    shadow.append(this.frame);
    // Keys typed in the frame never reach the page; these are the ones on the host itself (while loading).
    for (const type of ['keydown', 'keyup', 'keypress']) this.host.addEventListener(type, (e) => e.stopPropagation());
    doc.defaultView?.addEventListener('message', this.onWindowMessage);
  }

  /** Hands `payload` to the background and points the frame at its page with the token. */
  async load(payload: object): Promise<boolean> {
    const reply = (await ext()
      .runtime.sendMessage({ type: 'handoff:put', kind: this.kind, payload })
      .catch(() => null)) as { token?: unknown } | null;
    if (typeof reply?.token !== 'string') return false;
    this.frame.src = `${ext().runtime.getURL(PAGES[this.kind])}#${reply.token}`;
    return true;
  }

  /** Appends the host to the document (before load(), so focus can move into the frame at once). */
  attach(): void {
    (this.doc.documentElement ?? this.doc.body).append(this.host);
  }

  show(): void {
    setStyles(this.host, { opacity: '1' });
  }

  remove(): void {
    this.doc.defaultView?.removeEventListener('message', this.onWindowMessage);
    this.host.remove();
  }
}
