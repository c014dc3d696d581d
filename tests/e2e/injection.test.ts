// Hostile pages in real Chromium and Firefox ESR with the built extension: markup written as text, ticker-like
// text around it, javascript: addresses on the links that hold tickers, hostile quote-link addresses and
// data-symbol values. Nothing may execute (the page's own flag stays untouched), the extension may add only
// clearfolio-* elements, and the company card opened from those tickers renders only http(s) links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';
import { startPageServer, type PageServer } from './server.ts';

interface PageFlags {
  pwned: unknown;
  /** Elements in the live page beyond those of the served HTML, other than clearfolio-* ones. */
  added: string[];
  href: string;
}

/** Runs in the page: the injection flag, and which non-Clearfolio elements exist beyond the served markup. */
async function flags(): Promise<PageFlags> {
  const html = await (await fetch(location.href)).text();
  const count = (root: ParentNode) => {
    const n = new Map<string, number>();
    for (const el of root.querySelectorAll('*'))
      if (!el.localName.startsWith('clearfolio-')) n.set(el.localName, (n.get(el.localName) ?? 0) + 1);
    return n;
  };
  const served = count(new DOMParser().parseFromString(html, 'text/html'));
  const added: string[] = [];
  for (const [tag, k] of count(document)) if (k > (served.get(tag) ?? 0)) added.push(`${tag} +${k - (served.get(tag) ?? 0)}`);
  return { pwned: (window as unknown as { __pwned: unknown }).__pwned, added, href: location.href };
}

interface CardScan {
  open: boolean;
  hrefs: string[];
  badAttributes: string[];
  elements: string[];
  text: string;
}

/** The card is an extension page framed into the page (behind a closed shadow root): its path in the build. */
const CARD_PAGE = 'src/pages/card/frame.html';

/** Runs in the card's frame: every link, attribute and element of the card page's body. */
function scanCard(): CardScan {
  const all = [...document.body.querySelectorAll('*')];
  if (!document.querySelector('[role="dialog"]')) return { open: false, hrefs: [], badAttributes: [], elements: [], text: '' };
  const badAttributes: string[] = [];
  for (const el of all) {
    for (const a of el.getAttributeNames()) {
      const v = el.getAttribute(a) ?? '';
      if (a.startsWith('on') || /^\s*(javascript|data|vbscript):/i.test(v) || /<\s*(img|script|svg|iframe)/i.test(v))
        badAttributes.push(`${el.localName}[${a}=${v.slice(0, 60)}]`);
    }
  }
  return {
    open: true,
    hrefs: all.filter((el) => el.hasAttribute('href')).map((el) => (el as HTMLAnchorElement).href),
    badAttributes,
    // The page's own <script> tag that loads the card is not part of what the card renders.
    elements: [...new Set(all.filter((el) => el.localName !== 'script').map((el) => el.localName))].sort(),
    text: document.body.textContent ?? '',
  };
}

const RISKY_ELEMENTS = ['script', 'iframe', 'img', 'object', 'embed', 'frame', 'form', 'foreignobject'];

