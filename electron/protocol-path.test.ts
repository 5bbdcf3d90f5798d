import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { contentType, resolveAppPath } from './protocol-path';

const root = resolve('/opt/caderneta/dist/renderer');

describe('app:// path resolution', () => {
  it('serves files under the root', () => {
    expect(resolveAppPath(root, 'app://caderneta/assets/index-abc.js')).toBe(resolve(root, 'assets/index-abc.js'));
    expect(resolveAppPath(root, 'app://caderneta/favicon.svg')).toBe(resolve(root, 'favicon.svg'));
  });

  it('falls back to index.html for the root and extension-less routes', () => {
    expect(resolveAppPath(root, 'app://caderneta/')).toBe(resolve(root, 'index.html'));
    expect(resolveAppPath(root, 'app://caderneta/clientes')).toBe(resolve(root, 'index.html'));
  });

  it.each([
    'app://caderneta/../../etc/passwd',
    'app://caderneta/%2e%2e/%2e%2e/etc/passwd',
    'app://caderneta/assets/%2E%2E/%2E%2E/secret.js',
    'app://caderneta/assets/..%2f..%2fsecret.js',
    'app://caderneta/assets/..%5c..%5csecret.js',
    'app://caderneta/a%00.js',
    'app://caderneta/%E0%A4%A.js',
  ])('refuses traversal and malformed paths: %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });

  it('gives the right content types', () => {
    expect(contentType('/x/a.js')).toMatch(/javascript/);
    expect(contentType('/x/a.html')).toMatch(/text\/html/);
    expect(contentType('/x/a.bin')).toBe('application/octet-stream');
  });
});
