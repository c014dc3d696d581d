// Real browsers for end-to-end tests: Debian's Chromium through playwright-core and Firefox ESR through
// puppeteer-core over WebDriver BiDi, each with the BUILT extension loaded. A missing browser or build is
// a failure with instructions, never a silent skip.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { REPO } from './server.ts';

export type BrowserName = 'chromium' | 'firefox';

export const CHROMIUM_BIN = process.env.CLEARFOLIO_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const FIREFOX_BIN = process.env.CLEARFOLIO_FIREFOX ?? '/usr/bin/firefox-esr';

export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The subset of a page API both drivers share, so each test is written once for both browsers. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  waitFor(fn: () => unknown, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  errors: string[];
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  version: string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page (popup, options) by its path inside the build. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export function buildDir(name: BrowserName): string {
  const dir = join(REPO, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}. Run \`npm run build\` first (npm test does it for you).`);
  }
  return dir;
}

function requireBinary(path: string, name: BrowserName): void {
  if (!existsSync(path)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(
      `${name} is not installed at ${path}. Install Debian's package: sudo apt-get install -y ${pkg} ` +
        `(or run .ci/run, which installs it), or point CLEARFOLIO_${name === 'chromium' ? 'CHROMIUM' : 'FIREFOX'} at a binary.`,
    );
  }
}

function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    errors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, timeoutMs = 15_000) => void (await page.waitForFunction(fn, undefined, { timeout: timeoutMs })),
    click: (sel) => page.click(sel),
    focus: (sel) => page.focus(sel),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PpPage): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  return {
    errors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, timeoutMs = 15_000) => void (await page.waitForFunction(fn, { timeout: timeoutMs, polling: 50 })),
    click: (sel) => page.click(sel),
    focus: (sel) => page.focus(sel),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

export async function launchChromium(opts: { headless?: boolean } = {}): Promise<TestBrowser> {
  requireBinary(CHROMIUM_BIN, 'chromium');
  const dir = buildDir('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'clearfolio-chromium-'));
  let ctx: BrowserContext;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_BIN,
      headless: opts.headless ?? true,
      viewport: { width: 1280, height: 900 },
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_FLAGS],
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extId = new URL(sw.url()).host;
  return {
    name: 'chromium',
    version: ctx.browser()?.version() ?? 'unknown',
    newPage: async () => wrapPlaywright(await ctx.newPage()),
    extensionUrl: (path) => `chrome-extension://${extId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await ctx.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(opts: { headless?: boolean } = {}): Promise<TestBrowser> {
  requireBinary(FIREFOX_BIN, 'firefox');
  const dir = buildDir('firefox');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: opts.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Give the temporary add-on a fixed internal UUID so tests can open its pages.
      'extensions.webextensions.uuids': JSON.stringify({ 'clearfolio@clearfolio.app': FIREFOX_UUID }),
    },
  });
  try {
    await browser.installExtension(dir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    name: 'firefox',
    version: await browser.version(),
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`,
    close: () => browser.close().catch(() => undefined),
  };
}

const FIREFOX_UUID = '6f1c2d1e-2b7a-4c55-9d3e-c1ea4f0110a1';

export function launch(name: BrowserName): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
