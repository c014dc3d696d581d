// Reader view: the article alone, in a calm full-viewport overlay.
//
// It runs in the reader page (an extension page the content script frames over the page, see
// content/reader-bridge.ts), on a copy of the page's markup parsed inertly: Readability rewrites the
// document it is given, and here that document is a disposable copy, so the live page is never touched.
// Readability's HTML is the page's markup, so it goes through sanitize.ts (inert parse, allowlist,
// http(s)-only URLs) and is imported as nodes into the overlay's shadow root; title, byline, site name,
// publication date and reading time (what Firefox's Reader View shows above an article) are set as text, the
// site name as a link to the original page that opens outside the frame. Focus moves into the overlay and returns where it was; Esc closes; Tab stays inside.
import { Readability } from '@mozilla/readability';
import { READER_LIMITS, type Settings } from '../../core/settings.ts';
import type { Resolver, TickerMention } from '../../core/types.ts';
import { findTickers } from '../../core/tickers/find.ts';
import { parseDate, publishedDate } from '../../core/article/published.ts';
import { t, uiLocale } from '../../platform/i18n.ts';
import { wrapMentions, wrappedMention } from '../../core/dom/highlight.ts';
import { READER_TAG, TICKER_TAG } from '../../core/dom/contract.ts';
import { sanitizeHtml } from './sanitize.ts';
import { READER_CSS } from './style.ts';

export type ReaderPrefs = Settings['reader'];
type ReaderTheme = ReaderPrefs['theme'];

export interface ReaderOptions {
  settings: Settings;
  /** Tickers are highlighted in the reader too when a resolver is given (and settings.tickers is on). */
  resolver?: Resolver | null;
  /** A ticker in the reader was activated (click, Enter, Space): open its company card. */
  onTickerOpen?(el: HTMLElement, mention: TickerMention): void;
  /** Size, width or colours changed from the reader's toolbar (the caller may persist them). */
  onPrefsChange?(prefs: ReaderPrefs): void;
  /** The document Readability reads (and rewrites): a disposable copy of the page, see parseSnapshot. */
  source: Document;
  /** The reader closed (Esc, the close button, or close()). */
  onClose?(): void;
}

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The original page (http(s) only), and its host for when the page names no site. */
  url: string | null;
  /** YYYY-MM-DD, as the page states it (core/article/published.ts), else Readability's reading. */
  published: string | null;
  /** Estimated reading time in whole minutes (at least 1). */
  minutes: number;
  content: DocumentFragment;
}

/** Words per minute for the reading-time estimate (a common adult silent-reading rate for prose). */
const WORDS_PER_MINUTE = 230;
/** Characters per minute where words are not separated by spaces (Chinese, Japanese). */
const CJK_PER_MINUTE = 500;

/** Minutes to read `text`: spaced words at WORDS_PER_MINUTE plus CJK characters at CJK_PER_MINUTE. */
export function readingMinutes(text: string): number {
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
  const words = (text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').match(/\S+/g) ?? []).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_PER_MINUTE));
}

/** "12 March 2015" in the UI's language for a YYYY-MM-DD day. */
export function dayText(day: string, locale?: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(ms) : '';
}

function httpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const FONT = READER_LIMITS.fontSize;
const WIDTH = READER_LIMITS.width;
const THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
const THEME_KEYS = { auto: 'readerThemeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } as const;
const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * The page's markup as a document Readability can read: parsed inertly (nothing runs or loads), with the
 * page's addresses, so relative links resolve against the page and not against the reader page.
 */
export function parseSnapshot(html: string, url: string, baseURI: string = url): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'documentURI', { value: url });
  Object.defineProperty(doc, 'baseURI', { value: baseURI });
  return doc;
}

/**
 * Runs Readability on `source` (which it rewrites: pass a disposable copy) and returns the article as
 * sanitized nodes owned by `target`, or null.
 */
export function extractArticle(source: Document, target: Document): ExtractedArticle | null {
  const title = source.title;
  const base = source.baseURI;
  const url = httpUrl(source.documentURI);
  // Before Readability rewrites the document (it drops the <meta> and <time> the date comes from).
  const stated = publishedDate(source, url);
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(source).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const lang = parsed.lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(parsed.lang) ? parsed.lang : null;
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null;
  const content = sanitizeHtml(parsed.content, target, base);
  return {
    title: (parsed.title ?? '').trim() || title,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang,
    dir,
    url,
    published: stated ?? (parsed.publishedTime ? parseDate(parsed.publishedTime) : null),
    minutes: readingMinutes(content.textContent ?? ''),
    content,
  };
}

function clamp(n: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, n));
}

export class ReaderView {
  private host: HTMLElement | null = null;
  private overlay: HTMLElement | null = null;
  private page: HTMLElement | null = null;
  private returnFocus: HTMLElement | null = null;
  private prefs: ReaderPrefs;
  private readonly mentions = new WeakMap<Element, TickerMention>();
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private generation = 0;

