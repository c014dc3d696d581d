// `npm start`: build, serve the demo pages on 127.0.0.1, open the demo article with the extension loaded in
// Chromium (headed when a display exists, else headless), save a screenshot and print what the extension did.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/browsers.ts';
import { REPO, startPageServer } from '../tests/e2e/server.ts';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startPageServer();
const demo = `${server.url}/fixtures/valuewalk-sony-hack.html`;
const browser = await launchChromium({ headless });
try {
  const page = await browser.newPage();
  await page.goto(demo);
  await page.waitFor(() => document.documentElement.hasAttribute('data-clearfolio'), 20_000);
  await page
    .waitFor(() => document.documentElement.dataset.clearfolio !== 'article' || document.querySelector('clearfolio-ticker'), 5_000)
    .catch(() => undefined);
  const summary = await page.evaluate(() => ({
    verdict: document.documentElement.getAttribute('data-clearfolio'),
    hidden: [...document.querySelectorAll('[data-clearfolio-hidden]')].map((el) => ({
      kind: el.getAttribute('data-clearfolio-hidden'),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70),
    })),
    tickers: [...document.querySelectorAll('clearfolio-ticker')].map((el) => ({
      attr: el.getAttribute('data-clearfolio-ticker'),
      label: el.getAttribute('aria-label'),
    })),
  }));
  const out = join(REPO, 'artifacts');
  mkdirSync(out, { recursive: true });
  const shot = join(out, 'demo.png');
  await page.evaluate(() => document.querySelector('clearfolio-ticker')?.scrollIntoView({ block: 'center' }));
  await page.screenshot(shot);
  const cardShot = join(out, 'demo-card.png');
  if (summary.tickers.length) {
    await page.click('clearfolio-ticker');
    // The card is an extension page in a frame under a closed shadow root: wait for its host to fade in.
    await page.waitFor(() => {
      const host = document.querySelector('clearfolio-card');
      return !!host && getComputedStyle(host).opacity === '1';
    }, 10_000);
    await page.screenshot(cardShot);
  }
  console.log(`Clearfolio on ${demo}`);
  console.log(`  page: ${summary.verdict === 'article' ? 'article' : `not an article (${summary.verdict})`}`);
  console.log(`  hidden blocks: ${summary.hidden.length}`);
  for (const h of summary.hidden) console.log(`    [${h.kind}] ${h.text}`);
  console.log(`  tickers found: ${summary.tickers.length}`);
  for (const t of summary.tickers) console.log(`    ${t.attr}  ${t.label ?? ''}`);
  console.log(`  screenshots: ${shot}${summary.tickers.length ? `, ${cardShot} (company card open)` : ''}`);
  if (!headless) {
    console.log('Browser is open; press Ctrl+C to quit.');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
} finally {
  await browser.close();
  await server.close();
}
