/**
 * Resolves once `url` answers with a success status. Fails if `server` (the process serving it)
 * exits first, or after `timeoutMs`. The audit and the bench start their server with it.
 */
export async function untilServed(url, server, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (server && server.exitCode !== null)
      throw new Error(`the server for ${url} exited (code ${server.exitCode})`);
    if (Date.now() > deadline) throw new Error(`nothing served ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
