// The seed page, loaded in real Chromium and Firefox ESR with the built extension (the README's DOM contract).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser } from './browsers.ts';
import { startPageServer, REPO, type PageServer } from './server.ts';
import cases from '../fixtures/cases.json' with { type: 'json' };

const SEED = cases.find((c) => c.file.endsWith('valuewalk-sony-hack.html'))!;
const ARTIFACTS = join(REPO, 'artifacts');

describe.each<BrowserName>(['chromium', 'firefox'])('seed article in %s', (name) => {
  let browser: TestBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSeed() {
    const page = await browser.newPage();
    await page.goto(`${server.url}/fixtures/valuewalk-sony-hack.html`);
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 3);
    return page;
  }

  it('marks the article, hides the three clutter blocks and keeps every paragraph visible', async () => {
    const page = await openSeed();
    // The note's code loads on first use (a dynamic import in session.ts), a moment after the page is marked.
    await page.waitFor(() => !!document.querySelector('clearfolio-indicator'));
    const state = await page.evaluate(
      (snippets: { keep: string[]; strip: { kind: string; text: string }[] }) => {
        const hidden = [...document.querySelectorAll('[data-clearfolio-hidden]')];
        const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');
        const blockFor = (t: string) => hidden.find((el) => textOf(el).includes(t));
        const paragraphs = [...document.querySelectorAll('p')].filter((p) => snippets.keep.some((k) => textOf(p).includes(k)));
        return {
          strip: snippets.strip.map((s) => {
            const el = blockFor(s.text);
            return { kind: el?.getAttribute('data-clearfolio-hidden') ?? null, visible: el ? el.checkVisibility() : null };
          }),
          keepFound: paragraphs.length,
          keepVisible: paragraphs.every((p) => p.checkVisibility()),
          indicator: !!document.querySelector('clearfolio-indicator'),
        };
      },
      { keep: SEED.keep, strip: SEED.strip },
    );
    expect(state.strip).toEqual(SEED.strip.map((s) => ({ kind: s.kind, visible: false })));
    expect(state.keepFound).toBeGreaterThanOrEqual(SEED.keep.length);
    expect(state.keepVisible).toBe(true);
    expect(state.indicator).toBe(true);
    expect(page.errors).toEqual([]);
    if (name === 'chromium') await page.screenshot(join(ARTIFACTS, 'seed-chromium.png'));
    await page.close();
  });

  it('shows the hidden blocks again when asked, and hides them again', async () => {
    const page = await openSeed();
    const visibleAfter = async (show: boolean) =>
      page.evaluate((s: boolean) => {
        if (s) document.documentElement.setAttribute('data-clearfolio-show-hidden', '');
        else document.documentElement.removeAttribute('data-clearfolio-show-hidden');
        return [...document.querySelectorAll('[data-clearfolio-hidden]')].map((el) => el.checkVisibility());
      }, show);
    expect((await visibleAfter(true)).every(Boolean)).toBe(true);
    expect((await visibleAfter(false)).some(Boolean)).toBe(false);
    await page.close();
  });

  it('highlights the three tickers with the contract attribute and keeps the text unchanged', async () => {
    const page = await openSeed();
    const tickers = await page.evaluate(() =>
      [...document.querySelectorAll('clearfolio-ticker')].map((el) => ({
        attr: el.getAttribute('data-clearfolio-ticker'),
        text: el.textContent,
        focusable: (el as HTMLElement).tabIndex >= 0,
        inLink: !!el.closest('a[href]'),
      })),
    );
    expect(tickers.map((t) => t.attr)).toEqual(['NYSE:SNE', 'TYO:6758', 'NASDAQ:FEYE']);
    expect(tickers.map((t) => t.text)).toEqual(SEED.tickers.map((t) => t.text));
    expect(tickers.every((t) => t.focusable && t.inLink)).toBe(true);
    await page.close();
  });

  it('leaves textareas, contenteditable regions and inputs untouched', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/e2e/editable-article.html`);
    await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 1);
    const state = await page.evaluate(() => ({
      tickers: [...document.querySelectorAll('clearfolio-ticker')].map((el) => el.getAttribute('data-clearfolio-ticker')),
      inComments: document.querySelectorAll('.comments clearfolio-ticker').length,
      textarea: (document.getElementById('comment') as HTMLTextAreaElement).value,
      editorHtml: document.getElementById('editor')!.innerHTML,
      input: (document.getElementById('name') as HTMLInputElement).value,
    }));
    // The headline and later paragraphs may say plain "IBM": the page introduced it as NYSE:IBM.
    expect(state.tickers).toContain('NYSE:IBM');
    expect(state.tickers.every((t) => t === 'NYSE:IBM' || t === ':IBM')).toBe(true);
    expect(state.inComments).toBe(0);
    expect(state.textarea).toBe('Bought more NYSE:IBM today, and $AAPL too.');
    expect(state.editorHtml).toBe('Draft: watching NYSE:IBM and NASDAQ:MSFT into the close.');
    expect(state.input).toBe('NYSE:IBM fan');
    await page.close();
  });
});
