// @vitest-environment jsdom
// The same mount under a second DOM implementation (the one `clearfolio analyze` uses), which exercises
// whichever stylesheet path it supports and catches happy-dom-only assumptions.
import { afterEach, describe, expect, it } from 'vitest';
import { CARD_TAG } from '../../core/dom/contract.ts';
import { closeCard, openCard } from './mount.tsx';
import { SNE_MENTION, SONY } from './test-data.ts';

afterEach(() => {
  closeCard();
  document.body.textContent = '';
});

describe('openCard under jsdom', () => {
  it('opens a styled, labelled dialog and closes on Esc back to the ticker', () => {
    const p = document.createElement('p');
    const ticker = document.createElement('clearfolio-ticker');
    ticker.tabIndex = 0;
    ticker.textContent = 'NYSE:SNE';
    p.append('Shares of Sony (', ticker, ') rose.');
    document.body.appendChild(p);
    ticker.focus();

    const { host } = openCard(ticker, { mention: SNE_MENTION, company: SONY, quotesEnabled: false, quote: null });
    const root = host.shadowRoot!;
    const card = root.querySelector('[role="dialog"]')!;
    expect(card.getAttribute('aria-label')).toBe('Sony Group Corporation - company card');
    const css = [
      ...Array.from(root.adoptedStyleSheets ?? []).flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText)),
      ...Array.from(root.querySelectorAll('style')).map((s) => s.textContent ?? ''),
    ].join('');
    expect(css.replace(/\s+/g, '')).toContain(':host{all:initial!important');
    expect(document.activeElement).toBe(host);

    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(document.activeElement).toBe(ticker);
    expect(p.textContent).toBe('Shares of Sony (NYSE:SNE) rose.');
  });
});