  private readonly onDocKey = (e: KeyboardEvent) => {
    // Focus can land outside the overlay (a click on the browser's chrome, then back); Esc still closes.
    if (e.key === 'Escape' && this.host) {
      e.preventDefault();
      this.close();
    }
  };

  constructor(
    private readonly doc: Document,
    private readonly opts: ReaderOptions,
  ) {
    this.prefs = { ...opts.settings.reader };
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  /**
   * Shows the overlay (synchronously). The returned promise settles once tickers in the reader are
   * highlighted; callers that do not care can ignore it.
   */
  open(): Promise<void> {
    if (this.host) return Promise.resolve();
    const doc = this.doc;
    const active = doc.activeElement;
    this.returnFocus = active && active !== doc.body && 'focus' in active ? (active as HTMLElement) : null;
    const article = extractArticle(this.opts.source, doc);

    const host = doc.createElement(READER_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = READER_CSS;
    const overlay = doc.createElement('div');
    overlay.className = `overlay ${this.prefs.theme}`;
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.tabIndex = -1;
    overlay.append(this.toolbar(!!article));

    const page = doc.createElement('article');
    page.className = 'page';
    if (article) {
      overlay.setAttribute('aria-labelledby', 'cf-reader-title');
      if (article.lang) page.setAttribute('lang', article.lang);
      if (article.dir) page.setAttribute('dir', article.dir);
      const header = this.header(article);
      const content = doc.createElement('div');
      content.className = 'content';
      content.append(article.content);
      page.append(header, content);
    } else {
      overlay.setAttribute('aria-label', t('readerLabel'));
      page.append(this.text('p', 'empty', t('readerNoArticle')));
    }
    overlay.append(page);
    overlay.addEventListener('keydown', (e) => this.onKey(e));
    overlay.addEventListener('click', (e) => this.onClick(e));
    // Keys typed in the reader are the reader's: the page's own shortcuts must not act underneath.
    for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
    shadow.append(style, overlay);

    this.host = host;
    this.overlay = overlay;
    this.page = page;
    this.applyPrefs();
    doc.documentElement.append(host);
    doc.addEventListener('keydown', this.onDocKey);
    overlay.focus({ preventScroll: true });

    const content = page.querySelector<HTMLElement>('.content');
    return content ? this.highlight(content, ++this.generation) : Promise.resolve();
  }

  close(): void {
    if (!this.host) return;
    this.generation++;
    this.doc.removeEventListener('keydown', this.onDocKey);
    this.host.remove();
    this.host = this.overlay = this.page = null;
    this.buttons.clear();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
    this.opts.onClose?.();
  }

  toggle(): Promise<void> {
    if (this.host) {
      this.close();
      return Promise.resolve();
    }
    return this.open();
  }

  /** Highlights tickers in the reader's copy of the article; the live page's highlights are not involved. */
  private async highlight(content: HTMLElement, generation: number): Promise<void> {
    const resolver = this.opts.resolver;
    if (!resolver || !this.opts.settings.tickers) return;
    try {
      const mentions = await findTickers([content], resolver);
      if (generation !== this.generation || !mentions.length) return;
      // Each wrapper knows its own mention: the list leaves out any mention whose text had changed, so pairing
      // it with `mentions` by position would give a ticker another one's card.
      for (const w of wrapMentions(this.doc, mentions)) {
        const m = wrappedMention(w);
        if (m) this.mentions.set(w, m);
      }
    } catch (e) {
      console.warn('[Clearfolio] reader tickers failed:', e instanceof Error ? e.message : e);
    }
  }

  /** Site (a link to the original), title, then byline · date · reading time, as Firefox's Reader View has them. */
  private header(article: ExtractedArticle): HTMLElement {
    const doc = this.doc;
    const header = doc.createElement('header');
    const site = article.siteName || (article.url ? new URL(article.url).hostname.replace(/^www\./, '') : '');
    if (site) {
      const p = this.text('p', 'site', '');
      if (article.url) {
        const a = this.text('a', '', site) as HTMLAnchorElement;
        a.href = article.url;
        a.title = t('readerOriginal');
        // Out of the frame, as every link in the reader (see sanitize.ts).
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        p.append(a);
      } else p.textContent = site;
      header.append(p);
    }
    const h1 = this.text('h1', '', article.title);
    h1.id = 'cf-reader-title';
    header.append(h1);
    const meta = this.text('p', 'byline', '');
    const parts: Node[] = [];
    if (article.byline) parts.push(this.text('span', 'author', article.byline));
    if (article.published) {
      const time = this.text('time', '', dayText(article.published, uiLocale()));
      time.setAttribute('datetime', article.published);
      parts.push(time);
    }
    const minutes = new Intl.NumberFormat(uiLocale()).format(article.minutes);
    parts.push(this.text('span', 'minutes', t('readerMinutes', minutes)));
    parts.forEach((part, i) => meta.append(...(i ? [doc.createTextNode(' · '), part] : [part])));
    header.append(meta);
    return header;
  }

  private text(tag: string, className: string, value: string): HTMLElement {
    const el = this.doc.createElement(tag);
    if (className) el.className = className;
    el.textContent = value;
    return el;
  }

  private button(id: string, label: string, visible: string, onClick: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = visible;
    b.title = label;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    this.buttons.set(id, b);
    return b;
  }

  private toolbar(hasArticle: boolean): HTMLElement {
    const doc = this.doc;
    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', t('readerToolbar'));
    if (hasArticle) {
      const size = doc.createElement('div');
      size.className = 'group';
      size.append(
        this.button('smaller', t('readerSmaller'), 'A−', () => this.setPrefs({ fontSize: this.prefs.fontSize - FONT.step })),
        this.button('larger', t('readerLarger'), 'A+', () => this.setPrefs({ fontSize: this.prefs.fontSize + FONT.step })),
      );
      const width = doc.createElement('div');
      width.className = 'group';
      width.append(
        this.button('narrower', t('readerNarrower'), '→←', () => this.setPrefs({ width: this.prefs.width - WIDTH.step })),
        this.button('wider', t('readerWider'), '←→', () => this.setPrefs({ width: this.prefs.width + WIDTH.step })),
      );
      const themes = doc.createElement('div');
      themes.className = 'group';
      themes.setAttribute('role', 'group');
      themes.setAttribute('aria-label', t('readerTheme'));
      for (const theme of THEMES) {
        const name = t(THEME_KEYS[theme]);
        // "Auto" follows the system's dark mode; its tooltip says so in full.
        themes.append(this.button(`theme-${theme}`, theme === 'auto' ? t('themeAuto') : name, name, () => this.setPrefs({ theme })));
      }
      const sep = () => {
        const s = doc.createElement('span');
        s.className = 'sep';
        s.setAttribute('aria-hidden', 'true');
        return s;
      };
      bar.append(size, sep(), width, sep(), themes, sep());
    }
    bar.append(this.button('close', t('readerClose'), '×', () => this.close()));
    return bar;
  }

  private setPrefs(patch: Partial<ReaderPrefs>): void {
    const next: ReaderPrefs = {
      fontSize: clamp(patch.fontSize ?? this.prefs.fontSize, FONT),
      width: clamp(patch.width ?? this.prefs.width, WIDTH),
      theme: patch.theme ?? this.prefs.theme,
    };
    if (next.fontSize === this.prefs.fontSize && next.width === this.prefs.width && next.theme === this.prefs.theme) return;
    this.prefs = next;
    this.applyPrefs();
    this.opts.onPrefsChange?.({ ...next });
  }

  private applyPrefs(): void {
    const { fontSize, width, theme } = this.prefs;
    if (this.overlay) this.overlay.className = `overlay ${theme}`;
    this.page?.style.setProperty('--size', `${fontSize}px`);
    this.page?.style.setProperty('--width', `${width}px`);
    const b = this.buttons;
    const disable = (id: string, off: boolean) => b.get(id)?.toggleAttribute('disabled', off);
    disable('smaller', fontSize <= FONT.min);
    disable('larger', fontSize >= FONT.max);
    disable('narrower', width <= WIDTH.min);
    disable('wider', width >= WIDTH.max);
    for (const th of THEMES) b.get(`theme-${th}`)?.setAttribute('aria-pressed', String(th === theme));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
      return;
    }
    if (e.key === 'Tab') {
      this.trapTab(e);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      const el = this.tickerFrom(e);
      if (el) {
        e.preventDefault();
        this.openTicker(el);
      }
    }
  }

  private onClick(e: MouseEvent): void {
    const el = this.tickerFrom(e);
    if (!el || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    // A ticker inside a link opens the card instead of leaving the page.
    e.preventDefault();
    this.openTicker(el);
  }

  private tickerFrom(e: Event): HTMLElement | null {
    const target = e.composedPath()[0];
    return target instanceof Element ? (target.closest(TICKER_TAG) as HTMLElement | null) : null;
  }

  private openTicker(el: HTMLElement): void {
    const m = this.mentions.get(el);
    if (m) this.opts.onTickerOpen?.(el, m);
  }

  /** Keeps Tab inside the dialog while it is open (aria-modal promises that). */
  private trapTab(e: KeyboardEvent): void {
    const overlay = this.overlay;
    const root = overlay?.getRootNode() as ShadowRoot | undefined;
    if (!overlay || !root) return;
    const items = Array.from(overlay.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      return;
    }
    const active = root.activeElement;
    if (e.shiftKey && (active === first || active === overlay)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }
}
