import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureShared = {
  patterns: [
    {
      group: ['react', 'react-*', 'dexie', 'dexie-*', 'electron', 'jspdf', 'jspdf-*', 'node:*', 'fs', 'path', 'zustand', 'zustand/*', '../renderer/*', '../electron/*', '**/renderer/**', '**/electron/**'],
      message: 'shared/ is pure domain code: no UI, storage, Electron, PDF, DOM or Node imports.',
    },
  ],
};

export default tseslint.config(
  // test/fixtures: files written by older versions, and the script that wrote them (run against an older checkout).
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSAsExpression > TSAnyKeyword', message: 'No any.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer reaches the desktop only through renderer/platform.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The renderer reaches the desktop only through renderer/platform.' },
          { name: 'dexie', message: 'Only renderer/db/ imports dexie.' },
          { name: 'dexie-react-hooks', message: 'Only renderer/db/ imports dexie.' },
        ],
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureShared] },
  },
);
