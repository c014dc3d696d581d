// Store listing images, made from real pages with the built extension in Chromium: the stores' 1280x800
// screenshots (company card, reader view, options) and the 440x280 promo tile (icon and name, rendered from
// icons/icon.svg and the English catalogue). They land in artifacts/store; with CLEARFOLIO_STORE_UPDATE=1 in
// docs/store/, the copies that are committed (see docs/releasing.md). The README's smaller images are made by
// scripts/readme-screenshots.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_BIN, launchChromium, QUIET_FLAGS, type TestBrowser } from './browsers.ts';
import { openExtensionControl, type ExtensionControl } from './ext-storage.ts';
import { REPO, startPageServer, type PageServer } from './server.ts';

const UPDATE = process.env.CLEARFOLIO_STORE_UPDATE === '1';
const OUT = UPDATE ? join(REPO, 'docs/store') : join(REPO, 'artifacts/store');
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const SEED_PATH = '/fixtures/valuewalk-sony-hack.html';

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('store images (Chromium)', () => {
  let browser: TestBrowser;
  let server: PageServer;
  let control: ExtensionControl;
  const seedUrl = () => `${server.url}${SEED_PATH}`;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startPageServer();
    browser = await launchChromium({ viewport: SCREEN });
    control = await openExtensionControl(browser);
    await control.resetSettings();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('screenshot 1: a real article, cleaned, with the company card open', async () => {
    const page = await browser.newPage();
    await page.goto(seedUrl());
    await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 3);
    await page.bringToFront();
    // The ticker near the top, so the card opens below it with room to show whole.
    await page.evaluate(() => {
      const at = document.querySelector('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]')!.getBoundingClientRect().top;
      window.scrollBy(0, at - 140);
    });
    await page.click('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]');
    // The description and the data's date arrive after the card opened; the frame grows to fit them.
    await page.frameWaitFor(
      'src/pages/card/frame.html',
      () => !!document.querySelector('[role="dialog"] .desc') && !!document.querySelector('.data-date'),
    );
    await page.waitFor(() => getComputedStyle(document.querySelector('clearfolio-card')!).opacity === '1');
    await new Promise((r) => setTimeout(r, 500));
    const file = join(OUT, 'screenshot-1-card.png');
    await page.screenshot(file);
    expect(pngSize(file)).toEqual(SCREEN);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('screenshot 2: the reader view of the same article', async () => {
    const page = await browser.newPage();
    await page.goto(seedUrl());
    await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 3);
    await page.bringToFront();
    expect(await control.sendToTab(seedUrl(), { type: 'toggleReader' })).toEqual({ open: true });
    await page.frameWaitFor(
      'src/pages/reader/frame.html',
      () => (document.querySelector('clearfolio-reader')?.shadowRoot?.querySelectorAll('.content clearfolio-ticker').length ?? 0) > 0,
    );
    await page.waitFor(() => getComputedStyle(document.querySelector('clearfolio-reader')!).opacity === '1');
    const file = join(OUT, 'screenshot-2-reader.png');
    await page.screenshot(file);
    expect(pngSize(file)).toEqual(SCREEN);
    await page.close();
  });

  it('screenshot 3: the options page', async () => {
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('src/pages/options/index.html'));
    await page.waitFor(() => document.querySelectorAll('input[type="checkbox"]').length > 3);
    const file = join(OUT, 'screenshot-3-options.png');
    await page.screenshot(file);
    expect(pngSize(file)).toEqual(SCREEN);
    await page.close();
  });

  it('promo tile 440x280 from the icon and the English name', async () => {
    const messages = JSON.parse(readFileSync(join(REPO, 'src/public/_locales/en/messages.json'), 'utf8'));
    const [name, tagline] = (messages.extName.message as string).split(' — ');
    const svg = readFileSync(join(REPO, 'icons/icon.svg'), 'utf8');
    const html = `<!doctype html><meta charset="utf-8"><style>
      html,body{margin:0;width:${TILE.width}px;height:${TILE.height}px;overflow:hidden}
      body{display:flex;align-items:center;gap:22px;padding:0 34px;box-sizing:border-box;
        background:linear-gradient(135deg,#eff6ff,#dbeafe);font-family:'DejaVu Sans',Arial,sans-serif;color:#0f172a}
      svg{width:112px;height:112px;flex:none}
      h1{margin:0;font-size:40px;letter-spacing:-0.5px} p{margin:6px 0 0;font-size:19px;color:#1d4ed8}
    </style><body>${svg}<div><h1>${name}</h1><p>${tagline}</p></div></body>`;
    const page = join(REPO, 'artifacts/promo-tile.html');
    mkdirSync(join(REPO, 'artifacts'), { recursive: true });
    writeFileSync(page, html);
    const plain = await chromium.launch({ executablePath: CHROMIUM_BIN, args: QUIET_FLAGS });
    try {
      const tab = await plain.newPage({ viewport: TILE });
      await tab.goto(`file://${page}`);
      const file = join(OUT, 'promo-tile-440x280.png');
      await tab.screenshot({ path: file });
      expect(pngSize(file)).toEqual(TILE);
      // The text fits the tile (nothing clipped at the right edge).
      expect(await tab.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(TILE.width);
    } finally {
      await plain.close();
    }
  });
});
