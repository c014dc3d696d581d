// Opens and closes the reader view over the page. The reader is an extension page (src/pages/reader/frame.html)
// in a full-viewport frame under one <clearfolio-reader> host appended to <html>: it gets a copy of the
// page's markup through the one-time hand-off and runs Readability there, so neither Readability nor the
// reader's UI is loaded into the page. The page underneath is not touched (no scroll lock: the frame
// scrolls itself); closing removes the host and gives focus back where it was.
import { READER_TAG } from '../core/dom/contract.ts';
import { t } from '../platform/i18n.ts';
import { FrameHost, setStyles, type FrameMessage } from './frame-host.ts';
import { snapshotPage } from './reader-snapshot.ts';

export interface ReaderFrameOptions {
  /** Tickers are highlighted in the reader (the site's mode and the settings allow it). */
  tickers: boolean;
}

export class ReaderFrame {
  private frameHost: FrameHost | null = null;
  private returnFocus: HTMLElement | null = null;

  private readonly onKeyDown = (e: KeyboardEvent) => {
    // Focus can land outside the frame (a click on the browser's chrome, then back); Esc still closes.
    if (e.key !== 'Escape' || !this.frameHost) return;
    e.preventDefault();
    this.close();
  };

  constructor(
    private readonly doc: Document,
    private readonly opts: ReaderFrameOptions,
  ) {}

  get isOpen(): boolean {
    return this.frameHost !== null;
  }

  /** Shows the frame at once; it fills in when the reader page has read the snapshot. */
  async open(): Promise<void> {
    if (this.frameHost) return;
    const doc = this.doc;
    const active = doc.activeElement;
    this.returnFocus = active && active !== doc.body && 'focus' in active ? (active as HTMLElement) : null;
    const snapshot = snapshotPage(doc);
    const frameHost = new FrameHost(doc, READER_TAG, 'reader', t('readerLabel'), (m) => this.onMessage(m));
    setStyles(frameHost.host, { inset: '0', width: '100%', height: '100%', 'z-index': '2147483646' });
    for (const stray of Array.from(doc.querySelectorAll(READER_TAG))) stray.remove();
    this.frameHost = frameHost;
    frameHost.attach();
    frameHost.frame.focus({ preventScroll: true });
    doc.defaultView?.addEventListener('keydown', this.onKeyDown, true);
    if (!(await frameHost.load({ ...snapshot, tickers: this.opts.tickers })) && this.frameHost === frameHost) this.close();
  }

  private onMessage(m: FrameMessage): void {
    if (m.type === 'ready') this.frameHost?.show();
    else if (m.type === 'close') this.close();
  }

  close(): void {
    const frameHost = this.frameHost;
    if (!frameHost) return;
    this.frameHost = null;
    this.doc.defaultView?.removeEventListener('keydown', this.onKeyDown, true);
    frameHost.remove();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
    else if (this.doc.activeElement === frameHost.host) (this.doc.activeElement as HTMLElement).blur();
  }

  toggle(): Promise<void> {
    if (this.frameHost) {
      this.close();
      return Promise.resolve();
    }
    return this.open();
  }
}
