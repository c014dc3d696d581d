// The bench's page server on 127.0.0.1. Page scripts must not run (they would hit the network and add
// noise), so every HTML response carries a CSP that allows scripts only from /__bench/, where the injected
// bundle lives. A page's own <meta> CSP is neutralised first, as it could block that bundle.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileUnder, listenLocal } from '../tests/e2e/server.ts';

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeRoots {
  corpus: string;
  fixtures: string;
  /** Folder holding bench.js. */
  bench: string;
}

const META_CSP = /http-equiv\s*=\s*(["']?)content-security-policy\1/gi;

/** The page as served: same bytes except that its own CSP <meta> no longer applies. */
export function neutraliseMetaCsp(html: string): string {
  return html.replace(META_CSP, 'data-bench-removed-csp=""');
}

/**
 * Scripts only from the bench folder. Other resources are left to the route in bench-browser.ts, which
 * refuses anything not on 127.0.0.1: refusing them here too would make Playwright's addScriptTag fail on
 * the CSP violation report of a late favicon.
 */
export function pagePolicy(origin: string): string {
  return `script-src ${origin}/__bench/; object-src 'none'`;
}

function declaresCharset(html: string): boolean {
  return /<meta[^>]+charset/i.test(html.slice(0, 4096));
}

export async function startBenchServer(roots: ServeRoots): Promise<BenchServer> {
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    const file = fileUnder({ corpus: roots.corpus, fixtures: roots.fixtures, __bench: roots.bench }, req.url);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      if (file.endsWith('.js')) {
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(body);
        return;
      }
      // latin1 keeps every byte as one char, so non-UTF-8 pages survive the round trip unchanged.
      const html = neutraliseMetaCsp(body.toString('latin1'));
      res
        .writeHead(200, {
          'content-type': declaresCharset(html) ? 'text/html' : 'text/html; charset=utf-8',
          'content-security-policy': pagePolicy(origin),
          // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs (the floor is ~0.1 ms).
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
          'cache-control': 'no-store',
        })
        .end(Buffer.from(html, 'latin1'));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  const listening = await listenLocal(server);
  origin = listening.url;
  return listening;
}
