// Pure path resolution for the app:// protocol; no Electron import so it is unit-tested.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps `app://caderneta/<path>` to a file under `root`, or null when the URL is foreign or
 * tries to leave the root (`..`, encoded `%2e%2e`, backslashes, absolute paths, NUL).
 * Routes without an extension fall back to index.html (the renderer uses hash routing, but
 * a reload on any path still finds the app).
 */
export function resolveAppPath(root: string, url: string, host = 'caderneta'): string | null {
  // URL parsing would quietly collapse `..`; a request that tries it is refused outright.
  if (/(^|[/\\])(\.|%2e){2}([/\\?#]|%2f|%5c|$)/i.test(url)) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'app:' || u.hostname !== host) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const rel = segments.join('/');
  if (rel === '' || extname(rel) === '') return resolve(root, 'index.html');
  const full = resolve(root, rel);
  const back = relative(resolve(root), full);
  if (back === '' || back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) return null;
  return full;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
