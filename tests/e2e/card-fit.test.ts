// The company card fits the screen it opens on, in real Chromium and Firefox ESR: at 1280x900 the Sony card
// (which fits the viewport's height) is shown whole, beside its ticker when the room above and below is too
// short; at 400x800 it is a full-width bottom sheet; on a viewport shorter than the card it scrolls inside.
// In every case each part of the card (header, facts, links, "On this page") can be scrolled into view in
// the frame and is then visible on the page: inside the viewport and not covered by anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestPage } from './browsers.ts';
import { startPageServer, type PageServer } from './server.ts';

const CARD_PAGE = 'src/pages/card/frame.html';
const SEED_PATH = '/fixtures/valuewalk-sony-hack.html';
const PARTS = ['.head', '.facts', '.links', '.written'];

interface Viewport {
  width: number;
  height: number;
}

/** The host's box once it has stopped moving (the frame resizes as the description and data date arrive). */
async function settledHost(page: TestPage): Promise<DOMRect> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const box = await page.evaluate(() => JSON.stringify(document.querySelector('clearfolio-card')?.getBoundingClientRect()));
    if (box === last && box) return JSON.parse(box) as DOMRect;
    last = box;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`card frame never settled: ${last}`);
}

async function openCard(page: TestPage, server: PageServer): Promise<void> {
  await page.goto(`${server.url}${SEED_PATH}`);
  await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= 3);
  await page.bringToFront();
  await page.click('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]');
  await page.frameWaitFor(CARD_PAGE, () => !!document.querySelector('[role="dialog"] .desc') && !!document.querySelector('.data-date'));
  await page.waitFor(() => getComputedStyle(document.querySelector('clearfolio-card')!).opacity === '1', 5_000);
}

/** Scrolls each part into view inside the frame and checks the page shows it: in the viewport, on top. */
async function expectEveryPartReachable(page: TestPage, label: string): Promise<void> {
  for (const part of PARTS) {
    const inFrame = await page.frameEvaluate(
      CARD_PAGE,
      (sel: string) => {
        const el = document.querySelector(sel)!;
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        return { rect: el.getBoundingClientRect().toJSON() as DOMRect, width: document.documentElement.clientWidth, height: innerHeight };
      },
      part,
    );
    const { rect } = inFrame;
    expect(rect.height, `${label} ${part}`).toBeGreaterThan(0);
    expect(rect.top, `${label} ${part} top in the frame`).toBeGreaterThanOrEqual(-0.5);
    expect(rect.bottom, `${label} ${part} bottom in the frame`).toBeLessThanOrEqual(inFrame.height + 0.5);
    expect(rect.right, `${label} ${part} right in the frame`).toBeLessThanOrEqual(inFrame.width + 0.5);
    const onPage = await page.evaluate(
      (r: { left: number; top: number; right: number; bottom: number }) => {
        const host = document.querySelector('clearfolio-card')!;
        const h = host.getBoundingClientRect();
        const box = { left: h.left + r.left, top: h.top + r.top, right: h.left + r.right, bottom: h.top + r.bottom };
        // Corners just inside the part: a part is visible when nothing of the page covers any of them.
        const points = [
          [box.left + 2, box.top + 2],
          [box.right - 2, box.top + 2],
          [box.left + 2, box.bottom - 2],
          [box.right - 2, box.bottom - 2],
        ];
        return {
          box,
          vw: document.documentElement.clientWidth,
          vh: innerHeight,
          onTop: points.every(([x, y]) => document.elementFromPoint(x!, y!) === host),
        };
      },
      { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
    );
    expect(onPage.box.top, `${label} ${part} top on the page`).toBeGreaterThanOrEqual(-0.5);
    expect(onPage.box.left, `${label} ${part} left on the page`).toBeGreaterThanOrEqual(-0.5);
    expect(onPage.box.bottom, `${label} ${part} bottom on the page`).toBeLessThanOrEqual(onPage.vh + 0.5);
    expect(onPage.box.right, `${label} ${part} right on the page`).toBeLessThanOrEqual(onPage.vw + 0.5);
    expect(onPage.onTop, `${label} ${part} is covered`).toBe(true);
  }
}

/** The card's full height in the frame, and the frame's own height. */
const heights = (page: TestPage) =>
  page.frameEvaluate(CARD_PAGE, () => ({ content: document.documentElement.scrollHeight, frame: innerHeight }));

describe.each<BrowserName>(['chromium', 'firefox'])('card fits the viewport in %s', (name) => {
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  async function withCard(viewport: Viewport, check: (page: TestPage) => Promise<void>): Promise<void> {
    const browser = await launch(name, { viewport });
    try {
      const page = await browser.newPage();
      await openCard(page, server);
      await check(page);
      expect(page.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }

  it('1280x900: the card is shown whole, inside the viewport, and every part is visible', async () => {
    await withCard({ width: 1280, height: 900 }, async (page) => {
      const host = await settledHost(page);
      const h = await heights(page);
      expect(h.content).toBeLessThan(900 - 16);
      // It fits the viewport, so the frame is as tall as the card: nothing hides below its edge.
      expect(h.frame).toBeGreaterThanOrEqual(h.content - 1);
      expect(host.top).toBeGreaterThanOrEqual(0);
      expect(host.bottom).toBeLessThanOrEqual(900);
      // Next to its ticker, never over it.
      const anchor = await page.evaluate(
        () => document.querySelector('clearfolio-ticker[data-clearfolio-ticker="NYSE:SNE"]')!.getBoundingClientRect().toJSON() as DOMRect,
      );
      const overlaps = host.left < anchor.right && anchor.left < host.right && host.top < anchor.bottom && anchor.top < host.bottom;
      expect(overlaps).toBe(false);
      await expectEveryPartReachable(page, '1280x900');
    });
  }, 90_000);

  it('400x800: the card is a full-width bottom sheet and every part is visible', async () => {
    await withCard({ width: 400, height: 800 }, async (page) => {
      const host = await settledHost(page);
      const vw = await page.evaluate(() => document.documentElement.clientWidth);
      expect(host.left).toBe(0);
      expect(Math.abs(host.right - vw)).toBeLessThanOrEqual(1);
      expect(Math.abs(host.bottom - 800)).toBeLessThanOrEqual(1);
      const h = await heights(page);
      if (h.content <= 800 * 0.85) expect(h.frame).toBeGreaterThanOrEqual(h.content - 1);
      await expectEveryPartReachable(page, '400x800');
    });
  }, 90_000);

  it('1280x420: a card taller than the viewport scrolls inside its frame, and every part can be scrolled to', async () => {
    await withCard({ width: 1280, height: 420 }, async (page) => {
      const host = await settledHost(page);
      expect(host.top).toBeGreaterThanOrEqual(0);
      expect(host.bottom).toBeLessThanOrEqual(420);
      const h = await heights(page);
      expect(h.content).toBeGreaterThan(h.frame);
      await expectEveryPartReachable(page, '1280x420');
    });
  }, 90_000);
});
