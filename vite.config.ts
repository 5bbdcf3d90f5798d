import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/csp';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The production page carries the CSP as a meta tag too, so browser mode is as strict as
 *  Electron (where app:// also sends it as a header). frame-ancestors only works as a header. */
function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  return {
    name: 'caderneta-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

/** The early-read entry (renderer/app/early-read.ts) as an async module script in the page's head:
 *  it runs as soon as its own few modules have loaded, before the app's graph has. Build only:
 *  on the dev server it runs when main.tsx imports it, a little later. */
function earlyReadScript(): Plugin {
  return {
    name: 'caderneta-early-read',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early-read');
        if (chunk?.type !== 'chunk') throw new Error('early-read entry missing from the bundle');
        const bundle = ctx.bundle ?? {};
        const staticImports = (file: string, seen = new Set<string>()): string[] => {
          const c = bundle[file];
          for (const f of c?.type === 'chunk' ? c.imports : []) if (!seen.has(f)) staticImports(f, seen.add(f));
          return [...seen];
        };
        // Its own modules first and at high priority: they gate the read; the app's follow.
        const tags = [
          `<script type="module" async crossorigin fetchpriority="high" src="./${chunk.fileName}"></script>`,
          ...staticImports(chunk.fileName).map((f) => `<link rel="modulepreload" crossorigin fetchpriority="high" href="./${f}">`),
        ];
        const anchor = '<script src="./early-open.js"></script>';
        if (!html.includes(anchor)) throw new Error(`index.html lost ${anchor}: the early-read script goes right after it`);
        return html.replace(anchor, (m) => [m, ...tags].join('\n    '));
      },
    },
  };
}

// One config for the renderer build (Vite) and every unit test (Vitest).
export default defineConfig({
  root: r('./renderer'),
  base: './',
  plugins: [react(), cspMeta(), earlyReadScript()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  resolve: { alias: { '@shared': r('./shared') } },
  worker: { format: 'es' },
  build: {
    outDir: r('./dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: { index: r('./renderer/index.html'), 'early-read': r('./renderer/app/early-read.ts') } },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    root: r('.'),
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: [r('./tests/unit/setup.ts')],
    reporters: ['default', r('./tests/reporters/vitest-summary.ts')],
    testTimeout: 20000,
  },
});
