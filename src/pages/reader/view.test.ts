// @vitest-environment jsdom
// jsdom, not happy-dom: Readability and the sanitizer need a browser-grade HTML parser (happy-dom's drops
// content after an <svg><script>, and loads iframes even in DOMParser documents).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import type { Company, Resolver, TickerMention } from '../../core/types.ts';
import { snapshotPage } from '../../content/reader-snapshot.ts';
import { READER_TAG } from '../../core/dom/contract.ts';
import { ReaderView, extractArticle, parseSnapshot, readingMinutes } from './view.ts';
import { READER_CSS } from './style.ts';

// Under jsdom the global URL is jsdom's (node:fs refuses it), so paths are joined instead.
const fixturePath = (rel: string) => join(import.meta.dirname, '../../../tests/fixtures', rel);
const FIXTURE = fixturePath('pages/valuewalk-sony-hack.html');
const CASES = JSON.parse(readFileSync(fixturePath('cases.json'), 'utf8')) as {
  file: string;
  keep: string[];
  strip: { kind: string; text: string }[];
}[];
const VALUEWALK = CASES.find((c) => c.file === 'pages/valuewalk-sony-hack.html')!;

function company(symbol: string, name: string, exchange: string, mic: string): Company {
  return { symbol, name, exchange, mic };
}

/** Answers like the dataset: the listing for (symbol, exchange), or the first of the symbol without one. */
function fakeResolver(companies: readonly Company[]): Resolver {
  return {
    async resolve(queries) {
      return queries.map((q) => companies.find((c) => c.symbol === q.symbol && (q.exchange === null || c.exchange === q.exchange)) ?? null);
    },
  };
}

const resolver = fakeResolver([
  company('SNE', 'Sony Group Corporation', 'NYSE', 'XNYS'),
  company('6758', 'Sony Group Corporation', 'TYO', 'XTKS'),
  company('FEYE', 'Mandiant, Inc.', 'NASDAQ', 'XNAS'),
]);

function loadPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

/** What the reader page gets: the content script's snapshot of the page, parsed inertly. */
function source(): Document {
  const snap = snapshotPage(document);
  return parseSnapshot(snap.html, snap.url, snap.baseURI);
}

function settings(over: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...over };
}

function shadow(): ShadowRoot {
  const host = document.querySelector(READER_TAG);
  if (!host?.shadowRoot) throw new Error('reader is not open');
  return host.shadowRoot;
}

function normal(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function key(target: EventTarget, k: string, shiftKey = false): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
}

const HOSTILE =
  '<p>Hostile paragraph planted in the body of the article with enough words to be kept by the reader view, ' +
  'including an image <img src="x.png" onerror="window.__pwned = 1" alt="trap"> and a ' +
  '<a href="javascript:window.__pwned = 2" onclick="window.__pwned = 3"><b>bold trap link</b></a> ' +
  'and <a href="JaVaScRiPt:void(0)" onmouseover="alert(1)"><img src="y.png" alt="image link"></a>.</p>' +
  '<script>window.__pwned = 4</script><iframe src="about:blank" srcdoc="<script>parent.__pwned=5</script>"></iframe>';

beforeEach(() => {
  const html = readFileSync(FIXTURE, 'utf8').replace('<div class="entry-content">', `<div class="entry-content">${HOSTILE}`);
  loadPage(html);
  delete (globalThis as { __pwned?: number }).__pwned;
});

afterEach(() => {
  document.querySelector(READER_TAG)?.remove();
});

