// Real browsers for end-to-end tests: Debian's Chromium through playwright-core and Firefox ESR through
// puppeteer-core over WebDriver BiDi, each with the BUILT extension loaded. A missing browser or build is
// a failure with instructions, never a silent skip.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { WELCOME_PAGE } from '../../src/background/first-run.ts';
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
  /** Real (trusted) pointer input at viewport coordinates in CSS pixels: what the element picker needs. */
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** A real wheel turn where the pointer is (negative: up). */
  mouseWheel(deltaY: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Makes this tab the active one of its window (what tabs.query({active: true}) then returns). */
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  errors: string[];
  close(): Promise<void>;
  /**
   * Runs `fn` in the extension frame whose page path contains `path` (the card and the reader are extension
   * pages framed into the page, behind closed shadow roots the page's own scripts cannot open). Throws when
   * there is no such frame.
   */
  frameEvaluate<T, A = undefined>(path: string, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `fn` is truthy in that extension frame (which may not exist yet). */
  frameWaitFor(path: string, fn: () => unknown, timeoutMs?: number): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  version: string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page (popup, options) by its path inside the build. */
  extensionUrl(path: string): string;
  /**
   * Loads the build in `dir` over the installed extension, as a store update does (same id, storage kept):
   * Chromium copies it into the unpacked folder it loaded and reloads the extension; Firefox installs it
   * again under the same gecko id. Resolves once the new version's pages run.
   */
  updateExtension(dir: string): Promise<void>;
  /** Removes the extension, as the user does from the browser's extension manager. */
  uninstallExtension(): Promise<void>;
  close(): Promise<void>;
}

/** The call the launchers make from an extension page; `browser` in Firefox, `chrome` in Chromium. */
interface ExtRuntime {
  runtime: { getManifest(): { version: string } };
}

/** The version the extension's own pages report (runtime.getManifest()), read from a fresh extension tab. */
async function runningVersion(browser: TestBrowser): Promise<string | null> {
  const page = await browser.newPage();
  try {
    await page.goto(browser.extensionUrl('src/pages/options/index.html'));
    return await page.evaluate(() => {
      const g = globalThis as unknown as { browser?: ExtRuntime; chrome: ExtRuntime };
      return (g.browser ?? g.chrome).runtime.getManifest().version;
    });
  } catch {
    return null;
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function untilVersion(browser: TestBrowser, version: string): Promise<void> {
  const until = Date.now() + 20_000;
  let seen: string | null = null;
  while (Date.now() < until) {
    seen = await runningVersion(browser);
    if (seen === version) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`extension did not come up as version ${version} (last seen ${seen})`);
}

const manifestVersion = (dir: string): string =>
  (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string }).version;

export function buildDir(name: BrowserName): string {
  // CLEARFOLIO_DIST points the tests at another build (e.g. one made with a changed vite config).
  const dir = join(process.env.CLEARFOLIO_DIST ?? join(REPO, 'dist'), name === 'chromium' ? 'chrome' : 'firefox');
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

/** `p`, or an error saying "no answer ..." when it has not settled within `ms`. */
/** Waits for `p` at most `ms`, for calls whose reply may never come and whose effect the caller checks. */
function settled(p: Promise<unknown>, ms: number): Promise<void> {
  return Promise.race([
    p.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((r) => setTimeout(r, ms)),
  ]);
}

function bounded<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`no answer within ${ms} ms: ${what}`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Polls `fn` in the frame until it is truthy; a missing or navigating frame counts as not yet. */
async function pollFrame(run: (fn: () => unknown) => Promise<unknown>, fn: () => unknown, path: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < until) {
    try {
      // An evaluate in a frame that is still being swapped in can wait forever (seen once in Chromium under load):
      // give each try a bounded time and look the frame up again.
      if (await bounded(run(fn), Math.max(100, Math.min(5_000, until - Date.now())), path)) return;
      last = null;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `extension frame ${path}: condition not met within ${timeoutMs} ms${last ? ` (${last instanceof Error ? last.message : String(last)})` : ''}`,
  );
}

const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;
/** The most any single driver call may take before the test fails naming it. */
const CALL_MS = 30_000;

function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const frameEvaluate = async <T, A>(path: string, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    // Under load Chromium sometimes leaves an evaluate in a just-attached extension frame unanswered for good:
    // each try is bounded, and the frame is looked up afresh for the next one.
    const until = Date.now() + 15_000;
    for (;;) {
      const frame = page.frames().find((f) => EXTENSION_URL.test(f.url()) && f.url().includes(path));
      if (!frame) throw new Error(`no extension frame ${path}`);
      try {
        return (await bounded(frame.evaluate(fn as never, arg), 4_000, `evaluate in ${path}`)) as T;
      } catch (e) {
        if (Date.now() >= until || !(e instanceof Error && e.message.startsWith('no answer'))) throw e;
      }
    }
  };
  return {
    errors,
    frameEvaluate,
    frameWaitFor: (path, fn, timeoutMs = 15_000) => pollFrame((f) => frameEvaluate(path, f), fn, path, timeoutMs),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    // A call that never answers fails with its name rather than running into the 120 s test timeout.
    evaluate: (fn, arg) => bounded(page.evaluate(fn as never, arg), CALL_MS, `page.evaluate ${String(fn).slice(0, 60)}`) as never,
    waitFor: async (fn, timeoutMs = 15_000) => void (await page.waitForFunction(fn, undefined, { timeout: timeoutMs })),
    click: (sel) => bounded(page.click(sel, { timeout: CALL_MS }), CALL_MS + 5_000, `click ${sel}`),
    focus: (sel) => bounded(page.focus(sel, { timeout: CALL_MS }), CALL_MS + 5_000, `focus ${sel}`),
    // Down and up as two steps with a pause between: a key that closes a framed extension page (Esc in the card
    // or reader) removes the focused frame, and a key-up sent while that frame is torn down is never answered
    // by Chromium (found with the bounded calls: "press Escape" hung). A user's key-up then just finds the page.
    // Since the card closes on key-down, Chromium may leave the key-down unanswered too (once in a full run):
    // each step waits at most 5 s and goes on; the tests check what the key did, not the driver's reply.
    press: async (key) => {
      await settled(page.keyboard.down(key), 5_000);
      await new Promise((r) => setTimeout(r, 250));
      await settled(page.keyboard.up(key), 5_000);
    },
    mouseMove: (x, y) => bounded(page.mouse.move(x, y, { steps: 4 }), CALL_MS, 'mouse.move'),
    mouseClick: (x, y) => bounded(page.mouse.click(x, y), CALL_MS, 'mouse.click'),
    mouseWheel: (deltaY) => bounded(page.mouse.wheel(0, deltaY), CALL_MS, 'mouse.wheel'),
    screenshot: async (path) => void (await bounded(page.screenshot({ path, timeout: CALL_MS }), CALL_MS + 5_000, 'screenshot')),
    bringToFront: () => bounded(page.bringToFront(), CALL_MS, 'bringToFront'),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    close: () => page.close(),
  };
}

/**
 * Firefox's BiDi driver does not follow a navigation into the extension's process (moz-extension pages):
 * it loads, but goto/reload never see it finish. So the old document gets a mark, and the wait is for a
 * loaded document without it.
 */
async function navigateExtensionPage(page: PpPage, start: () => Promise<unknown>, url?: string, timeoutMs = 15_000): Promise<void> {
  const mark = `cf-${Math.random().toString(36).slice(2)}`;
  const target = url ? new URL(url).href : await page.evaluate(() => location.href);
  await page.evaluate((m) => void ((window as unknown as { __cfMark?: string }).__cfMark = m), mark);
  void start().catch(() => undefined);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    // The address too: an about:blank document in between has no mark either, and no extension APIs (a test
    // once evaluated there and found no `browser`).
    const done = await page
      .evaluate(
        (m, href) =>
          (window as unknown as { __cfMark?: string }).__cfMark !== m && location.href === href && document.readyState === 'complete',
        mark,
        target,
      )
      .catch(() => false);
    if (done) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`extension page did not load within ${timeoutMs} ms`);
}

function wrapPuppeteer(page: PpPage): TestPage {
  const errors: string[] = [];
  let extensionPage = false;
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  // The BiDi driver keeps a framed moz-extension page's URL at about:blank (as for navigations, above), so
  // each child frame is asked for its own location.
  const frameEvaluate = async <T, A>(path: string, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (EXTENSION_URL.test(href) && href.includes(path)) return (await frame.evaluate(fn as never, arg)) as T;
    }
    throw new Error(`no extension frame ${path}`);
  };
  return {
    errors,
    frameEvaluate,
    frameWaitFor: (path, fn, timeoutMs = 15_000) => pollFrame((f) => frameEvaluate(path, f), fn, path, timeoutMs),
    goto: async (url) => {
      extensionPage = url.startsWith('moz-extension:');
      if (extensionPage) await navigateExtensionPage(page, () => page.goto(url, { waitUntil: 'load', timeout: 20_000 }), url);
      else await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, timeoutMs = 15_000) => void (await page.waitForFunction(fn, { timeout: timeoutMs, polling: 50 })),
    click: (sel) => page.click(sel),
    focus: (sel) => page.focus(sel),
    // Playwright names the space bar "Space"; Puppeteer's BiDi keyboard only knows it as " ".
    press: (key) => page.keyboard.press((key === 'Space' ? ' ' : key) as never),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    mouseWheel: (deltaY) => page.mouse.wheel({ deltaY }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      if (extensionPage) await navigateExtensionPage(page, () => page.evaluate(() => location.reload()));
      else await page.reload({ waitUntil: 'load' });
    },
    close: () => page.close(),
  };
}

