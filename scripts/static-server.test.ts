import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from './static-server.mjs';

describe('the audit’s static server serves the built page as a static host would', () => {
  let dir: string;
  let server: Server;
  let origin: string;
  const page = '<!doctype html><title>x</title>'.repeat(50);
  const script = 'export const answer = 42;\n'.repeat(40);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'assets', 'main-abc123.js'), script);
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
    server = await serveStatic(dir, 0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Raw bytes (fetch() would decompress them), with an explicit Accept-Encoding.
  const get = (path: string, gzip: boolean, method = 'GET') =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const req = request(
          `${origin}${path}`,
          { method, headers: { 'accept-encoding': gzip ? 'gzip' : 'identity' } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        req.on('error', reject);
        req.end();
      },
    );

  test.each([
    ['/', page, 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', page, 'text/html; charset=utf-8', 'no-cache'],
    [
      '/assets/main-abc123.js',
      script,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ],
    ['/robots.txt', 'User-agent: *\n', 'text/plain; charset=utf-8', 'no-cache'],
  ])('%s: gzipped when asked, whole, typed and cached', async (path, text, type, cache) => {
    const zipped = await get(path, true);
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-type']).toBe(type);
    expect(zipped.headers['cache-control']).toBe(cache);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe(text);

    const plain = await get(path, false);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(text);
  });

  test('a missing file is a 404, and only GET and HEAD are served', async () => {
    expect((await get('/nope.js', true)).status).toBe(404);
    expect((await get('/assets/', true)).status).toBe(404);
    expect((await get('/', true, 'POST')).status).toBe(405);
    const head = await get('/', true, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