describe('extractArticle', () => {
  it('finds the ValueWalk article with its title, byline and site name, leaving the page alone', () => {
    const before = document.documentElement.outerHTML;
    const a = extractArticle(source(), document)!;
    expect(a.title).toBe('Sony Pictures Hack: North Korea Denies Involvement');
    expect(a.siteName).toBe('ValueWalk');
    expect(a.byline).toContain('Brendan Byrne');
    const box = document.createElement('div');
    box.append(a.content);
    const text = normal(box.textContent);
    for (const snippet of VALUEWALK.keep) expect(text).toContain(snippet);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('leaves out blocks Clearfolio hid, unless the user is showing them', () => {
    const disclosure = VALUEWALK.strip.find((s) => s.kind === 'affiliate-disclosure')!;
    const block = Array.from(document.querySelectorAll('div, p, aside, section'))
      .filter((el) => normal(el.textContent).includes(disclosure.text))
      .pop()!;
    block.setAttribute('data-clearfolio-hidden', 'affiliate-disclosure');
    const textOf = () => {
      const box = document.createElement('div');
      box.append(extractArticle(source(), document)!.content);
      return normal(box.textContent);
    };
    expect(textOf()).not.toContain(disclosure.text);
    document.documentElement.setAttribute('data-clearfolio-show-hidden', '');
    expect(textOf()).toContain(disclosure.text);
  });
});

describe('ReaderView', () => {
  it('opens an overlay with the article paragraphs and highlights its tickers', async () => {
    const opened: TickerMention[] = [];
    const reader = new ReaderView(document, { settings: settings(), source: source(), resolver, onTickerOpen: (_el, m) => opened.push(m) });
    await reader.open();
    expect(reader.isOpen).toBe(true);
    const root = shadow();
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(normal(root.getElementById('cf-reader-title')?.textContent)).toBe('Sony Pictures Hack: North Korea Denies Involvement');
    expect(normal(root.querySelector('.site')?.textContent)).toBe('ValueWalk');
    const paragraphs = Array.from(root.querySelectorAll('.content p')).map((p) => normal(p.textContent));
    for (const snippet of VALUEWALK.keep)
      expect(
        paragraphs.some((p) => p.includes(snippet)),
        snippet,
      ).toBe(true);

    const tickers = Array.from(root.querySelectorAll('clearfolio-ticker'));
    expect(tickers.map((t) => t.getAttribute('data-clearfolio-ticker'))).toEqual(['NYSE:SNE', 'TYO:6758', 'NASDAQ:FEYE']);
    (tickers[2] as HTMLElement).click();
    expect(opened.map((m) => m.company?.name)).toEqual(['Mandiant, Inc.']);
    key(tickers[0]!, 'Enter');
    expect(opened.map((m) => m.candidate.text)).toEqual(['NASDAQ:FEYE', 'NYSE:SNE']);
  });

  it('opens the card of the ticker activated, even when a mention could not be wrapped', async () => {
    // While the lookup is out, the first mention's text changes (same length, so the others stay in place):
    // it is not wrapped, and a ticker must not take its neighbour's mention by position.
    const racing: Resolver = {
      async resolve(queries) {
        const content = document.querySelector(READER_TAG)?.shadowRoot?.querySelector('.content');
        const walker = document.createTreeWalker(content!, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const t = walker.currentNode as Text;
          if (t.data.includes('NYSE:SNE')) t.data = t.data.replace('NYSE:SNE', 'NYSE-SNE');
        }
        return resolver.resolve(queries);
      },
    };
    const opened: TickerMention[] = [];
    const reader = new ReaderView(document, {
      settings: settings(),
      source: source(),
      resolver: racing,
      onTickerOpen: (_el, m) => opened.push(m),
    });
    await reader.open();
    const tickers = Array.from(shadow().querySelectorAll('clearfolio-ticker'));
    expect(tickers.map((t) => t.getAttribute('data-clearfolio-ticker'))).toEqual(['TYO:6758', 'NASDAQ:FEYE']);
    (tickers[0] as HTMLElement).click();
    (tickers[1] as HTMLElement).click();
    expect(opened.map((m) => m.candidate.text)).toEqual([expect.stringContaining('6758'), 'NASDAQ:FEYE']);
  });

  it('strips the hostile image handler, javascript: links, scripts and iframes planted in the page', async () => {
    const reader = new ReaderView(document, { settings: settings(), source: source(), resolver: null });
    await reader.open();
    const root = shadow();
    expect(normal(root.querySelector('.content')?.textContent)).toContain('Hostile paragraph planted in the body');
    expect(root.querySelector('.content script, .content iframe, .content object, .content embed')).toBeNull();
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on'), `${attr.name} on <${el.localName}>`).toBe(false);
        expect(attr.value.replace(/\s/g, '').toLowerCase()).not.toContain('javascript:');
      }
    }
    // The reader gets only images the page loaded (jsdom loads none): the planted one is gone with its handler.
    expect(root.querySelector('img[alt="trap"]')).toBeNull();
    expect(normal(root.querySelector('.content')?.textContent)).toContain('bold trap link');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('closing leaves the page exactly as before, and gives focus back', async () => {
    const link = document.querySelector<HTMLAnchorElement>('.entry-content a.ticker-link')!;
    link.focus();
    const before = document.documentElement.outerHTML;
    const reader = new ReaderView(document, { settings: settings(), source: source(), resolver });
    await reader.open();
    expect(document.documentElement.outerHTML).not.toBe(before);
    expect(document.activeElement?.localName).toBe(READER_TAG);
    reader.close();
    expect(reader.isOpen).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(link);
  });

  it('Esc closes it; the page never sees the keys typed in the reader', async () => {
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.key));
    let closed = 0;
    const reader = new ReaderView(document, { settings: settings(), source: source(), resolver: null, onClose: () => closed++ });
    await reader.open();
    const close = shadow().querySelector<HTMLButtonElement>('button[aria-label="Close reader view (Esc)"]')!;
    key(close, 'j');
    expect(seen).toEqual([]);
    expect(closed).toBe(0);
    key(close, 'Escape');
    expect(reader.isOpen).toBe(false);
    expect(closed).toBe(1);
    expect(document.querySelector(READER_TAG)).toBeNull();
  });

  it('Tab wraps around inside the dialog', async () => {
    const reader = new ReaderView(document, { settings: settings(), source: source(), resolver: null });
    await reader.open();
    const root = shadow();
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('.bar button:not([disabled])'));
    const focusables = Array.from(root.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])'));
    const last = focusables[focusables.length - 1]!;
    last.focus();
    expect(key(last, 'Tab').defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(buttons[0]);
    expect(key(buttons[0]!, 'Tab', true).defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(last);
    reader.close();
  });

  it('text size, width and colours change from the toolbar, within limits, and are reported', async () => {
    const changes: Settings['reader'][] = [];
    const reader = new ReaderView(document, {
      settings: settings({ reader: { fontSize: 27, width: 680, theme: 'light' } }),
      source: source(),
      resolver: null,
      onPrefsChange: (p) => changes.push(p),
    });
    await reader.open();
    const root = shadow();
    const btn = (label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
    const page = root.querySelector<HTMLElement>('.page')!;
    expect(page.style.getPropertyValue('--size')).toBe('27px');
    btn('Larger text').click();
    expect(page.style.getPropertyValue('--size')).toBe('28px');
    expect(btn('Larger text').disabled).toBe(true);
    btn('Narrower lines').click();
    expect(page.style.getPropertyValue('--width')).toBe('640px');
    btn('Dark').click();
    expect(root.querySelector('.overlay')!.classList.contains('dark')).toBe(true);
    expect(btn('Dark').getAttribute('aria-pressed')).toBe('true');
    expect(btn('Light').getAttribute('aria-pressed')).toBe('false');
    expect(changes.at(-1)).toEqual({ fontSize: 28, width: 640, theme: 'dark' });
    reader.close();
  });

  it('shows what Firefox Reader View shows: the site as a link to the original, author, date and reading time', async () => {
    const reader = new ReaderView(document, { settings: settings(), source: source(), resolver: null });
    await reader.open();
    const root = shadow();
    const site = root.querySelector<HTMLAnchorElement>('header .site a')!;
    expect(normal(site.textContent)).toBe('ValueWalk');
    expect(site.getAttribute('href')).toBe(document.URL);
    // Out of the frame, like every link in the reader.
    expect(site.getAttribute('target')).toBe('_blank');
    expect(site.getAttribute('rel')).toBe('noopener noreferrer');
    const meta = root.querySelector('header .byline')!;
    expect(normal(meta.querySelector('.author')?.textContent)).toContain('Brendan Byrne');
    const time = meta.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2014-12-04');
    expect(normal(time.textContent)).toBe('December 4, 2014');
    const words = normal(root.querySelector('.content')!.textContent).split(' ').length;
    expect(normal(meta.querySelector('.minutes')?.textContent)).toBe(`${Math.max(1, Math.round(words / 230))} min read`);
    reader.close();
  });

  it('names the host when the page names no site, and keeps figures with their captions', () => {
    const img = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const para = (n: number) =>
      `<p>Paragraph ${n} of a long enough story about markets, earnings and the shares of a company, written so that the reader keeps it.</p>`;
    const html =
      '<!doctype html><html><head><title>A story</title></head><body><article><h1>A story</h1>' +
      para(1) +
      para(2) +
      `<figure><img src="${img}" alt="A chart" width="600" height="300"><figcaption>Shares since 2020. Source: the company.</figcaption></figure>` +
      para(3) +
      para(4) +
      para(5) +
      '</article></body></html>';
    const a = extractArticle(parseSnapshot(html, 'https://www.example.com/news/story'), document)!;
    expect(a.siteName).toBeNull();
    expect(a.url).toBe('https://www.example.com/news/story');
    const box = document.createElement('div');
    box.append(a.content);
    const figure = box.querySelector('figure')!;
    expect(figure.querySelector('img')!.getAttribute('src')).toBe(img);
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('A chart');
    expect(normal(figure.querySelector('figcaption')!.textContent)).toBe('Shares since 2020. Source: the company.');
    expect(a.published).toBeNull();
    const reader = new ReaderView(document, {
      settings: settings(),
      source: parseSnapshot(html, 'https://www.example.com/news/story'),
      resolver: null,
    });
    void reader.open();
    expect(normal(shadow().querySelector('header .site a')!.textContent)).toBe('example.com');
    expect(shadow().querySelector('header time')).toBeNull();
    reader.close();
  });

  it('estimates reading time from words, and from characters in scripts without spaces', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
    expect(readingMinutes('株'.repeat(5000))).toBe(10);
  });

  it("follows the system's dark mode unless the user chose a theme", async () => {
    const reader = new ReaderView(document, { settings: settings(), source: source(), resolver: null });
    await reader.open();
    const root = shadow();
    const overlay = root.querySelector('.overlay')!;
    expect(overlay.classList.contains('auto')).toBe(true);
    expect(root.querySelector('button[aria-label="Same as the system"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(READER_CSS.replace(/\s+/g, '')).toMatch(/@media\(prefers-color-scheme:dark\)\{\.overlay\.auto\{[^}]*--bg:/);
    root.querySelector<HTMLButtonElement>('button[aria-label="Sepia"]')!.click();
    expect(overlay.classList.contains('auto')).toBe(false);
    expect(overlay.classList.contains('sepia')).toBe(true);
    reader.close();
  });

  it('on a page without an article it says so instead of showing an empty overlay', async () => {
    loadPage(
      '<!doctype html><html><head><title>Login</title></head><body><form><input name="u"><button>Sign in</button></form></body></html>',
    );
    const reader = new ReaderView(document, { settings: settings(), source: source(), resolver: null });
    await reader.open();
    expect(normal(shadow().querySelector('.empty')?.textContent)).toBe('Clearfolio could not find an article on this page.');
    reader.close();
    expect(document.querySelector(READER_TAG)).toBeNull();
  });
});
