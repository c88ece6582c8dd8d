import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { serveStatic } from './static-server.mjs';
import { untilServed } from './until-served.mjs';

/** A port nothing listens on: taken, then given back. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('untilServed waits for a server before the audit or the bench measures', () => {
  test('resolves once the page answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'until-served-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const server = await serveStatic(dir, 0);
    try {
      const { port } = server.address() as AddressInfo;
      await expect(untilServed(`http://127.0.0.1:${port}/`)).resolves.toBeUndefined();
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails when nothing answers in time', async () => {
    const url = `http://127.0.0.1:${await freePort()}/`;
    await expect(untilServed(url, undefined, 300)).rejects.toThrow(/nothing served .* 300 ms/);
  });

  test('fails as soon as the serving process has exited', async () => {
    const child = spawn(process.execPath, ['-e', 'process.exit(3)']);
    await new Promise((resolve) => child.once('exit', resolve));
    const url = `http://127.0.0.1:${await freePort()}/`;
    await expect(untilServed(url, child, 30_000)).rejects.toThrow(/exited \(code 3\)/);
  });
});
