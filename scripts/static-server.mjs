// Serves the built page as a static host would (ADR 15), for `npm run audit`: every file is read
// and gzipped once when the server starts, then sent whole, with the caching a deployment gives
// hashed files. `vite preview` compresses each response as it streams it, in a process on the
// same two cores as the browser being measured; its figures are still one flag away
// (`npm run audit -- --server=preview`).
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** Every file under `dir`, by its URL path ('/assets/x.js'); '/' is index.html. */
export function loadSite(dir) {
  const files = new Map();
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const body = readFileSync(path);
        const url = `/${relative(dir, path).split(sep).join('/')}`;
        files.set(url, {
          body,
          gzipped: gzipSync(body, { level: 9 }),
          type: TYPES[extname(path)] ?? 'application/octet-stream',
          // Hashed file names never change content: a deployment caches them for good.
          cache: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      }
    }
  };
  walk(dir);
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}

/** Starts serving `dir` on 127.0.0.1:`port` (0: any free port); resolves with the server. */
export function serveStatic(dir, port) {
  const files = loadSite(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = files.get(path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzipped : file.body;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': file.cache,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// `node scripts/static-server.mjs DIR PORT`: the audit runs it as a process of its own, since
// it waits for Lighthouse synchronously.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, port] = process.argv.slice(2);
  if (!dir || !port) throw new Error('usage: node scripts/static-server.mjs DIR PORT');
  await serveStatic(dir, Number(port));
}