describe.each<BrowserName>(['chromium', 'firefox'])('hostile page in %s', (name) => {
  let browser: TestBrowser;
  let server: PageServer;
  let page: TestPage;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
    page = await browser.newPage();
    await page.goto(`${server.url}/e2e/hostile-injection.html`);
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 4);
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  async function openCard(selector: string): Promise<CardScan> {
    await page.evaluate(() => document.querySelector('clearfolio-card')?.remove());
    await page.click(selector);
    await page.frameWaitFor(CARD_PAGE, () => !!document.querySelector('[role="dialog"] a[href]'), 10_000);
    return page.frameEvaluate(CARD_PAGE, scanCard);
  }

  it('runs nothing written as text and adds only its own elements, with the text unchanged', async () => {
    const state = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      // Scripts' text is the same on both sides; the page's own script ran in the live one only, which adds no text.
      return {
        tickers: [...document.querySelectorAll('clearfolio-ticker')].map((w) => [w.textContent, w.getAttribute('data-clearfolio-ticker')]),
        inJsLinks: document.querySelectorAll('a[href^="javascript:"] clearfolio-ticker').length,
        sameText: document.body.textContent === parsed.body.textContent,
        h1: document.querySelector('h1')!.textContent,
        imgs: document.querySelectorAll('img, svg, script:not([type])').length,
      };
    });
    console.log(`[injection] ${name}: tickers ${state.tickers.map(([t, a]) => `${t}=${a}`).join(', ')}`);
    expect(await page.evaluate(flags)).toMatchObject({ pwned: 'untouched', added: [] });
    expect(state.sameText).toBe(true);
    expect(state.h1).toBe(`Apple <img src=x onerror="window.__pwned='h1'"> and IBM shares rise`);
    // The markup-as-text stays text: no element was created from it.
    expect(state.imgs).toBe(1);
    // Tickers next to the hostile text are still found, each wrapping exactly its text.
    const texts = state.tickers.map(([t]) => t);
    expect(texts).toEqual(expect.arrayContaining(['NASDAQ:AAPL', 'NYSE:IBM', '$AAPL']));
    for (const [text, attr] of state.tickers) {
      expect(attr).toMatch(/^[A-Z]*:[A-Z0-9.\-/]{1,16}$/);
      expect(text).not.toMatch(/[<>"]/);
    }
    expect(state.inJsLinks).toBeGreaterThanOrEqual(1);
    expect(page.errors).toEqual([]);
  });

  it('opens the card from a ticker inside a javascript: link without following the link', async () => {
    const card = await openCard('#js-link clearfolio-ticker');
    expect(card.open).toBe(true);
    expect(await page.evaluate(flags)).toMatchObject({ pwned: 'untouched', added: [], href: `${server.url}/e2e/hostile-injection.html` });
    expect(card.hrefs.length).toBeGreaterThan(0);
    for (const href of card.hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
    expect(card.badAttributes).toEqual([]);
    expect(card.elements.filter((e) => RISKY_ELEMENTS.includes(e))).toEqual([]);
    expect(card.text).not.toMatch(/__pwned/);
  });

  it('renders only http(s) links for a ticker next to markup written as text', async () => {
    const card = await openCard('#p-text clearfolio-ticker');
    expect(card.open).toBe(true);
    expect(card.text).toMatch(/Apple/);
    expect(card.hrefs.length).toBeGreaterThan(0);
    for (const href of card.hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
    expect(card.badAttributes).toEqual([]);
    expect(card.elements.filter((e) => RISKY_ELEMENTS.includes(e))).toEqual([]);
    expect(await page.evaluate(flags)).toMatchObject({ pwned: 'untouched', added: [] });
  });

  it('opens cards for every ticker on the page with nothing executed', async () => {
    const count = await page.evaluate(() => document.querySelectorAll('article clearfolio-ticker').length);
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 1; i <= count; i++) {
      // Both drivers click by CSS selector: the test marks the ticker to click.
      await page.evaluate((n: number) => {
        document.querySelectorAll('[data-hostile-target]').forEach((el) => el.removeAttribute('data-hostile-target'));
        document.querySelectorAll('article clearfolio-ticker')[n]!.setAttribute('data-hostile-target', '');
      }, i - 1);
      const card = await openCard('[data-hostile-target]');
      for (const href of card.hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
      expect(card.badAttributes).toEqual([]);
    }
    expect(await page.evaluate(flags)).toMatchObject({ pwned: 'untouched', href: `${server.url}/e2e/hostile-injection.html` });
    expect(page.errors).toEqual([]);
  });
});

describe.each<BrowserName>(['chromium', 'firefox'])('a page with a strict CSP in %s', (name) => {
  let browser: TestBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('still hides clutter, and styles the indicator and the card, under style-src self', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/e2e/hostile-strict-csp.html`);
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 2);
    await page.waitFor(() => !!document.querySelector('clearfolio-indicator'));
    // The card's fade-in runs on animation frames, which only the tab in front gets (the first-run page may have
    // opened after this one).
    await page.bringToFront();
    await page.click('clearfolio-ticker');
    await page.frameWaitFor('src/pages/card/frame.html', () => !!document.querySelector('[role="dialog"] a[href]'), 10_000);
    // The card's own stylesheet applies in its frame: a 1px border and the system font, unlike an unstyled div.
    const cardInside = await page.frameEvaluate('src/pages/card/frame.html', () => {
      const card = document.querySelector('[role="dialog"]')!;
      return getComputedStyle(card).borderTopWidth === '1px' && getComputedStyle(card).borderTopLeftRadius === '10px';
    });
    // The card fades in over a few frames; a loaded machine (the whole e2e suite in Firefox) needs more than 5 s.
    await page.waitFor(() => getComputedStyle(document.querySelector('clearfolio-card')!).opacity === '1');
    const state = await page.evaluate((inside: boolean) => {
      const note = document.querySelector('clearfolio-indicator');
      const host = document.querySelector('clearfolio-card')!;
      return {
        hidden: [...document.querySelectorAll('[data-clearfolio-hidden]')].map((el) => [
          el.getAttribute('data-clearfolio-hidden'),
          el.checkVisibility(),
        ]),
        // The note's root is closed to the page (#20 item 3), so its own stylesheet shows in its size: the pill
        // (padding 6px, 13px/1.3 text, 2px button padding) is about 35px high, unstyled content about 23px.
        indicator: !!note && !note.shadowRoot,
        indicatorHeight: note ? Math.round(note.getBoundingClientRect().height) : null,
        cardStyled: inside && getComputedStyle(host).position === 'fixed' && host.getBoundingClientRect().height > 100,
        tickers: [...document.querySelectorAll('clearfolio-ticker')].map((w) => w.getAttribute('data-clearfolio-ticker')),
      };
    }, cardInside);
    console.log(`[strict-csp] ${name}: ${JSON.stringify(state)}`);
    expect(state.tickers).toEqual(expect.arrayContaining(['LON:BP', 'LON:VOD']));
    expect(state.hidden).toEqual([['newsletter', false]]);
    expect(state.indicator).toBe(true);
    expect(state.indicatorHeight).toBeGreaterThanOrEqual(28);
    expect(state.cardStyled).toBe(true);
    await page.close();
  });
});
