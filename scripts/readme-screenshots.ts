// The README's screenshots (docs/screenshots/*.png): the company card, the reader view and the on-page note on the
// demo article, made from the BUILT extension (run `npm run build` first) in headless Chromium. The window is
// smaller than the stores' 1280x800 (tests/e2e/store-screenshots.test.ts) so that each image stays under 150 KB,
// which this script checks. Run: `npx tsx scripts/readme-screenshots.ts`.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, type TestPage } from '../tests/e2e/browsers.ts';
import { openExtensionControl } from '../tests/e2e/ext-storage.ts';
import { REPO, startPageServer } from '../tests/e2e/server.ts';

const OUT = join(REPO, 'docs/screenshots');
const MAX_BYTES = 150 * 1024;
const VIEWPORT = { width: 880, height: 600 };
const SEED = '/fixtures/valuewalk-sony-hack.html';

mkdirSync(OUT, { recursive: true });
const server = await startPageServer();
const browser = await launchChromium({ headless: true, viewport: VIEWPORT });
const url = `${server.url}${SEED}`;
const written: string[] = [];

async function article(): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 3, 20_000);
  await page.bringToFront();
  return page;
}

async function shoot(page: TestPage, name: string): Promise<void> {
  const file = join(OUT, name);
  await page.screenshot(file);
  const bytes = statSync(file).size;
  if (bytes >= MAX_BYTES) throw new Error(`${name} is ${bytes} bytes (limit ${MAX_BYTES}): make the window smaller`);
  written.push(`${name} ${(bytes / 1024).toFixed(1)} KB`);
  await page.close();
}

try {
  const control = await openExtensionControl(browser);
  await control.resetSettings();

  // The company card, opened by a real click on the first NYSE:SNE mention near the top of the window.
  let page = await article();
  await page.evaluate(() => {
    const at = document.querySelector('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]')!.getBoundingClientRect().top;
    window.scrollBy(0, at - 120);
  });
  await page.click('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]');
  await page.frameWaitFor('src/pages/card/frame.html', () => !!document.querySelector('[role="dialog"] .desc'), 20_000);
  await page.waitFor(() => getComputedStyle(document.querySelector('clearfolio-card')!).opacity === '1');
  await new Promise((r) => setTimeout(r, 500));
  await shoot(page, 'card.png');

  // The reader view of the same article.
  page = await article();
  await control.sendToTab(url, { type: 'toggleReader' });
  await page.frameWaitFor(
    'src/pages/reader/frame.html',
    () => (document.querySelector('clearfolio-reader')?.shadowRoot?.querySelectorAll('.content clearfolio-ticker').length ?? 0) > 0,
    20_000,
  );
  await page.waitFor(() => getComputedStyle(document.querySelector('clearfolio-reader')!).opacity === '1');
  await new Promise((r) => setTimeout(r, 300));
  await shoot(page, 'reader.png');

  // The on-page note with the hidden blocks shown, labelled in words, and one of them in view.
  page = await article();
  await page.waitFor(() => !!document.querySelector('clearfolio-indicator'));
  await control.sendToTab(url, { type: 'showHidden', show: true });
  await page.evaluate(() => {
    const block = document.querySelector('[data-clearfolio-hidden]')!;
    window.scrollBy(0, block.getBoundingClientRect().top - 220);
  });
  await new Promise((r) => setTimeout(r, 300));
  // In a window this narrow the note starts as its icon (no room beside the column): a real click opens it.
  const icon = await page.evaluate(() => {
    const r = document.querySelector('clearfolio-indicator')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, wide: r.width > 60 };
  });
  if (!icon.wide) await page.mouseClick(icon.x, icon.y);
  await page.mouseMove(10, 10);
  await new Promise((r) => setTimeout(r, 300));
  await shoot(page, 'note.png');
  console.log(`wrote ${OUT}:\n  ${written.join('\n  ')}`);
} finally {
  await browser.close();
  await server.close();
}
