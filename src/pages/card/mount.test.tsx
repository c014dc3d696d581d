import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_TAG } from '../../core/dom/contract.ts';
import { closeCard, currentCard, openCard, type CardContent } from './mount.tsx';
import { SNE_MENTION, SONY, SONY_QUOTE } from './test-data.ts';

const CONTENT: CardContent = {
  mention: SNE_MENTION,
  company: SONY,
  quotesEnabled: true,
  quote: 'loading',
  locale: 'en-US',
  timeZone: 'UTC',
};

function article(html: string): HTMLElement {
  document.body.innerHTML = html; // test scaffolding only; the card never parses HTML
  return document.querySelector('clearfolio-ticker') as HTMLElement;
}

function shadowOf(host: Element): ShadowRoot {
  const root = host.shadowRoot;
  if (!root) throw new Error('no open shadow root');
  return root;
}

function dialog(): HTMLElement {
  const hosts = document.querySelectorAll(CARD_TAG);
  expect(hosts).toHaveLength(1);
  return shadowOf(hosts[0]!).querySelector('[role="dialog"]') as HTMLElement;
}

function press(target: EventTarget, key: string): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
}

let anchor: HTMLElement;

beforeEach(() => {
  anchor = article(
    '<article><p>Shares of Sony (<clearfolio-ticker tabindex="0" data-clearfolio-ticker="NYSE:SNE">NYSE:SNE</clearfolio-ticker>) ' +
      'rose, while <clearfolio-ticker tabindex="0" data-clearfolio-ticker=":AAPL">$AAPL</clearfolio-ticker> fell.</p></article>',
  );
  anchor.focus();
});

