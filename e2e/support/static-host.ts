/**
 * A static host for tests that serves dist/ the way Netlify and Cloudflare Pages do: `/x/` from
 * `/x/index.html`, a missing file as 404.html with status 404, and the headers of every
 * `dist/_headers` rule whose path matches. No gzip, no caching of its own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/deploy/headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Starts the host on a free port; `close()` stops it. */
export async function startStaticHost(root = dist): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile() && !file.endsWith('_headers');
    const served = found ? file : join(root, '404.html');
    res.statusCode = found ? 200 : 404;
    res.setHeader('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream');
    for (const [k, v] of Object.entries(headersFor(rules, path))) res.setHeader(k, v);
    res.end(readFileSync(served));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
