import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { QuoteResult } from '../../core/types.ts';
import { Card, type CardProps } from './Card.tsx';
import { safeHttpUrl } from './safe-url.ts';
import { MANDIANT, SNE_MENTION, SONY, SONY_QUOTE } from './test-data.ts';

let container: HTMLElement | null = null;

function unmount(): void {
  if (container) render(null, container);
  container?.remove();
  container = null;
}

function show(over: Partial<CardProps> = {}): HTMLElement {
  unmount();
  container = document.createElement('div');
  document.body.appendChild(container);
  const props: CardProps = {
    mention: SNE_MENTION,
    company: SONY,
    quotesEnabled: false,
    quote: null,
    onClose: () => {},
    locale: 'en-US',
    timeZone: 'UTC',
    ...over,
  };
  render(<Card {...props} />, container);
  return container.querySelector('[role="dialog"]') as HTMLElement;
}

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function facts(card: Element): Record<string, string> {
  return Object.fromEntries(Array.from(card.querySelectorAll('dt')).map((dt) => [text(dt), text(dt.nextElementSibling)]));
}

afterEach(unmount);

describe('Card: offline part', () => {
  it('shows Sony with the former-symbol note and its facts', () => {
    const card = show();
    expect(card.getAttribute('aria-label')).toBe('Sony Group Corporation - company card');
    expect(text(card.querySelector('h2'))).toBe('Sony Group Corporation');
    expect(text(card.querySelector('.former'))).toBe('Formerly SNE — renamed SONY in 2021');
    // The header names the venue in words; its market identifier code is a detail.
    expect(text(card.querySelector('.sub'))).toBe('SONY · New York Stock Exchange · Japan');
    expect(facts(card)).toEqual({
      Sector: 'Information Technology',
      Industry: 'Electronic Equipment, Instruments & Components',
      Size: 'Large: market value $10B to $200B',
      'Market code (MIC)': 'XNYS',
      ISIN: 'US8356993076',
      Formerly: 'Sony Corporation',
      Website: 'sony.com',
    });
    expect(text(card.querySelector('.written'))).toBe('On this page: NYSE:SNE');
  });

  it('links EDGAR, Yahoo, Google and the website, all http(s), in a new tab without opener', () => {
    const card = show();
    const anchors = Array.from(card.querySelectorAll('a'));
    const byText = Object.fromEntries(anchors.map((a) => [text(a), a.getAttribute('href')]));
    expect(byText).toEqual({
      'sony.com': 'http://www.sony.com/',
      'SEC EDGAR filings': 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000313838',
      'Yahoo Finance': 'https://finance.yahoo.com/quote/SONY',
      'Google Finance': 'https://www.google.com/finance/quote/SONY:NYSE',
    });
    for (const a of anchors) {
      expect(safeHttpUrl(a.getAttribute('href'))).toBe(a.getAttribute('href'));
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('falls back to the exchange code for a venue the table does not know, and takes an override', () => {
    expect(text(show({ company: { ...SONY, mic: 'ZZZZ', exchange: 'NYSE' } }).querySelector('.sub'))).toBe('SONY · NYSE · Japan');
    expect(text(show({ exchangeName: 'NYSE (Big Board)' }).querySelector('.sub'))).toBe('SONY · NYSE (Big Board) · Japan');
  });

  it('shows a note such as an acquisition', () => {
    const card = show({ mention: { text: 'NASDAQ:FEYE', symbol: 'FEYE', exchange: 'NASDAQ' }, company: MANDIANT });
    expect(text(card.querySelector('.former'))).toBe('Formerly FEYE — renamed MNDT in 2021');
    expect(text(card.querySelector('.note'))).toBe('Acquired by Alphabet (Google) in 2022');
  });

  it('renders hostile strings as text and drops script links', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const card = show({
      company: {
        ...SONY,
        name: evil,
        sector: '<script>alert(2)</script>',
        summary: evil,
        notes: [{ id: 'noteAcquiredBy', args: [evil, 2022] }],
        website: 'javascript:alert(1)',
      },
      links: [
        { label: 'ok', href: 'https://example.com/' },
        { label: 'js', href: 'javascript:alert(1)' },
        { label: 'data', href: 'data:text/html,<b>x</b>' },
        { label: 'rel', href: '/relative' },
        { label: 'tab', href: 'java\tscript:alert(1)' },
      ],
    });
    expect(text(card.querySelector('h2'))).toBe(evil);
    expect(card.getAttribute('aria-label')).toBe(`${evil} - company card`);
    expect(card.querySelector('img, script')).toBeNull();
    expect(facts(card).Sector).toBe('<script>alert(2)</script>');
    expect(text(card.querySelector('.note'))).toBe(`Acquired by ${evil} in 2022`);
    expect(text(card.querySelector('.desc'))).toBe(evil);
    const hrefs = Array.from(card.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.com/']);
    expect(facts(card).Website).toBeUndefined();
  });

  it('clamps a long description behind a More toggle', async () => {
    const card = show();
    const desc = card.querySelector('.desc')!;
    const more = card.querySelector<HTMLButtonElement>('button.more')!;
    expect(desc.classList.contains('clamp')).toBe(true);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(text(more)).toBe('More');
    await act(() => more.click());
    expect(desc.classList.contains('clamp')).toBe(false);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(text(more)).toBe('Less');
  });

  it('has no toggle for a short description', () => {
    const card = show({ company: { ...SONY, summary: 'Makes consoles and cameras.' } });
    expect(card.querySelector('button.more')).toBeNull();
    expect(card.querySelector('.desc.clamp')).toBeNull();
  });

  it('calls onClose from the close button', () => {
    const onClose = vi.fn();
    const card = show({ onClose });
    card.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says an unverified mention is unverified and offers searches', () => {
    const card = show({ mention: { text: 'NYSE:XYZQ', symbol: 'XYZQ', exchange: 'NYSE' }, company: null });
    expect(card.getAttribute('aria-label')).toBe('NYSE:XYZQ - company card');
    expect(text(card.querySelector('.warn'))).toMatch(/^Not verified: .*no listing for NYSE:XYZQ\./);
    expect(Array.from(card.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://finance.yahoo.com/lookup/?s=XYZQ',
      'https://www.google.com/finance/?q=NYSE%3AXYZQ',
    ]);
  });

  it('says how old its data is, for a known company and for a mention the data cannot resolve', () => {
    expect(text(show({ dataAsOf: '2026-08-22' }).querySelector('.data-date'))).toBe('Company data as of Aug 22, 2026');
    const unknown = show({ mention: { text: 'XYZQ', symbol: 'XYZQ', exchange: null }, company: null, dataAsOf: '2026-08-22' });
    expect(text(unknown.querySelector('.warn'))).toMatch(/^Not verified: .*no listing for XYZQ\./);
    expect(unknown.querySelectorAll('.links a')).toHaveLength(2);
    expect(text(unknown.querySelector('.data-date'))).toBe('Company data as of Aug 22, 2026');
    // Until the background answers (or when it cannot), no date rather than a wrong one.
    expect(show().querySelector('.data-date')).toBeNull();
    expect(show({ dataAsOf: 'soon' }).querySelector('.data-date')).toBeNull();
  });

  it('stays left-to-right while data text follows its own direction', () => {
    const card = show({ company: { ...SONY, name: 'شركة سوني', notes: [{ id: 'noteAcquiredBy', args: ['ملاحظة', 2022] }] } });
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.querySelector('h2')!.getAttribute('dir')).toBe('auto');
    expect(card.querySelector('.note')!.getAttribute('dir')).toBe('auto');
    expect(card.querySelector('.desc')!.getAttribute('dir')).toBe('auto');
    expect(card.querySelector('.ticker')!.classList.contains('ltr')).toBe(true);
  });
});

describe('Card: quotes', () => {
  it('shows nothing about quotes when they are off', () => {
    const card = show({ quotesEnabled: false, quote: { status: 'ok', quote: SONY_QUOTE, fetchedAt: 1, stale: false } });
    expect(card.querySelector('.quote')).toBeNull();
    expect(text(card)).not.toContain('24.31');
  });

  it('shows price, signed change, currency, market state, time, source and a labelled sparkline', () => {
    const card = show({ quotesEnabled: true, quote: { status: 'ok', quote: SONY_QUOTE, fetchedAt: 1, stale: false } });
    const q = card.querySelector('.quote')!;
    expect(text(q.querySelector('.price'))).toBe('24.31');
    expect(text(q.querySelector('.cur'))).toBe('USD');
    const chg = q.querySelector('.chg')!;
    expect(text(chg)).toBe('▼ -0.42 (-1.70%)');
    expect(chg.classList.contains('down')).toBe(true);
    expect(text(q.querySelector('.meta'))).toBe('Market closed · Jan 9, 2026, 9:00 PM · Yahoo Finance, delayed 15 min');
    const svg = q.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Last 8 closes: down 3.1% from 25.10 to 24.31 (low 24.31, high 26.00)');
    expect(svg.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(8);
    expect(q.querySelector('.status')).toBeNull();
  });

  it('marks a rise with + and the up colour', () => {
    const quote = { ...SONY_QUOTE, change: 0.5, changePercent: 2.1 };
    const card = show({ quotesEnabled: true, quote: { status: 'ok', quote, fetchedAt: 1, stale: false } });
    const chg = card.querySelector('.chg')!;
    expect(text(chg)).toBe('▲ +0.50 (+2.10%)');
    expect(chg.classList.contains('up')).toBe(true);
  });

  const cases: [string, QuoteResult | 'loading', RegExp, boolean][] = [
    ['loading', 'loading', /^Loading quote…$/, false],
    [
      'stale',
      { status: 'ok', quote: SONY_QUOTE, fetchedAt: Date.UTC(2026, 0, 8, 12), stale: true },
      /^Cached quote from Jan 8, 2026, 12:00 PM; it may be out of date\.$/,
      true,
    ],
    [
      'rate-limited',
      { status: 'rate-limited', retryAt: Date.UTC(2026, 0, 10, 9, 30) },
      /^Quote limit reached; next try after Jan 10, 2026, 9:30 AM\.$/,
      false,
    ],
    [
      'rate-limited with cache',
      { status: 'rate-limited', retryAt: Date.UTC(2026, 0, 10, 9, 30), cached: SONY_QUOTE },
      /^Quote limit reached; .* Showing the last known quote\.$/,
      true,
    ],
    ['offline', { status: 'offline', message: 'No network' }, /^You are offline\. No live quote\.$/, false],
    [
      'offline with cache',
      { status: 'offline', message: 'No network', cached: SONY_QUOTE },
      /^You are offline\. Showing the last known quote\.$/,
      true,
    ],
    ['timeout', { status: 'timeout', message: 'after 8 s' }, /^The quote service did not answer in time\.$/, false],
    ['error', { status: 'error', message: 'HTTP 502 from provider' }, /^Could not load a quote\. HTTP 502 from provider$/, false],
    [
      'unknown symbol',
      { status: 'unknown-symbol', message: 'No data for SONY' },
      /^The quote provider does not know this symbol\. No data for SONY$/,
      false,
    ],
    ['disabled', { status: 'disabled', message: '' }, /^Live quotes are off\./, false],
  ];

  for (const [name, quote, message, hasPrice] of cases) {
    it(`${name}: says so, keeps the offline part${hasPrice ? ' and shows the quote' : ''}`, () => {
      const card = show({ quotesEnabled: true, quote });
      expect(text(card.querySelector('.quote [role="status"]'))).toMatch(message);
      expect(text(card.querySelector('.former'))).toBe('Formerly SNE — renamed SONY in 2021');
      expect(card.querySelectorAll('.links a')).toHaveLength(3);
      expect(card.querySelector('.price') !== null).toBe(hasPrice);
    });
  }

  it('ignores a quote whose numbers are not finite', () => {
    const quote = { ...SONY_QUOTE, price: Number.NaN };
    const card = show({ quotesEnabled: true, quote: { status: 'ok', quote, fetchedAt: 1, stale: false } });
    expect(card.querySelector('.price')).toBeNull();
    expect(text(card)).not.toContain('NaN');
  });
});