afterEach(() => {
  closeCard();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('openCard', () => {
  it('appends one <clearfolio-card> host whose open shadow root holds a labelled dialog', () => {
    const handle = openCard(anchor, CONTENT);
    expect(handle.host.tagName.toLowerCase()).toBe(CARD_TAG);
    expect(handle.host.parentNode).toBe(document.documentElement);
    const card = dialog();
    expect(card.getAttribute('aria-label')).toBe('Sony Group Corporation - company card');
    expect(card.textContent).toContain('Formerly SNE — renamed SONY in 2021');
    expect(currentCard()).toBe(handle);
  });

  it('keeps nothing in the light DOM, so the page text is unchanged', () => {
    const before = document.documentElement.textContent;
    const { host } = openCard(anchor, CONTENT);
    expect(host.childNodes).toHaveLength(0);
    expect(document.documentElement.textContent).toBe(before);
  });

  it('styles the shadow root with a host reset', () => {
    const { host } = openCard(anchor, CONTENT);
    const root = shadowOf(host);
    const css = [
      ...Array.from(root.adoptedStyleSheets ?? []).flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText)),
      ...Array.from(root.querySelectorAll('style')).map((s) => s.textContent ?? ''),
    ].join('\n');
    expect(css.replace(/\s+/g, '')).toContain(':host{all:initial!important');
  });

  it('moves focus into the card', () => {
    const { host } = openCard(anchor, CONTENT);
    expect(document.activeElement).toBe(host);
    expect(shadowOf(host).activeElement).toBe(dialog());
  });

  it('Esc closes the card and gives focus back to the ticker', () => {
    const onClose = vi.fn();
    const handle = openCard(anchor, CONTENT, { onClose });
    const e = press(dialog(), 'Escape');
    expect(e.defaultPrevented).toBe(true);
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(handle.open).toBe(false);
    expect(currentCard()).toBeNull();
    expect(document.activeElement).toBe(anchor);
    expect(onClose).toHaveBeenCalledExactlyOnceWith('escape');
  });

  it('the close button closes the card and gives focus back to the ticker', () => {
    const onClose = vi.fn();
    openCard(anchor, CONTENT, { onClose });
    dialog().querySelector<HTMLButtonElement>('button.close')!.click();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(document.activeElement).toBe(anchor);
    expect(onClose).toHaveBeenCalledExactlyOnceWith('close-button');
  });

  it('keeps exactly one card when opened twice, and the replaced handle goes quiet', () => {
    const other = document.querySelectorAll<HTMLElement>('clearfolio-ticker')[1]!;
    const first = openCard(anchor, CONTENT);
    const second = openCard(other, { ...CONTENT, company: null, mention: { text: '$AAPL', symbol: 'AAPL', exchange: null } });
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
    expect(first.open).toBe(false);
    expect(second.open).toBe(true);
    first.update({ quote: { status: 'ok', quote: SONY_QUOTE, fetchedAt: 1, stale: false } });
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
    expect(dialog().getAttribute('aria-label')).toBe('$AAPL - company card');
    expect(dialog().querySelector('.price')).toBeNull();
    openCard(anchor, CONTENT);
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
  });

  it('removes a card left behind by an earlier extension instance', () => {
    document.documentElement.appendChild(document.createElement(CARD_TAG));
    openCard(anchor, CONTENT);
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
  });

  it('update() shows the quote when it arrives', () => {
    const handle = openCard(anchor, CONTENT);
    expect(dialog().querySelector('.quote [role="status"]')!.textContent).toBe('Loading quote…');
    handle.update({ quote: { status: 'ok', quote: SONY_QUOTE, fetchedAt: 1, stale: false } });
    expect(dialog().querySelector('.price')!.textContent).toBe('24.31');
    expect(dialog().textContent).toContain('Formerly SNE — renamed SONY in 2021');
  });

  it('closes on a pointer press outside, but not inside the card or on its ticker', () => {
    const onClose = vi.fn();
    openCard(anchor, CONTENT, { onClose });
    expect(document.activeElement).not.toBe(anchor);
    dialog()
      .querySelector('h2')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    anchor.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector(CARD_TAG)).not.toBeNull();
    document.querySelector('p')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(document.activeElement).not.toBe(anchor);
    expect(onClose).toHaveBeenCalledExactlyOnceWith('outside');
  });

  it('closes when the ticker, once seen, scrolls out of view', () => {
    const observers: { cb: IntersectionObserverCallback; targets: Element[] }[] = [];
    class FakeIO {
      targets: Element[] = [];
      constructor(public cb: IntersectionObserverCallback) {
        observers.push(this);
      }
      observe(t: Element) {
        this.targets.push(t);
      }
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const onClose = vi.fn();
    openCard(anchor, CONTENT, { onClose });
    const io = observers.find((o) => o.targets.includes(anchor) && o.targets.length === 1)!;
    const fire = (isIntersecting: boolean) =>
      io.cb([{ isIntersecting, target: anchor } as unknown as IntersectionObserverEntry], io as unknown as IntersectionObserver);
    fire(false); // opened while off-screen (e.g. from the popup): stays open
    expect(document.querySelector(CARD_TAG)).not.toBeNull();
    fire(true);
    fire(false);
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(onClose).toHaveBeenCalledExactlyOnceWith('scrolled-away');
  });

  it('keeps key presses in the card away from page shortcuts', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    openCard(anchor, CONTENT);
    press(dialog(), 'j');
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('applies an explicit theme, else follows the system', () => {
    openCard(anchor, CONTENT, { theme: 'dark' });
    expect(dialog().classList.contains('dark')).toBe(true);
    closeCard();
    openCard(anchor, CONTENT);
    expect(dialog().classList.contains('auto')).toBe(true);
  });

  describe('placement', () => {
    // happy-dom has no layout: give the viewport and the ticker real sizes, as a browser would.
    beforeEach(() => {
      Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: 1024 });
      Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, value: 768 });
    });
    afterEach(() => {
      delete (document.documentElement as unknown as Record<string, unknown>).clientWidth;
      delete (document.documentElement as unknown as Record<string, unknown>).clientHeight;
    });

    async function placedAt(rect: { x: number; y: number; width: number; height: number }) {
      anchor.getBoundingClientRect = () => DOMRect.fromRect(rect);
      openCard(anchor, CONTENT);
      const card = dialog();
      Object.defineProperty(card, 'offsetWidth', { configurable: true, value: 360 });
      Object.defineProperty(card, 'offsetHeight', { configurable: true, value: 300 });
      await vi.waitFor(() => expect(card.style.top).not.toBe(''));
      expect(card.style.opacity).toBe('');
      return { left: card.style.left, top: card.style.top };
    }

    it('puts the card just below its ticker', async () => {
      expect(await placedAt({ x: 100, y: 200, width: 60, height: 20 })).toEqual({ left: '100px', top: '226px' });
    });

    it('flips above a ticker near the bottom right, aligned with its end', async () => {
      expect(await placedAt({ x: 900, y: 700, width: 60, height: 20 })).toEqual({ left: '600px', top: '394px' });
    });

    it("aligns with the ticker's end on a right-to-left page", async () => {
      anchor = article('<div dir="rtl"><p>سهم <clearfolio-ticker tabindex="0">NYSE:SNE</clearfolio-ticker></p></div>');
      expect(await placedAt({ x: 500, y: 100, width: 60, height: 20 })).toEqual({ left: '200px', top: '126px' });
    });

    it('shifts inside the viewport edge', async () => {
      expect(await placedAt({ x: 2, y: 100, width: 20, height: 20 })).toEqual({ left: '8px', top: '126px' });
    });
  });

  it('closeCard() from the content script does not steal focus the reader moved elsewhere', () => {
    const other = document.querySelectorAll<HTMLElement>('clearfolio-ticker')[1]!;
    openCard(anchor, CONTENT);
    other.focus();
    closeCard();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(document.activeElement).toBe(other);
  });
});
