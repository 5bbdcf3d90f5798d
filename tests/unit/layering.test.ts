// The layer rules are enforced by lint: an import that crosses a layer fails `npm run lint`.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/probe.ts', "import React from 'react';\nexport const x = React;\n"],
    ['shared/probe.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n"],
    ['shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/probe.ts', "import { x } from '../renderer/app/clock';\nexport const y = x;\n"],
    ['shared/probe.ts', 'export const x = window.location;\n'],
    ['renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/probe.ts', "import { join } from 'path';\nexport const x = join;\n"],
    ['renderer/probe.ts', "import { APP_ORIGIN } from '../electron/app-paths';\nexport const x = APP_ORIGIN;\n"],
    ['electron/probe.ts', "import { today } from '../renderer/app/clock';\nexport const x = today;\n"],
  ])('%s: refuses %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['shared/probe.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['renderer/probe.ts', "import { formatBRL } from '@shared/money/brl';\nexport const x = formatBRL;\n"],
    ['electron/probe.ts', "import { join } from 'node:path';\nimport { isAllowedExternalUrl } from '../shared/desktop-api';\nexport const x = [join, isAllowedExternalUrl];\n"],
  ])('%s: allows %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
