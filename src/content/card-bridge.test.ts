// @vitest-environment jsdom
// The content script's side of the card: the frame host, the hand-off, and every way the card closes.
// The card page itself runs in real browsers (tests/e2e/card.test.ts); here its frame stays empty.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import type { TickerMention } from '../core/types.ts';
import { CARD_TAG } from '../core/dom/contract.ts';
import { hideCard, hideCardIfDetached, showCard } from './card-bridge.ts';
import { captureShadowFrames } from './test-support.ts';

const BASE = 'chrome-extension://abcdefghijklmnop/';
const sent: unknown[] = [];
const g = globalThis as { chrome?: unknown };

const mention = {
  candidate: { text: 'NYSE:SNE', symbol: 'SNE', exchange: 'NYSE' },
  company: { symbol: 'SONY', name: 'Sony Group Corporation', exchange: 'NYSE', mic: 'XNYS' },
} as unknown as TickerMention;

function ticker(): HTMLElement {
  const el = document.createElement('clearfolio-ticker');
  el.tabIndex = 0;
  el.textContent = 'NYSE:SNE';
  document.body.append(el);
  return el;
}

/** The frame inside the host's closed shadow root, found the way only the content script could. */
let frames: HTMLIFrameElement[] = [];

beforeEach(() => {
  sent.length = 0;
  frames = [];
  document.body.innerHTML = '<h1>Title</h1>';
  g.chrome = {
    runtime: {
      id: 'abcdefghijklmnop',
      getURL: (p: string) => BASE + p,
      sendMessage: async (m: unknown) => {
        sent.push(m);
        return { token: '0123456789abcdef0123456789abcdef' };
      },
      onMessage: { addListener() {}, removeListener() {} },
    },
    i18n: { getMessage: (k: string, subs?: string[]) => (k === 'cardDialogLabel' ? `${subs?.[0]} - company card` : '') },
  };
  captureShadowFrames(frames);
});

afterEach(() => {
  hideCard();
  vi.restoreAllMocks();
  delete g.chrome;
});

describe('hideCardIfDetached', () => {
  it('keeps the card while its ticker is on the page, and closes it once the ticker is gone', async () => {
    const el = ticker();
    await showCard(el, mention, DEFAULT_SETTINGS);
    hideCardIfDetached();
    expect(document.querySelector(CARD_TAG)).not.toBeNull();
    el.remove();
    hideCardIfDetached();
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });
});

describe('showCard', () => {
  it('frames the card page with a one-time token, in a closed shadow root, and moves focus into it', async () => {
    const el = ticker();
    await showCard(el, mention, DEFAULT_SETTINGS);
    const host = document.querySelector(CARD_TAG) as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(sent).toEqual([
      {
        type: 'handoff:put',
        kind: 'card',
        payload: {
          mention: { text: 'NYSE:SNE', symbol: 'SNE', exchange: 'NYSE' },
          company: mention.company,
          quotesEnabled: false,
          theme: 'auto',
        },
      },
    ]);
    expect(frames[0]!.getAttribute('src')).toBe(`${BASE}src/pages/card/frame.html#0123456789abcdef0123456789abcdef`);
    expect(frames[0]!.title).toBe('Sony Group Corporation - company card');
    expect(document.activeElement).toBe(host);
    // Invisible until the card page reports its size.
    expect(host.style.getPropertyValue('opacity')).toBe('0');
  });

  it("ignores messages that do not come from its frame at the extension's origin", async () => {
    const el = ticker();
    await showCard(el, mention, DEFAULT_SETTINGS);
    const host = document.querySelector(CARD_TAG) as HTMLElement;
    const win = frames[0]!.contentWindow;
    window.dispatchEvent(
      new MessageEvent('message', { data: { clearfolio: 'card', type: 'close' }, origin: location.origin, source: window }),
    );
    window.dispatchEvent(
      new MessageEvent('message', { data: { clearfolio: 'card', type: 'close' }, origin: 'https://evil.example', source: win }),
    );
    expect(host.isConnected).toBe(true);
    window.dispatchEvent(
      new MessageEvent('message', { data: { clearfolio: 'card', type: 'size', height: 240 }, origin: BASE.slice(0, -1), source: win }),
    );
    expect(host.style.getPropertyValue('opacity')).toBe('1');
    expect(host.style.getPropertyValue('height')).toBe('240px');
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { clearfolio: 'card', type: 'close', reason: 'escape' },
        origin: BASE.slice(0, -1),
        source: win,
      }),
    );
    expect(host.isConnected).toBe(false);
    expect(document.activeElement).toBe(el);
  });

  it('closes on Esc in the page and on a press outside, one card at a time', async () => {
    const a = ticker();
    const b = ticker();
    await showCard(a, mention, DEFAULT_SETTINGS);
    await showCard(b, mention, DEFAULT_SETTINGS);
    expect(document.querySelectorAll(CARD_TAG).length).toBe(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(document.activeElement).toBe(b);

    await showCard(a, mention, DEFAULT_SETTINGS);
    document.querySelector('h1')!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });

  it('goes away quietly when the background gives no token', async () => {
    (g.chrome as { runtime: { sendMessage: () => Promise<unknown> } }).runtime.sendMessage = async () => ({ error: 'handoff: no' });
    const el = ticker();
    await showCard(el, mention, DEFAULT_SETTINGS);
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });
});
