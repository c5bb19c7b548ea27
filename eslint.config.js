// ESLint flat config: ESLint's and typescript-eslint's recommended rules (type-aware for
// TypeScript), eslint-plugin-lit and eslint-plugin-wc over the sources, tests, scripts, demo,
// stories, bench and examples. Formatting is Prettier's (.prettierrc.json); lit-analyzer checks
// the templates' bindings (`npm run lint`, CONTRIBUTING.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'build/',
      'coverage/',
      'storybook-static/',
      'src/generated/',
      'bench/.cache/',
      '.scratch/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        // Each file's nearest tsconfig.json; the few TypeScript files outside every tsconfig use the default project.
        projectService: { allowDefaultProject: ['scripts/*.ts', '.storybook/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // node:test's describe/test return promises its runner awaits; @open-wc/testing types chai's
      // `equal` as a promise (for its async `.dom` snapshots) though a plain `expect(x).to.equal(y)` is synchronous.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after'] },
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
          ],
        },
      ],
      // A leading underscore marks a name left unused on purpose (a key taken out of a rest object, a parameter a signature needs), as for tsc's noUnused*.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Stores, fakes and handlers implement Promise-returning interfaces with async functions that need no await (a throw becomes a rejection).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Tests build malformed input on purpose (definitions the validator must reject, payloads the server must refuse) and read JSON as it comes.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests keep window.fetch, window.alert and XMLHttpRequest.prototype.open to put them back afterwards.
      '@typescript-eslint/unbound-method': 'off',
      // chai's property assertions (`expect(x).to.exist`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Node tests run under node:test, which has no globals: the browser suite's mocha globals (typed
    // through @open-wc/testing) would let a stray `it(...)` pass tsc and fail only when run.
    files: ['test/**/*.node.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['it', 'describe', 'before', 'after', 'beforeEach', 'afterEach', 'context', 'suite'].map((name) => ({
          name,
          message: `Import ${name} from 'node:test' in Node tests.`,
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The examples import the built package (dist/); test:examples type-checks them against it, so lint needs no build.
    files: ['examples/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
