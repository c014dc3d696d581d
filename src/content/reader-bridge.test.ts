// @vitest-environment jsdom
// The content script's side of the reader: the snapshot hand-off, the full-viewport frame, focus and closing.
// The reader page itself runs in real browsers (tests/e2e/controls.test.ts) and in ui/reader/view.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READER_TAG } from '../core/dom/contract.ts';
import { ReaderFrame } from './reader-bridge.ts';
import { captureShadowFrames } from './test-support.ts';

const BASE = 'chrome-extension://abcdefghijklmnop/';
const ORIGIN = BASE.slice(0, -1);
const sent: { type: string; kind?: string; payload?: { html: string; url: string; baseURI: string; tickers: boolean } }[] = [];
const g = globalThis as { chrome?: unknown };
let frames: HTMLIFrameElement[] = [];

beforeEach(() => {
  sent.length = 0;
  frames = [];
  document.body.innerHTML =
    '<h1>Title</h1><p>Sony <clearfolio-ticker data-clearfolio-ticker="NYSE:SNE">(NYSE:SNE)</clearfolio-ticker> fell.</p><button id="b">b</button>';
  g.chrome = {
    runtime: {
      id: 'abcdefghijklmnop',
      getURL: (p: string) => BASE + p,
      sendMessage: async (m: (typeof sent)[number]) => {
        sent.push(m);
        return { token: 'fedcba9876543210fedcba9876543210' };
      },
    },
    i18n: { getMessage: (k: string) => (k === 'readerLabel' ? 'Reader view' : '') },
  };
  captureShadowFrames(frames);
});

afterEach(() => {
  vi.restoreAllMocks();
  delete g.chrome;
});

const fromFrame = (type: string) =>
  window.dispatchEvent(
    new MessageEvent('message', { data: { clearfolio: 'reader', type }, origin: ORIGIN, source: frames[0]!.contentWindow }),
  );

describe('ReaderFrame', () => {
  it('hands the page snapshot to the reader page and frames it over the page, leaving the page as it was', async () => {
    const button = document.getElementById('b')!;
    button.focus();
    const before = document.documentElement.outerHTML;
    const reader = new ReaderFrame(document, { tickers: true });
    await reader.open();
    expect(reader.isOpen).toBe(true);
    const host = document.querySelector(READER_TAG) as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'handoff:put',
      kind: 'reader',
      payload: { url: document.URL, baseURI: document.baseURI, tickers: true },
    });
    expect(sent[0]!.payload!.html).toContain('<p>Sony (NYSE:SNE) fell.</p>');
    expect(sent[0]!.payload!.html).not.toContain('clearfolio-');
    expect(frames[0]!.getAttribute('src')).toBe(`${BASE}src/pages/reader/frame.html#fedcba9876543210fedcba9876543210`);
    expect(document.activeElement).toBe(host);
    expect(host.style.getPropertyValue('opacity')).toBe('0');
    fromFrame('ready');
    expect(host.style.getPropertyValue('opacity')).toBe('1');

    fromFrame('close');
    expect(reader.isOpen).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(button);
  });

  it("closes on Esc pressed in the page and toggles; ignores the page's own messages", async () => {
    const reader = new ReaderFrame(document, { tickers: false });
    await reader.toggle();
    window.dispatchEvent(
      new MessageEvent('message', { data: { clearfolio: 'reader', type: 'close' }, origin: location.origin, source: window }),
    );
    expect(reader.isOpen).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
    expect(reader.isOpen).toBe(false);
    await reader.toggle();
    expect(reader.isOpen).toBe(true);
    await reader.toggle();
    expect(document.querySelector(READER_TAG)).toBeNull();
  });
});