/**
 * The first-run page the extension opens on install comes up a moment after launch, in front. A test tab opened
 * before it would then sit in the background, where Firefox runs timers once a second and neither browser runs
 * animation frames: tests hung or timed out that way now and then. So every launch waits for that tab (at most
 * 15 s) and closes it. `href` reads a tab's address; an unanswered read counts as not that tab.
 */
async function closeWelcomeTab<P>(
  pages: () => Promise<P[]>,
  href: (p: P) => Promise<string>,
  close: (p: P) => Promise<unknown>,
): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    for (const p of await pages()) {
      const url = await bounded(href(p), 2_000, 'tab address').catch(() => '');
      if (url.includes(WELCOME_PAGE)) {
        await bounded(close(p), 5_000, 'close the first-run tab').catch(() => undefined);
        return;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface LaunchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Another unpacked build to load instead of dist/ (updateExtension in Chromium writes into it). */
  dir?: string;
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<TestBrowser> {
  requireBinary(CHROMIUM_BIN, 'chromium');
  const dir = opts.dir ?? buildDir('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'clearfolio-chromium-'));
  let ctx: BrowserContext;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_BIN,
      headless: opts.headless ?? true,
      viewport: opts.viewport ?? { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        ...QUIET_FLAGS,
        ...(opts.dir ? ['--enable-unsafe-extension-debugging'] : []),
      ],
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extId = new URL(sw.url()).host;
  await closeWelcomeTab(
    async () => ctx.pages(),
    async (p) => p.url(),
    (p) => p.close(),
  );
  // The browser-level CDP Extensions domain (needs --enable-unsafe-extension-debugging, set when opts.dir is).
  const extensions = async () => {
    const b = ctx.browser();
    if (!b || !opts.dir) throw new Error('extension updates need a launch with its own dir');
    return b.newBrowserCDPSession();
  };
  const self: TestBrowser = {
    name: 'chromium',
    version: ctx.browser()?.version() ?? 'unknown',
    newPage: async () => wrapPlaywright(await ctx.newPage()),
    extensionUrl: (path) => `chrome-extension://${extId}/${path.replace(/^\//, '')}`,
    updateExtension: async (next) => {
      if (!opts.dir) throw new Error('updateExtension needs a launch with its own dir (it overwrites the loaded folder)');
      cpSync(next, dir, { recursive: true, force: true });
      // Loading the same unpacked folder again is an update: same id, storage kept, onInstalled 'update'.
      // (runtime.reload() from the extension left it disabled in headless Chromium.)
      await (await extensions()).send('Extensions.loadUnpacked' as never, { path: dir } as never);
      await untilVersion(self, manifestVersion(next));
    },
    uninstallExtension: async () => void (await (await extensions()).send('Extensions.uninstall' as never, { id: extId } as never)),
    close: async () => {
      await ctx.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return self;
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<TestBrowser> {
  requireBinary(FIREFOX_BIN, 'firefox');
  const dir = opts.dir ?? buildDir('firefox');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: opts.headless ?? true,
    defaultViewport: opts.viewport ?? { width: 1280, height: 900 },
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// (the options and popup pages) unless
    // system access is allowed; Chromium's driver has no such gate.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      // Give the temporary add-on a fixed internal UUID so tests can open its pages.
      'extensions.webextensions.uuids': JSON.stringify({ 'clearfolio@clearfolio.app': FIREFOX_UUID }),
    },
  });
  let id: string;
  try {
    id = await browser.installExtension(dir);
    await closeWelcomeTab(
      () => browser.pages(),
      (p) => p.evaluate(() => location.href),
      (p) => p.close(),
    );
  } catch (e) {
    await browser.close();
    throw e;
  }
  const self: TestBrowser = {
    name: 'firefox',
    version: await browser.version(),
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`,
    // A temporary add-on installed again under the same id is an upgrade: storage stays, onInstalled 'update'.
    updateExtension: async (next) => {
      id = await browser.installExtension(next);
      await untilVersion(self, manifestVersion(next));
    },
    uninstallExtension: () => browser.uninstallExtension(id),
    close: () => browser.close().catch(() => undefined),
  };
  return self;
}

const FIREFOX_UUID = '6f1c2d1e-2b7a-4c55-9d3e-c1ea4f0110a1';

export function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}
