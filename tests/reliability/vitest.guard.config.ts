// The whole unit suite with the invariant guard after every test:
//   npx vitest run -c tests/reliability/vitest.guard.config.ts
import { defineConfig, mergeConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import base from '../../vite.config';

export default mergeConfig(
  base,
  defineConfig({
    test: { setupFiles: [fileURLToPath(new URL('./guard-setup.ts', import.meta.url))] },
  }),
);
