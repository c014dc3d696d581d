// Page integrity in real Chromium and Firefox ESR with the built extension: on Mozilla Readability's 130 test
// pages (../shared/corpora/readability-test-pages, beside the repo) and the project's fixture pages, the page's
// text with every clearfolio-* element unwrapped must equal the text of the same HTML parsed without the
// extension (the README's DOM contract), and the extension must raise no errors. Page scripts are blocked by a CSP
// header (the content script is not subject to it) and the same header keeps every remote request from
// leaving the machine, so a page costs one local load.
//
// Also here: a Preact-rendered live blog with a controlled form, where the framework must keep working.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_BIN, FIREFOX_BIN, QUIET_FLAGS, buildDir, type BrowserName } from './browsers.ts';
import { REPO } from './server.ts';
import { requireShared } from '../../scripts/shared-dir.ts';

// Checked at collection: a missing ../shared fails here at once, saying where it comes from.
const CORPUS = requireShared('corpora/readability-test-pages', 'the e2e page-integrity test tests/e2e/integrity.test.ts');
const FIXTURE_PAGES = join(REPO, 'tests', 'fixtures', 'pages');
const E2E_PAGES = join(REPO, 'tests', 'e2e', 'pages');
const TABS = 3;
const VERDICT_TIMEOUT_MS = 15_000;

/** Blocks page scripts and every non-local load; inline styles stay so pages lay out as they would. */
const LOCKED_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "frame-src 'none'; object-src 'none'; form-action 'none'";

function corpusPages(): string[] {
  const pages = readdirSync(CORPUS)
    .filter((d) => existsSync(join(CORPUS, d, 'source.html')))
    .sort();
  if (pages.length < 100) throw new Error(`Expected about 130 pages in ${CORPUS}, found ${pages.length}.`);
  return pages;
}

// ---- a local server with the locked-down header --------------------------------------------------------

interface Served {
  url: string;
  close(): Promise<void>;
}

