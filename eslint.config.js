// ESLint: the recommended JavaScript and TypeScript rules, type-aware, run by `npm run check` after tsc.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '.output/',
    '.wxt/',
    'node_modules/',
    '.scratch/',
    'coverage/',
    'test-results/',
    'playwright-report/',
  ]),
  js.configs.recommended,
  // Type-aware: they catch promises left floating or handed where nothing awaits them, and `any`
  // spreading from untyped values. They read the project's tsconfig.json, as tsc does.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Leaving a field out by destructuring the rest (`{ race: _race, ...withoutRace }`) is intended.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // This file is the only JavaScript, and no tsconfig includes it.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The extension runs in the browser.
    languageOptions: { globals: globals.browser },
  },
  {
    // Browser tests and their helpers read values out of pages and the extension's worker
    // (`evaluate`), which are untyped by nature; Playwright's fixtures take `{}` when they need none.
    files: ['tests/e2e/**', 'tests/support/**', 'tests/bench/**', 'tools/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'no-empty-pattern': 'off',
    },
  },
  {
    // Tests, tools and configs run in Node (and drive a browser).
    files: ['tests/**', 'tools/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
);
