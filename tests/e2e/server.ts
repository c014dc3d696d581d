// Serves test pages on 127.0.0.1 (port 0): the labelled fixtures under /fixtures/ and e2e-only pages under /e2e/.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ROOTS: Record<string, string> = {
  fixtures: join(REPO, 'tests/fixtures/pages'),
  e2e: join(REPO, 'tests/e2e/pages'),
};
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

export async function startPageServer(extraRoots: Record<string, string> = {}): Promise<PageServer> {
  const roots = { ...ROOTS, ...extraRoots };
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, root, ...rest] = path.split('/');
    const base = root ? roots[root] : undefined;
    const file = base ? normalize(join(base, ...rest)) : '';
    if (!base || !file.startsWith(base)) {
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
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${addr.port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
