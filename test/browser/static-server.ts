// A tiny static file server for the built site, on 127.0.0.1, mounted at the base path.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
};

export interface StaticSite {
  origin: string;
  /** Absolute URL of a site path under the base ("departments/" → http://127.0.0.1:port/base/departments/). */
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/** Serves `root` at `base` (e.g. "/" or "/portal/"); 404.html for anything missing. */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const dir = resolve(root);
  const mount = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file: string, status = 200) => {
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404).end('not found');
    };
    if (!pathname.startsWith(mount)) return notFound();
    const file = normalize(join(dir, pathname.slice(mount.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return notFound();
    if (existsSync(file) && statSync(file).isFile()) return send(file);
    if (existsSync(join(file, 'index.html'))) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      return send(join(file, 'index.html'));
    }
    notFound();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '') => `${origin}${mount}${path.replace(/^\/+/, '')}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
