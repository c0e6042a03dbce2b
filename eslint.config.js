import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The boundaries of DESIGN §6: the engine imports nothing of ours, the web
// never imports the server.
const ourPackages = ['@tierline/*', '**/server/**', '**/web/**'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'coverage/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['engine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ourPackages,
              message: 'The engine imports nothing of ours.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message:
            'The engine has no clock: take the as-of date as a parameter.',
        },
      ],
    },
  },
  {
    // The console runs in the browser; its tests (web/test) start a server.
    files: ['web/src/**/*.{ts,tsx}', 'web/scripts/**', 'web/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tierline/server', '**/server/**'],
              message: 'The web never imports the server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/test/**',
      '**/bench/**',
      '**/scripts/**',
      'server/src/cli/**',
      'server/bin/**',
    ],
    rules: { 'no-console': 'off' },
  },
);
