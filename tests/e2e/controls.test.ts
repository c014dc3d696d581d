// The user's controls, in real Chromium and Firefox ESR with the built extension: the toolbar popup for a
// tab showing the seed article, switching the site off and on, the reader view, and settings changes
// (written to storage.sync, and made on the options page) reaching a tab that is already open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from './browsers.ts';
import { openExtensionControl, type ExtensionControl } from './ext-storage.ts';
import { startPageServer, REPO, type PageServer } from './server.ts';
import cases from '../fixtures/cases.json' with { type: 'json' };

const SEED = cases.find((c) => c.file.endsWith('valuewalk-sony-hack.html'))!;
const ARTIFACTS = join(REPO, 'artifacts');
const TICKERS = ['NYSE:SNE', 'TYO:6758', 'NASDAQ:FEYE'];
const HIDDEN = { 'affiliate-disclosure': 1, newsletter: 1, sponsored: 1 };
const NEWSLETTER = SEED.strip.find((s) => s.kind === 'newsletter')!.text;

/** '' when equal; otherwise where two long strings part, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 60), i + 120)}… became …${b.slice(Math.max(0, i - 60), i + 120)}…`;
}

/** What Clearfolio currently does to the page, read from the DOM. */
function pageState(page: TestPage) {
  return page.evaluate((newsletter: string) => {
    const hidden = [...document.querySelectorAll('[data-clearfolio-hidden]')].map((el) => el.getAttribute('data-clearfolio-hidden'));
    // The innermost element holding the sign-up text.
    const block = [...document.body.querySelectorAll('*')]
      .filter((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(newsletter))
      .pop();
    return {
      mode: document.documentElement.getAttribute('data-clearfolio'),
      hidden: hidden.sort(),
      tickers: [...document.querySelectorAll('clearfolio-ticker')].map((el) => el.getAttribute('data-clearfolio-ticker')),
      indicator: !!document.querySelector('clearfolio-indicator'),
      newsletterVisible: block ? block.checkVisibility() : null,
    };
  }, NEWSLETTER);
}

describe.each<BrowserName>(['chromium', 'firefox'])('controls in %s', (name) => {
  let browser: TestBrowser;
  let server: PageServer;
  let control: ExtensionControl;
  let seedUrl: string;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
    control = await openExtensionControl(browser);
    await control.resetSettings();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await control?.resetSettings().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  let opened: TestPage[] = [];
  let visit = 0;
  afterEach(async () => {
    // A failed test must not leave a tab behind that a later test's message could reach.
    await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
    opened = [];
  });

  async function newPage(): Promise<TestPage> {
    const page = await browser.newPage();
    opened.push(page);
    return page;
  }

  /** The seed article under a URL of its own (the query is ignored by the server), so each test's tab is found by URL. */
  async function openSeed(): Promise<TestPage> {
    seedUrl = `${server.url}/fixtures/valuewalk-sony-hack.html?visit=${++visit}`;
    const page = await newPage();
    await page.goto(seedUrl);
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 3);
    // The note's code loads on first use (a dynamic import in session.ts), a moment after the page is marked.
    await page.waitFor(() => !!document.querySelector('clearfolio-indicator'));
    await page.bringToFront();
    return page;
  }

  /** Opens the options page in its own tab and waits until it has loaded the settings. */
  async function openOptions(): Promise<TestPage> {
    const page = await newPage();
    await page.goto(browser.extensionUrl('src/pages/options/index.html'));
    await page.waitFor(() => document.querySelectorAll('input[role="switch"]').length > 0);
    await page.bringToFront();
    return page;
  }

  it("answers the popup's report: an article, the hidden blocks by kind and the three tickers", async () => {
    await openSeed();
    const report = (await control.sendToTab(seedUrl, { type: 'report' })) as Record<string, unknown>;
    expect(report.isArticle).toBe(true);
    expect(report.hidden).toEqual(HIDDEN);
    expect((report.tickers as { attr: string }[]).map((t) => t.attr)).toEqual(TICKERS);
    expect((report.tickers as { name: string | null }[]).map((t) => t.name)).toEqual([
      'Sony Group Corporation',
      'Sony Group Corporation',
      'FireEye, Inc.',
    ]);
    expect(report).toMatchObject({ url: seedUrl, siteEnabled: true, showingHidden: false, readerOpen: false });
  });

  it('renders the popup for the seed tab, and its "show them" switch reaches the tab', async () => {
    const seed = await openSeed();
    const popup = await newPage();
    await popup.goto(browser.extensionUrl('src/pages/popup/index.html'));
    // The popup asks for the active tab of its window. Opened as a tab it would find itself, so the seed
    // tab is brought to the front and the popup loaded again behind it: it then sees the seed tab, as when
    // the toolbar button is pressed over it.
    await seed.bringToFront();
    await popup.reload();
    await popup.waitFor(() => !!document.querySelector('ul.tickers'), 10_000);
    const shown = await popup.evaluate(() => {
      const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        host: text(document.querySelector('header .muted')),
        status: text(document.querySelector('p.status')),
        counts: Object.fromEntries(
          [...document.querySelectorAll('ul.counts li[data-kind]')].map((li) => [
            li.getAttribute('data-kind'),
            Number(text(li.lastElementChild)),
          ]),
        ),
        tickers: [...document.querySelectorAll('ul.tickers button')].map((b) => ({
          sym: text(b.querySelector('.sym')),
          name: text(b.querySelector('.name')),
        })),
        switches: [...document.querySelectorAll('input[role="switch"]')].map((i) => (i as HTMLInputElement).checked),
      };
    });
    expect(shown.host).toBe('127.0.0.1');
    expect(shown.status).toMatch(/^Article/);
    expect(shown.counts).toEqual(HIDDEN);
    expect(shown.tickers).toEqual([
      { sym: 'NYSE:SNE', name: 'Sony Group Corporation' },
      { sym: 'TYO:6758', name: 'Sony Group Corporation' },
      { sym: 'NASDAQ:FEYE', name: 'FireEye, Inc.' },
    ]);
    // Show hidden (off), run on this site (on), clean this site (on).
    expect(shown.switches).toEqual([false, true, true]);

    await popup.bringToFront();
    await popup.evaluate(() => {
      const box = [...document.querySelectorAll('label.switch')].find((l) => /show/i.test(l.textContent ?? ''))?.querySelector('input');
      box?.setAttribute('data-e2e', 'show-hidden');
    });
    await popup.click('[data-e2e="show-hidden"]');
    await seed.waitFor(() => document.documentElement.hasAttribute('data-clearfolio-show-hidden'));
    expect((await pageState(seed)).newsletterVisible).toBe(true);
    if (name === 'chromium') await popup.screenshot(join(ARTIFACTS, 'popup-chromium.png'));
    expect(popup.errors).toEqual([]);
    expect(seed.errors).toEqual([]);
  });

  it('restores the page exactly when the site is switched off, and cleans it again when switched on', async () => {
    const seed = await openSeed();
    expect(await pageState(seed)).toMatchObject({ mode: 'article', hidden: Object.keys(HIDDEN).sort(), tickers: TICKERS, indicator: true });

    await control.setSettings({ neverRun: ['127.0.0.1'] });
    await seed.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'skipped');
    const off = await seed.evaluate(async () => {
      // The page as served, parsed without running anything: what "restored" has to mean.
      const html = await (await fetch(location.href)).text();
      const original = new DOMParser().parseFromString(html, 'text/html');
      return {
        clearfolioNodes: document.querySelectorAll(
          '[data-clearfolio-hidden], clearfolio-ticker, clearfolio-indicator, clearfolio-card, clearfolio-reader',
        ).length,
        showHidden: document.documentElement.hasAttribute('data-clearfolio-show-hidden'),
        textSame: document.documentElement.textContent === original.documentElement.textContent,
        bodySame: document.body.outerHTML === original.body.outerHTML,
        headSame: document.head.outerHTML === original.head.outerHTML,
      };
    });
    expect(off).toEqual({ clearfolioNodes: 0, showHidden: false, textSame: true, bodySame: true, headSame: true });
    expect(await control.sendToTab(seedUrl, { type: 'report' })).toMatchObject({ error: expect.any(String), url: seedUrl });

    await control.setSettings({ neverRun: [] });
    await seed.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await seed.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 3);
    await seed.waitFor(() => !!document.querySelector('clearfolio-indicator'));
    expect(await pageState(seed)).toMatchObject({
      mode: 'article',
      hidden: Object.keys(HIDDEN).sort(),
      tickers: TICKERS,
      indicator: true,
      newsletterVisible: false,
    });
    expect(seed.errors).toEqual([]);
  });

  it('opens the reader view with the article and closes it with Esc, leaving the document as it was', async () => {
    const seed = await openSeed();
    // The note's code loads after the pass (on first use, like the card's): the page is settled once it is up.
    await seed.waitFor(() => !!document.querySelector('clearfolio-indicator'));
    const before = await seed.evaluate(() => document.documentElement.outerHTML);
    expect(await control.sendToTab(seedUrl, { type: 'toggleReader' })).toEqual({ open: true });
    // The reader is an extension page framed over the page, behind a closed shadow root.
    const READER_PAGE = 'src/pages/reader/frame.html';
    await seed.waitFor(() => {
      const host = document.querySelector('clearfolio-reader');
      return !!host && host.shadowRoot === null && getComputedStyle(host).opacity === '1';
    });
    await seed.frameWaitFor(
      READER_PAGE,
      () => document.querySelectorAll('clearfolio-reader')[0]?.shadowRoot?.querySelectorAll('.content clearfolio-ticker').length === 3,
    );
    const reader = {
      ...(await seed.frameEvaluate(
        READER_PAGE,
        ({ keep, strip }: { keep: string[]; strip: string[] }) => {
          const text = (document.querySelector('clearfolio-reader')!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
          return { keep: keep.filter((k) => text.includes(k)).length, strip: strip.filter((s) => text.includes(s)) };
        },
        { keep: SEED.keep, strip: SEED.strip.map((s) => s.text) },
      )),
      hosts: await seed.evaluate(() => document.querySelectorAll('clearfolio-reader').length),
    };
    expect(reader).toEqual({ keep: SEED.keep.length, strip: [], hosts: 1 });
    // Tickers work inside the reader: the card opens there, in the reader's own page.
    await seed.frameEvaluate(READER_PAGE, () => {
      const t = document
        .querySelector('clearfolio-reader')!
        .shadowRoot!.querySelector<HTMLElement>('clearfolio-ticker[data-clearfolio-ticker="NASDAQ:FEYE"]')!;
      t.click();
    });
    await seed.frameWaitFor(
      READER_PAGE,
      () => document.querySelector('clearfolio-card')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent === 'FireEye, Inc.',
    );
    expect(await seed.evaluate(() => document.querySelectorAll('clearfolio-card').length)).toBe(0);
    // Esc closes the card first, then the reader.
    await seed.bringToFront();
    await seed.press('Escape');
    await seed.frameWaitFor(READER_PAGE, () => !document.querySelector('clearfolio-card'));
    expect(await seed.evaluate(() => document.querySelectorAll('clearfolio-reader').length)).toBe(1);
    expect(await control.sendToTab(seedUrl, { type: 'report' })).toMatchObject({ readerOpen: true });

    await seed.bringToFront();
    await seed.press('Escape');
    await seed.waitFor(() => !document.querySelector('clearfolio-reader'));
    expect(firstDifference(before, await seed.evaluate(() => document.documentElement.outerHTML))).toBe('');
    expect(await control.sendToTab(seedUrl, { type: 'report' })).toMatchObject({ readerOpen: false });
    expect(seed.errors).toEqual([]);
  });

  it('applies a settings change to an open tab without a reload', async () => {
    const seed = await openSeed();
    await seed.evaluate(() => void ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await control.setSettings({ kinds: { newsletter: false } });
    // The pass restarts under the new settings: its hides land before it marks the page and wraps the tickers, so
    // wait for the whole pass, not for its first step.
    await seed.waitFor(
      () =>
        !document.querySelector('[data-clearfolio-hidden="newsletter"]') &&
        document.querySelectorAll('[data-clearfolio-hidden]').length === 2 &&
        document.documentElement.getAttribute('data-clearfolio') === 'article' &&
        document.querySelectorAll('clearfolio-ticker').length === 3,
    );
    expect(await pageState(seed)).toMatchObject({
      mode: 'article',
      hidden: ['affiliate-disclosure', 'sponsored'],
      tickers: TICKERS,
      newsletterVisible: true,
    });
    expect(await control.sendToTab(seedUrl, { type: 'report' })).toMatchObject({ hidden: { 'affiliate-disclosure': 1, sponsored: 1 } });

    const text = await seed.evaluate(() => document.body.textContent);
    await control.setSettings({ kinds: { newsletter: false }, tickers: false });
    await seed.waitFor(
      () => !document.querySelector('clearfolio-ticker') && document.querySelectorAll('[data-clearfolio-hidden]').length === 2,
    );
    expect(await seed.evaluate(() => document.body.textContent)).toBe(text);

    await control.setSettings({});
    await seed.waitFor(
      () =>
        document.querySelectorAll('clearfolio-ticker').length === 3 && document.querySelectorAll('[data-clearfolio-hidden]').length === 3,
    );
    expect(await pageState(seed)).toMatchObject({ hidden: Object.keys(HIDDEN).sort(), tickers: TICKERS, newsletterVisible: false });
    expect(await seed.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(seed.errors).toEqual([]);
  });

  it('loads the options page with its controls and saves a change there to storage.sync', async () => {
    await control.resetSettings();
    const seed = await openSeed();
    const options = await openOptions();
    const shown = await options.evaluate(() => ({
      title: document.querySelector('h1')?.textContent ?? '',
      switches: [...document.querySelectorAll('label.switch')].map((l) => ({
        label: (l.querySelector('span')?.textContent ?? '').trim(),
        checked: (l.querySelector('input') as HTMLInputElement).checked,
      })),
      theme: (document.getElementById('theme') as HTMLSelectElement | null)?.value ?? null,
      fontSize: (document.getElementById('reader-size') as HTMLInputElement | null)?.value ?? null,
      notices: document.querySelectorAll('.notice').length,
    }));
    expect(shown.title).toMatch(/Clearfolio/);
    expect(shown.switches.length).toBeGreaterThanOrEqual(6);
    expect(shown.switches.find((s) => s.label === 'Newsletter sign-ups')).toEqual({ label: 'Newsletter sign-ups', checked: true });
    expect(shown.theme).toBe('auto');
    expect(shown.fontSize).toBe('19');
    expect(shown.notices).toBe(0);

    await options.evaluate(() => {
      const label = [...document.querySelectorAll('label.switch')].find(
        (l) => l.querySelector('span')?.textContent?.trim() === 'Newsletter sign-ups',
      );
      label?.querySelector('input')?.setAttribute('data-e2e', 'newsletter');
    });
    await options.click('[data-e2e="newsletter"]');
    await options.waitFor(() => /saved/i.test(document.querySelector('.save-status')?.textContent ?? ''), 5_000);
    const stored = (await control.getSettings()) as { kinds?: Record<string, boolean> } | undefined;
    expect(stored?.kinds).toEqual({ 'affiliate-disclosure': true, newsletter: false, sponsored: true, 'promoted-widget': true });
    // ...and the open article follows.
    await seed.waitFor(
      () =>
        !document.querySelector('[data-clearfolio-hidden="newsletter"]') &&
        document.querySelectorAll('[data-clearfolio-hidden]').length === 2,
    );
    expect(options.errors).toEqual([]);
    if (name === 'chromium') await options.screenshot(join(ARTIFACTS, 'options-chromium.png'));
    await control.resetSettings();
  });
});
