// Hosts one of Clearfolio's extension pages (company card, reader view) in the page: a <clearfolio-*> element
// with a CLOSED shadow root holding an iframe. The frame's document is the extension's, so the page's CSS,
// scripts and CSP cannot reach what it shows. What the frame shows is handed over through the background
// (see background/handoff.ts) with a one-time token.
//
// The page must never learn the extension's origin (in Firefox moz-extension://<UUID> is a per-install id, the
// same on every site): so the frame's URL carries nothing but its path, and the frame never posts to the page
// (a message's `origin` would give the id away). Instead the content script, once the frame has loaded, posts
// it a MessageChannel port together with the token, addressed to the extension's origin only; from then on
// the frame talks over that port, which only the content script holds. A frame that loads again after it
// connected has been navigated away from our page (the page may hold a handle to it): it is closed at once.
import { ext } from '../platform/ext.ts';
import { createHost, lockStyles, setStyles } from './ui-host.ts';

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

export class FrameHost {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  private readonly origin: string;
  private port: MessagePort | null = null;
  private connected = false;
  private closed = false;
  private readonly styles: Record<string, string> = {};
  private unlock: () => void = () => undefined;

  constructor(
    private readonly doc: Document,
    tag: string,
    private readonly kind: FrameKind,
    label: string,
    private readonly onFrameMessage: (msg: FrameMessage) => void,
  ) {
    // getURL('') is the origin plus '/'; URL parsing would not do (outside browsers these schemes have no origin).
    this.origin = ext().runtime.getURL('').replace(/\/$/, '');
    const { host, shadow } = createHost(doc, tag);
    this.host = host;
    this.style({
      all: 'initial',
      display: 'block',
      position: 'fixed',
      margin: '0',
      padding: '0',
      border: '0',
      opacity: '0',
      visibility: 'visible',
      transform: 'none',
      filter: 'none',
      'clip-path': 'none',
      'pointer-events': 'auto',
    });
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
  }

  /** Sets (and keeps) the host's own styles. */
  style(styles: Record<string, string>): void {
    Object.assign(this.styles, styles);
    setStyles(this.host, styles);
  }

  /** Hands `payload` to the background and points the frame at its page; the token goes over the port. */
  async load(payload: object): Promise<boolean> {
    const reply = (await ext()
      .runtime.sendMessage({ type: 'handoff:put', kind: this.kind, payload })
      .catch(() => null)) as { token?: unknown } | null;
    if (typeof reply?.token !== 'string' || this.closed) return false;
    const token = reply.token;
    this.frame.addEventListener('load', () => {
      if (this.closed) return;
      // Loaded again after it connected: not our page any more.
      if (this.connected) {
        this.onFrameMessage({ clearfolio: this.kind, type: 'close', reason: 'navigated' });
        return;
      }
      this.offerPort(token);
    });
    this.frame.src = ext().runtime.getURL(PAGES[this.kind]);
    return true;
  }

  /** Posts a fresh port with the token; only a document at the extension's origin receives it. */
  private offerPort(token: string): void {
    const win = this.frame.contentWindow;
    if (!win) return;
    this.port?.close();
    const Channel = (this.doc.defaultView as (Window & typeof globalThis) | null)?.MessageChannel ?? MessageChannel;
    const channel = new Channel();
    const port = channel.port1;
    this.port = port;
    port.onmessage = (e: MessageEvent) => {
      if (this.closed || port !== this.port) return;
      const data = e.data as Partial<FrameMessage> | null;
      if (!data || typeof data.type !== 'string') return;
      this.connected = true;
      this.onFrameMessage({ ...data, clearfolio: this.kind, type: data.type } as FrameMessage);
    };
    win.postMessage({ clearfolio: this.kind, token }, this.origin, [channel.port2]);
  }

  /** Appends the host to the document (before load(), so focus can move into the frame at once). */
  attach(): void {
    (this.doc.documentElement ?? this.doc.body).append(this.host);
    this.unlock = lockStyles(this.host, () => this.styles);
  }

  show(): void {
    this.style({ opacity: '1' });
  }

  remove(): void {
    this.closed = true;
    this.unlock();
    this.port?.close();
    this.port = null;
    this.host.remove();
  }
}
