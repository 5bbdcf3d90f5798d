import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// One config for the renderer build (Vite) and every unit test (Vitest).
export default defineConfig({
  root: r('./renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: { '@shared': r('./shared') } },
  worker: { format: 'es' },
  build: {
    outDir: r('./dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
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
