// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'clients/', 'coverage/', '.cache/', '.data/'] },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // The libraries' layers, bottom up: contracts and the calendar's core; platform; messaging; the calendar's Nest
  // feature. A library imports only the layers below it and never an app, so no two of them depend on each other.
  libraryLayer('libs/contracts/**/*.ts', ['#platform', '#messaging', '#working-calendar']),
  libraryLayer('libs/working-calendar/src/core/**/*.ts', ['#platform', '#messaging', '#working-calendar']),
  libraryLayer('libs/platform/**/*.ts', ['#messaging', '#working-calendar']),
  libraryLayer('libs/messaging/**/*.ts', ['#working-calendar']),
  {
    // The members' consumers are optional; settling `undefined` for an absent one is intended.
    files: ['libs/messaging/src/kafka/kafka-transport.ts'],
    rules: { '@typescript-eslint/await-thenable': 'off' },
  },
);

/**
 * Forbids a library's files to import the `forbidden` libraries (their bare name and any subpath but `/core`: the
 * calendar's core sits at the bottom) and any app. A regex, because `#` starts a comment in the rule's glob patterns.
 * @param {string} files
 * @param {string[]} forbidden
 */
function libraryLayer(files, forbidden) {
  const message = 'Libraries import only the layers below them (see eslint.config.js).';
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(${forbidden.join('|')})(/(?!core$)|$)`, message },
            { group: ['**/apps/**'], message: 'A library never imports an app.' },
          ],
        },
      ],
    },
  };
}
