import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'search',
  'projects',
  'auth',
  'account',
  'organisations',
  'admin',
  'developers',
  'volunteering',
  'agency-volunteering',
  'funding',
  'funder',
  'review',
];

export default tseslint.config(
  {
    ignores: [
      'node/**',
      'node_modules/**',
      'target/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'src/lib/openapi/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  jsxA11y.flatConfigs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // bulletproof-react: app -> features -> components/lib/config; features never import each other.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features must not import each other; compose them in src/app.',
            })),
            { target: './src/features', from: './src/app' },
            {
              target: ['./src/components', './src/lib', './src/config'],
              from: ['./src/features', './src/app'],
            },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      // Safari drops the list role of a list styled with list-style: none, so we say it.
      'jsx-a11y/no-redundant-roles': ['error', { ul: ['list'] }],
    },
  },
  {
    files: ['e2e/**/*.{ts,mjs}', 'scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
