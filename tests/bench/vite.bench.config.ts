// Builds the benchmark page (tests/bench/index.html) into dist/renderer/bench/, next to the
// production renderer, so both share one origin (and one IndexedDB). The app bundle itself
// never contains bench code. Used by scripts/bench.mjs.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: r('.'),
  base: './',
  logLevel: 'warn',
  resolve: { alias: { '@shared': r('../../shared') } },
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify('bench') },
  worker: { format: 'es' },
  build: {
    outDir: r('../../dist/renderer/bench'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 5000,
  },
});
