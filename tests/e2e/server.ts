// Serves test pages on 127.0.0.1 (port 0): the labelled fixtures under /fixtures/ and e2e-only pages under /e2e/.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// No URL object at load time: unit tests that import the bench server run under happy-dom, whose URL differs.
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROOTS: Record<string, string> = {
  fixtures: join(REPO, 'tests/fixtures/pages'),
  e2e: join(REPO, 'tests/e2e/pages'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The file a request asks for: /<root>/<path> under `roots[root]`, or null for an unknown root or a path that
 * climbs out of it. Shared with the bench's page server.
 */
export function fileUnder(roots: Readonly<Record<string, string>>, requestUrl: string | undefined): string | null {
  const path = decodeURIComponent(new URL(requestUrl ?? '/', 'http://x').pathname);
  const [, root, ...rest] = path.split('/');
  const base = root ? roots[root] : undefined;
  const file = base ? normalize(join(base, ...rest)) : '';
  // A separator after the root, so that /a/..%2fa-evil/x cannot reach a sibling folder whose name starts alike.
  return base && file.startsWith(base + sep) ? file : null;
}

/** Listens on 127.0.0.1 at a free port; close() also drops kept-alive connections. */
export async function listenLocal(server: Server): Promise<PageServer> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${addr.port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export async function startPageServer(extraRoots: Record<string, string> = {}): Promise<PageServer> {
  const roots = { ...ROOTS, ...extraRoots };
  const server: Server = createServer(async (req, res) => {
    const file = fileUnder(roots, req.url);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return listenLocal(server);
}
