// Bundles the reliability harness (entry.ts) with esbuild into one browser script, in memory.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export async function buildHarness(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./entry.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'chrome130',
    tsconfig: `${root}tsconfig.json`,
    define: { 'import.meta.env.VITE_APP_VERSION': '"reliability"' },
    logLevel: 'error',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}
