// Lint rules, including the boundaries between surfaces: no imports from one
// surface into another, no DOM in the service worker, no console outside the logger.

import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SURFACES = ['popup', 'options', 'background', 'join'];

const noOtherSurface = (surface) => ({
  files: [`src/${surface}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: SURFACES.filter((other) => other !== surface).map((other) => ({
          group: [`../${other}/*`, `**/src/${other}/*`],
          message: 'Surfaces talk only through the message protocol in src/shared.',
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-e2e/',
      'dist-firefox/',
      'server/dist/',
      'node_modules/',
      'coverage/',
      'release/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  ...SURFACES.map(noOtherSurface),
  {
    files: ['src/background/**/*.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'alert'],
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
