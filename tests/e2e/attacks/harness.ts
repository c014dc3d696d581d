// Shared set-up for the attack tests: each one plays a hostile page's own script against the BUILT extension
// in real Chromium and Firefox ESR. The server is the e2e one plus small images under /img/ and a log of
// every request with the headers an image host would see (Origin gives Firefox's per-install id away).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileUnder, listenLocal, REPO, type PageServer } from '../server.ts';
import { join } from 'node:path';
import type { TestPage } from '../browsers.ts';

export interface LoggedRequest {
  path: string;
  origin: string | null;
  referer: string | null;
}

export interface AttackServer extends PageServer {
  log: LoggedRequest[];
}

// An 8x8 blue PNG: a picture, not a 1x1 placeholder (which the reader leaves out as a blank box).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAEklEQVR4nGOQizrxHx9mGBkKAMIvj8GYAOAQAAAAAElFTkSuQmCC', 'base64');
const ROOTS = { fixtures: join(REPO, 'tests/fixtures/pages'), e2e: join(REPO, 'tests/e2e/pages') };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export async function startAttackServer(): Promise<AttackServer> {
  const log: LoggedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    log.push({ path, origin: req.headers.origin ?? null, referer: req.headers.referer ?? null });
    if (path.startsWith('/img/')) {
      // Cacheable like a real image host, so a copy the page already has could be reused.
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }).end(PNG);
      return;
    }
    const file = fileUnder(ROOTS, req.url);
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return { ...(await listenLocal(server)), log };
}

export const CARD_PAGE = 'src/pages/card/frame.html';
export const READER_PAGE = 'src/pages/reader/frame.html';
export const EXTENSION_ORIGIN = /(chrome|moz)-extension:/;

/** Waits until Clearfolio has processed the article and highlighted at least `n` tickers. */
export async function articleReady(page: TestPage, n = 1): Promise<void> {
  await page.waitFor(() => document.documentElement.getAttribute('data-clearfolio') === 'article');
  await page.evaluate((k: number) => void ((window as unknown as { __want: number }).__want = k), n);
  await page.waitFor(() => document.querySelectorAll('clearfolio-ticker').length >= (window as unknown as { __want: number }).__want);
}

/** Opens the card with a real (trusted) click on the first ticker and waits for the card page to render. */
export async function openCardByUser(page: TestPage, selector = 'clearfolio-ticker'): Promise<void> {
  await page.click(selector);
  await page.frameWaitFor(CARD_PAGE, () => !!document.querySelector('[role="dialog"]'), 15_000);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
