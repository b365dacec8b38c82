/**
 * Serves dist/ on localhost the way a static host does (directory index.html,
 * 404.html for misses), for the browser tests, screenshots and benchmark.
 * With a mount (`/sitrep/`) it serves the site under that path only, as GitHub
 * Pages serves a project site: nothing exists outside it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface ServeOptions {
  /** 0 (the default) for any free port. */
  port?: number;
  /** The path the site is served under, such as `/sitrep/`; `/` (the default) serves it at the root. */
  mount?: string;
}

export interface RunningServer {
  /** The server's origin, `http://127.0.0.1:<port>`, without the mount. */
  url: string;
  /** Bytes sent per path since start or the last reset, to measure what a page load transfers. */
  sent: Map<string, number>;
  close(): Promise<void>;
}

export function serveDirectory(root: string, { port = 0, mount = '/' }: ServeOptions = {}): Promise<RunningServer> {
  const prefix = mount.replace(/\/*$/, '');
  const sent = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(`${prefix}/`)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(root, '404.html');
    const size = existsSync(target) ? statSync(target).size : 0;
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream', 'Content-Length': size });
    sent.set(path, (sent.get(path) ?? 0) + size);
    if (size) createReadStream(target).pipe(res);
    else res.end();
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${actual}`, sent, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
