// Lint, including the layer rules: shared/ is pure, renderer/ never reaches Node or Electron,
// electron/ never imports the renderer. A violation fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'stream', 'util', 'worker_threads', 'zlib', 'buffer', 'module', 'process'];
const nodeAndElectron = [
  { group: ['node:*'], message: 'Node.js não é permitido nesta camada.' },
  { group: ['electron', 'electron/*'], message: 'Electron só no processo principal (electron/).' },
  ...nodeBuiltins.map((m) => ({ group: [m], message: 'Node.js não é permitido nesta camada.' })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.tmp/**', '.probe/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The page's one classic script (index.html runs it before the app's modules).
    files: ['renderer/public/*.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeAndElectron,
          { group: ['react', 'react-*', 'react/*', 'dexie', 'dexie-*', 'recharts', '@dnd-kit/*'], message: 'shared/ é puro: sem React, Dexie ou UI.' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ não importa camadas de cima.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // React Compiler advisories; this app does not use the compiler.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeAndElectron,
          { group: ['**/electron/**'], message: 'O renderer fala com o desktop só por window.desktop.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'electron/ não importa o renderer.' }],
      }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'tests/**/*.{ts,tsx,js,mjs}', '*.config.{js,ts}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
