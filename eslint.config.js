import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureShared = {
  patterns: [
    {
      group: [
        'react',
        'react-*',
        'dexie',
        'dexie-*',
        'electron',
        'jspdf',
        'jspdf-*',
        'node:*',
        'fs',
        'path',
        'zustand',
        'zustand/*',
        '../renderer/*',
        '../electron/*',
        '**/renderer/**',
        '**/electron/**',
      ],
      message: 'shared/ is pure domain code: no UI, storage, Electron, PDF, DOM or Node imports.',
    },
  ],
};

export default tseslint.config(
  // test/fixtures: files written by older versions, and the script that wrote them (run against an older checkout).
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'test/fixtures/**'] },
  js.configs.recommended,
  // Type-aware: floating and misused promises, exhaustive switches, unsafe any, needless conditions …
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSAsExpression > TSAnyKeyword', message: 'No any.' }],
      // A `default:` is a deliberate catch-all; a switch without one must name every case.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Numbers in messages and paths are what templates are for.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => setState(x)` and `void promise` say plainly that nothing is returned.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidOperator: true }],
      // An async function that does not await implements a Promise-returning port (a platform, a fake in a
      // test): `async` turns a throw into the rejection its callers handle, which Promise.resolve() would not.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (configs, build scripts) has no types to check against.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // vitest's asymmetric matchers (expect.any, expect.objectContaining …) are typed `any` by vitest itself.
      '@typescript-eslint/no-unsafe-assignment': 'off',
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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the desktop only through renderer/platform.' },
            { name: 'dexie', message: 'Only renderer/db/ imports dexie.' },
            { name: 'dexie-react-hooks', message: 'Only renderer/db/ imports dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureShared] },
  },
  {
    // The phone page: a small plain-DOM bundle (≤ 50 KB gzipped). Types from anywhere in shared/, values only from
    // modules that bring no library (zod stays out: the room checks what arrives); text never becomes markup.
    files: ['phone/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'dexie',
                'dexie-*',
                'zod',
                'zod/*',
                'node:*',
                '**/renderer/**',
                '**/electron/**',
                '**/shared/room/*',
                '**/shared/records/**',
              ],
              allowTypeImports: true,
              message: 'The phone page bundles no framework, schema library or app code (types only).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSAnyKeyword', message: 'No any.' },
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]', message: 'Text only: use textContent or el().' },
      ],
    },
  },
);