async function serve(): Promise<Served> {
  const vendor: Record<string, string> = {
    'preact.mjs': join(REPO, 'node_modules/preact/dist/preact.mjs'),
    'hooks.mjs': join(REPO, 'node_modules/preact/hooks/dist/hooks.mjs'),
  };
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, root, ...rest] = path.split('/');
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file: string | undefined;
    let locked = true;
    if (root === 'corpus' && rest.length === 2 && rest[1] === 'source.html') file = join(CORPUS, normalize(rest[0]!));
    else if (root === 'fixtures' && rest.length === 1) file = join(FIXTURE_PAGES, normalize(rest[0]!));
    else if (root === 'e2e' && rest.length === 1) {
      file = join(E2E_PAGES, normalize(rest[0]!));
      locked = false;
    } else if (root === 'vendor' && rest.length === 1) {
      file = vendor[rest[0]!];
      locked = false;
    }
    if (root === 'corpus' && file) file = join(file, 'source.html');
    if (
      !file ||
      !(file.startsWith(CORPUS) || file.startsWith(FIXTURE_PAGES) || file.startsWith(E2E_PAGES) || Object.values(vendor).includes(file))
    ) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = file.endsWith('.mjs') ? 'text/javascript' : 'text/html; charset=utf-8';
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(locked ? { 'content-security-policy': LOCKED_CSP } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${addr.port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

// ---- tabs that also report console errors (the shared harness reports page errors only) -----------------

interface Tab {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  waitFor(fn: () => unknown, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Uncaught exceptions and console errors/warnings that name Clearfolio or come from its own files. */
  extensionErrors: string[];
  /**
   * Everything else the page reported as an error: with scripts blocked these are the CSP reports of blocked
   * loads and inline handlers (Firefox raises those as page errors), and saved pages' dead links.
   */
  otherErrors: number;
}

interface Driver {
  tab(): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * True for a message from our own code: it names Clearfolio, or its source is our extension's origin.
 * Chromium files a CSP report for a blocked load of the page's own markup (an <img> in the saved page) under
 * whichever script was running when the load started, sometimes ours; the extension loads nothing from a
 * page, so those reports are the page's.
 */
function fromExtension(origin: string | null, text: string, where = ''): boolean {
  if (/^Loading the \w+ '[^']*' violates the following Content Security Policy/.test(text) && !/clearfolio/i.test(text)) return false;
  return /clearfolio/i.test(text) || (!!origin && (where.startsWith(origin) || text.includes(origin)));
}

async function chromiumDriver(): Promise<Driver> {
  const dir = buildDir('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'clearfolio-integrity-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_FLAGS],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
  const origin = new URL(sw.url()).origin;
  return {
    async tab() {
      const page = await ctx.newPage();
      const t: Tab = {
        extensionErrors: [],
        otherErrors: 0,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 30_000 })),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        waitFor: async (fn, timeoutMs = VERDICT_TIMEOUT_MS) =>
          void (await page.waitForFunction(fn, undefined, { timeout: timeoutMs, polling: 50 })),
        click: (sel) => page.click(sel),
      };
      const note = (text: string, where?: string) => {
        if (fromExtension(origin, text, where)) t.extensionErrors.push(text);
        else t.otherErrors++;
        if (process.env.CLEARFOLIO_E2E_DEBUG) console.log('[page error]', text.slice(0, 300), where);
      };
      page.on('pageerror', (e) => note(`${e.message}\n${e.stack ?? ''}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') note(m.text(), m.location().url);
      });
      return t;
    },
    close: async () => {
      await ctx.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function firefoxDriver(): Promise<Driver> {
  const dir = buildDir('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  await browser.installExtension(dir);
  return {
    async tab() {
      const page = await browser.newPage();
      // The extension's welcome tab can open after this one and leave it in the background, where Firefox runs
      // its timers once a second and no frames: the live blog would barely render.
      await page.bringToFront();
      const t: Tab = {
        extensionErrors: [],
        otherErrors: 0,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 30_000 })),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        waitFor: async (fn, timeoutMs = VERDICT_TIMEOUT_MS) => void (await page.waitForFunction(fn, { timeout: timeoutMs, polling: 50 })),
        click: (sel) => page.click(sel),
      };
      // The add-on's moz-extension:// UUID is random per profile; any moz-extension origin in a message is ours,
      // the only add-on installed.
      const note = (text: string, where?: string) => {
        if (fromExtension('moz-extension://', text, where)) t.extensionErrors.push(text);
        else t.otherErrors++;
        if (process.env.CLEARFOLIO_E2E_DEBUG) console.log('[page error]', text.slice(0, 300), where);
      };
      page.on('pageerror', (e) => note(e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warn') note(m.text(), m.location().url);
      });
      return t;
    },
    close: () => browser.close().catch(() => undefined),
  };
}

const driverFor = (name: BrowserName) => (name === 'chromium' ? chromiumDriver() : firefoxDriver());

// ---- the in-page check ------------------------------------------------------------------------------------

interface PageCheck {
  verdict: string | null;
  same: boolean;
  /** Where the texts first differ, with a little context, when they do. */
  diff: string | null;
  chars: number;
  hidden: number;
  tickers: number;
  strayElements: string[];
}

/**
 * Runs in the page. The reference is the served HTML parsed by DOMParser (no extension). <noscript> is left
 * out on both sides: a live page parses its content as raw text, DOMParser (scripting off) as elements.
 */
async function checkInPage(): Promise<PageCheck> {
  const SHOW_TEXT = 4;
  const textOf = (root: Node): string => {
    const doc = root.ownerDocument ?? (root as Document);
    const w = doc.createTreeWalker(root, 0x1 | SHOW_TEXT, {
      acceptNode: (n) => (n.nodeType === 1 && (n as Element).localName === 'noscript' ? 2 : 1),
    });
    let out = '';
    for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeType === 3) out += (n as Text).data;
    return out;
  };
  const html = await (await fetch(location.href, { cache: 'no-store' })).text();
  const reference = textOf(new DOMParser().parseFromString(html, 'text/html').documentElement);
  const clone = document.documentElement.cloneNode(true) as Element;
  const ours = [...clone.querySelectorAll('*')].filter((e) => e.localName.startsWith('clearfolio-'));
  for (const el of ours) el.replaceWith(...el.childNodes);
  const live = textOf(clone);
  let diff: string | null = null;
  if (live !== reference) {
    let i = 0;
    while (i < live.length && live[i] === reference[i]) i++;
    diff = `at ${i}: page ${JSON.stringify(live.slice(Math.max(0, i - 40), i + 40))} vs parsed ${JSON.stringify(reference.slice(Math.max(0, i - 40), i + 40))}`;
  }
  const known = new Set(['clearfolio-ticker', 'clearfolio-indicator', 'clearfolio-card']);
  return {
    verdict: document.documentElement.getAttribute('data-clearfolio'),
    same: live === reference,
    diff,
    chars: reference.length,
    hidden: document.querySelectorAll('[data-clearfolio-hidden]').length,
    tickers: document.querySelectorAll('clearfolio-ticker').length,
    strayElements: [...new Set(ours.map((e) => e.localName).filter((n) => !known.has(n)))],
  };
}

interface Summary {
  pages: number;
  articles: number;
  skipped: number;
  hidden: number;
  tickers: number;
  errors: string[];
  otherErrors: number;
  mismatches: string[];
}

async function runAll(driver: Driver, urls: { name: string; url: string }[]): Promise<Summary> {
  const s: Summary = { pages: 0, articles: 0, skipped: 0, hidden: 0, tickers: 0, errors: [], otherErrors: 0, mismatches: [] };
  const queue = [...urls];
  const worker = async () => {
    const tab = await driver.tab();
    for (let next = queue.shift(); next; next = queue.shift()) {
      const before = tab.extensionErrors.length;
      try {
        await tab.goto(next.url);
        await tab.waitFor(() => document.documentElement.hasAttribute('data-clearfolio'));
        const r = await tab.evaluate(checkInPage);
        s.pages++;
        if (r.verdict === 'article') s.articles++;
        else s.skipped++;
        s.hidden += r.hidden;
        s.tickers += r.tickers;
        if (!r.same) s.mismatches.push(`${next.name}: ${r.diff}`);
        if (r.strayElements.length) s.mismatches.push(`${next.name}: unknown elements ${r.strayElements.join(', ')}`);
      } catch (e) {
        s.errors.push(`${next.name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      // Messages can arrive after the next navigation started; the page named is then approximate.
      for (const m of tab.extensionErrors.slice(before)) s.errors.push(`${next.name} (or the page before): ${m}`);
    }
    s.otherErrors += tab.otherErrors;
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  return s;
}

describe.each<BrowserName>(['chromium', 'firefox'])('page integrity in %s', (name) => {
  let server: Served;
  let driver: Driver;

  beforeAll(async () => {
    server = await serve();
    driver = await driverFor(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('keeps the text of every corpus and fixture page exactly, with no extension errors', { timeout: 240_000 }, async () => {
    const urls = [
      ...corpusPages().map((p) => ({ name: `corpus/${p}`, url: `${server.url}/corpus/${encodeURIComponent(p)}/source.html` })),
      ...readdirSync(FIXTURE_PAGES)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => ({ name: `fixtures/${f}`, url: `${server.url}/fixtures/${encodeURIComponent(f)}` })),
    ];
    const started = Date.now();
    const s = await runAll(driver, urls);
    console.log(
      `[integrity] ${name}: pages ${s.pages}/${urls.length}, articles ${s.articles}, skipped ${s.skipped}, hidden blocks ${s.hidden}, ` +
        `tickers ${s.tickers}, extension errors ${s.errors.length} (other page errors ${s.otherErrors}), mismatches ${s.mismatches.length}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(s.errors).toEqual([]);
    expect(s.mismatches).toEqual([]);
    expect(s.pages).toBe(urls.length);
    // The run must have exercised the extension, not just loaded pages.
    expect(s.articles).toBeGreaterThan(50);
    expect(s.tickers).toBeGreaterThan(10);
    expect(s.hidden).toBeGreaterThan(3);

    // The comparison can fail: one changed character in a live page is reported.
    const tab = await driver.tab();
    await tab.goto(`${server.url}/fixtures/valuewalk-sony-hack.html`);
    await tab.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
    await tab.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => (el.textContent ?? '').length > 80)!;
      p.append('x');
    });
    expect((await tab.evaluate(checkInPage)).same).toBe(false);
  });
});

interface FrameworkState {
  done: boolean;
  renders: number;
  errors: string[];
  submitted: string[];
  quoteLine: string;
  expectedLine: string;
  quoteTickers: number;
  entries: string[];
  expectedEntries: string[];
  entryTickers: number[];
  staticTickers: number;
  selection: string;
  input: string;
  editorHtml: string;
  inForm: number;
}

/** Runs in the page: what the Preact app rendered, what it meant to render, and what the extension added. */
function frameworkState(): FrameworkState {
  const app = (
    window as unknown as {
      __app: { done: boolean; renders: number; errors: string[]; submitted: string[]; expectedLine: string; expectedEntries: string[] };
    }
  ).__app;
  const line = document.getElementById('quote-line')!;
  const items = [...document.querySelectorAll('#entries li')];
  const staticP = document.getElementById('static-1')!;
  const range = document.createRange();
  range.selectNodeContents(staticP);
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  const selection = sel.toString();
  sel.removeAllRanges();
  return {
    done: app.done,
    renders: app.renders,
    errors: [...app.errors],
    submitted: [...app.submitted],
    quoteLine: line.textContent ?? '',
    expectedLine: app.expectedLine,
    quoteTickers: line.querySelectorAll('clearfolio-ticker').length,
    entries: items.map((li) => li.textContent ?? ''),
    expectedEntries: [...app.expectedEntries],
    entryTickers: items.map((li) => li.querySelectorAll('clearfolio-ticker').length),
    staticTickers: staticP.querySelectorAll('clearfolio-ticker').length,
    selection,
    input: (document.getElementById('watch') as HTMLInputElement).value,
    editorHtml: document.getElementById('editor')!.innerHTML,
    inForm: document.querySelectorAll('form clearfolio-ticker, [contenteditable] clearfolio-ticker').length,
  };
}

const STATIC_TEXT =
  'Good morning. Apple Inc. (NASDAQ:AAPL) and International Business Machines (NYSE:IBM) both report after the close today, and investors are positioned for a volatile session in technology shares.';

describe.each<BrowserName>(['chromium', 'firefox'])('a Preact live blog in %s', (name) => {
  let server: Served;
  let driver: Driver;

  beforeAll(async () => {
    server = await serve();
    driver = await driverFor(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  let state: FrameworkState | null = null;

  it(
    'keeps the framework working: no errors, keyed entries intact and highlighted, form and editor untouched',
    { timeout: 60_000 },
    async () => {
      const tab = await driver.tab();
      await tab.goto(`${server.url}/e2e/react-liveblog.html`);
      await tab.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
      await tab.waitFor(() => (window as unknown as { __app: { done: boolean } }).__app.done, 20_000);
      // Highlights come back after the last re-render (late content is handled once per frame).
      await tab
        .waitFor(() => [...document.querySelectorAll('#entries li')].every((li) => li.querySelector('clearfolio-ticker')), 5_000)
        .catch(() => undefined);
      await tab.click('#watch-submit');
      await tab.waitFor(() => (window as unknown as { __app: { submitted: string[] } }).__app.submitted.length > 0, 5_000);
      const s = (state = await tab.evaluate(frameworkState));
      console.log(
        `[framework] ${name}: renders ${s.renders}, quote-line tickers ${s.quoteTickers}, entries ${s.entries.length} with tickers ` +
          `${s.entryTickers.filter(Boolean).length}, static tickers ${s.staticTickers}, errors ${s.errors.length + tab.otherErrors + tab.extensionErrors.length}, ` +
          `quote line intact ${s.quoteLine === s.expectedLine}`,
      );

      expect(s.renders).toBeGreaterThanOrEqual(30);
      expect(s.errors).toEqual([]);
      expect(tab.extensionErrors).toEqual([]);
      expect(tab.otherErrors).toBe(0);
      // Keyed entries (appended and moved by reference) read exactly as rendered, each highlighted.
      expect(s.entries).toEqual(s.expectedEntries);
      expect(s.entryTickers.every((n) => n > 0)).toBe(true);
      // Static text keeps its highlights; the re-rendered line is highlighted again.
      expect(s.staticTickers).toBe(2);
      expect(s.quoteTickers).toBeGreaterThan(0);
      // The form submits the controlled value; editable regions and inputs are untouched.
      expect(s.submitted).toEqual(['NYSE:IBM and $AAPL']);
      expect(s.input).toBe('NYSE:IBM and $AAPL');
      expect(s.editorHtml).toBe('Draft: watching NYSE:IBM into the close.');
      expect(s.inForm).toBe(0);
      // Copying a paragraph with highlighted tickers gives the page's own text.
      expect(s.selection).toBe(STATIC_TEXT);
    },
  );

  // Preact keeps a reference to the text node it rendered and rewrites its data on each update. The page's
  // node never moves into a wrapper, and when the page rewrites a node we split, our stale pieces are dropped
  // and the paragraph is scanned again, so the page shows exactly what the framework rendered.
  it('shows exactly the text a framework re-rendered into a node we split', () => {
    expect(state).not.toBeNull();
    expect(state!.quoteLine).toBe(state!.expectedLine);
  });
});
