import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// Domain code must run in Node too: no Lit, no chart.js, no DOM.
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'HTMLElement',
  'customElements',
  'Element',
  'Node',
  'Event',
  'CustomEvent',
  'File',
  'Blob',
  'FileReader',
  'fetch',
  'XMLHttpRequest',
  'requestAnimationFrame',
  'process',
  'Buffer',
  'require',
].map((name) => ({
  name,
  message: 'src/ is pure domain code: pass what you need in from components/.',
}));

// Of those, what Node 20 has too: the domain tests may use them.
const NODE_ALSO = new Set(['Event', 'File', 'Blob', 'fetch', 'process', 'Buffer']);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'tmp/', 'custom-elements.json', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['components/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha, ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Domain tests run in Node (npm run test:domain, test/domain-tests.ts): node:test and chai,
    // no DOM. Their fixtures are shared with the browser tests, so they stay DOM-free as well.
    files: [
      'test/{catalogue,diagnostic,recommend,session,plan,share,storage,exchange,data,decision,build,i18n,fixtures}/**/*.ts',
      'test/smoke.test.ts',
      'test/domain-tests.ts',
      'test/fast-check-runs.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              message:
                'Domain tests run in Node: expect from chai, describe and it from node:test.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.filter(({ name }) => !NODE_ALSO.has(name)).map(({ name }) => ({
          name,
          message: 'Domain tests run in Node: no DOM (read files with node:fs).',
        })),
      ],
    },
  },
  {
    files: [
      'scripts/**/*.{js,mjs,ts}',
      '*.config.{js,mjs,ts}',
      'vite.config.ts',
      '.ci/**/*.mjs',
      'test/e2e/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'src/ must not depend on Lit.' },
            { group: ['chart.js', 'chart.js/*'], message: 'src/ must not depend on chart.js.' },
            { group: ['**/components/**'], message: 'src/ must not import components.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
);
