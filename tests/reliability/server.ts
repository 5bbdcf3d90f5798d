// A private static server for the reliability e2e tests: a frozen copy of the production build
// (dist/renderer, copied at start so a concurrent rebuild cannot pull files from under a test)
// plus the test-only harness page under /__reliability/, all on ONE origin so the harness opens
// the same IndexedDB databases as the app.
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHarness } from './harness/build';

const DIST = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ttf': 'font/ttf' };

const HARNESS_HTML = '<!doctype html><html lang="pt-BR"><head><meta charset="UTF-8"><title>reliability harness</title></head><body><p>reliability harness</p><script type="module" src="/__reliability/harness.js"></script></body></html>';

export interface ReliabilityServer {
  origin: string;
  close(): Promise<void>;
}

/** Copies the production build, checking that every script index.html loads is there. */
function frozenBuild(): string {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) throw new Error('dist/renderer is missing: run `npx vite build` first');
  const dir = mkdtempSync(join(tmpdir(), 'caderneta-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const m of html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)) {
    if (m[1] && !existsSync(join(dir, m[1]))) throw new Error(`dist/renderer is incomplete (${m[1]}): rebuild with \`npx vite build\``);
  }
  return dir;
}

export async function startReliabilityServer(): Promise<ReliabilityServer> {
  const root = resolve(frozenBuild());
  const harness = await buildHarness();
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '/__reliability/harness.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] ?? 'text/html', 'Cache-Control': 'no-store' }).end(HARNESS_HTML);
      return;
    }
    if (path === '/__reliability/harness.js') {
      res.writeHead(200, { 'Content-Type': TYPES['.js'] ?? 'text/javascript', 'Cache-Control': 'no-store' }).end(harness);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          ok();
        });
      }),
  };
}
