// Serves the built renderer on 127.0.0.1 (browser mode, e2e tests, benchmark).
// Usage: node scripts/serve.mjs [--port 4173] [--open] [--root dist/renderer]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || Number(process.env.PORT) || 4173;
const rootAt = args.indexOf('--root');
const root = resolve(rootAt >= 0 ? args[rootAt + 1] : 'dist/renderer');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.xlsx': 'application/octet-stream', '.csv': 'text/csv; charset=utf-8' };

if (!existsSync(join(root, 'index.html'))) {
  console.error('Build não encontrado: rode "npm run build:renderer" antes.');
  process.exit(1);
}

createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  // A file that vanishes mid-request (a rebuild) ends that response, never the server.
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}).listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/`;
  console.log(`Caderneta (modo navegador) em ${url}`);
  if (args.includes('--open')) {
    const cmd = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
    const a = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
    try {
      spawn(cmd, a, { stdio: 'ignore', detached: true }).on('error', () => console.log(`Abra ${url} no navegador.`)).unref();
    } catch {
      console.log(`Abra ${url} no navegador.`);
    }
  }
});
