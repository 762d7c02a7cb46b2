// Lint config: typescript-eslint, react-hooks, no-only-tests, and the engine's boundary
// (src/engine is pure TypeScript: no UI, no DOM, no global clock or randomness).
import js from '@eslint/js';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'no-only-tests': noOnlyTests },
    rules: {
      'no-only-tests/no-only-tests': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // kubectl's tables are aligned with runs of spaces; tests match them literally.
    files: ['**/*.test.ts'],
    rules: { 'no-regex-spaces': 'off' },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/viz/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'd3',
                'd3-*',
                'monaco-*',
                'zustand',
                'zustand/*',
                '@xterm/*',
              ],
              message: 'The engine has no UI: keep it pure TypeScript.',
            },
            {
              group: ['**/app/**', '**/viz/**', '**/cli/**'],
              message: 'The engine imports nothing of ours outside src/engine.',
            },
            {
              group: ['node:*', 'fs', 'path', 'process'],
              message: 'The engine runs in the browser too: take I/O as a parameter.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'setTimeout',
        'setInterval',
        'requestAnimationFrame',
        'fetch',
        'process',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use the simulated clock in Ctx.' },
        { object: 'Math', property: 'random', message: 'Use the seeded generator in Ctx.' },
      ],
    },
  },
);
