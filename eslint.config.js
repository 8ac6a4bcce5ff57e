// @ts-check
/**
 * Lint for src/, tests/ and e2e/: TypeScript's recommended rules, and the hooks rules with
 * exhaustive dependencies as an error (a stale closure in an island is a bug, not a style).
 * `npm test` runs it; `npx eslint` on its own lints the same files.
 */
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig([
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/', 'tests/fixtures/', 'test-results/', 'playwright-report/'] },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    extends: [tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // A leading underscore marks an argument kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]);
