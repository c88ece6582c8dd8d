// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync, existsSync } from 'node:fs';

// Every feature folder may import core/, ui/ and i18n/, never a sibling feature.
const featureDir = 'src/features';
const features = existsSync(featureDir)
  ? readdirSync(featureDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

const featureZones = features.map((name) => ({
  target: `./${featureDir}/${name}`,
  from: `./${featureDir}`,
  except: [`./${name}`],
  message: 'Features never import each other; compose them in src/app.',
}));

// Classic zod costs ~20 kB gzip more on the first load than zod/mini (issue 8 budget).
const classicZod = ['zod', 'zod/v4', 'zod/v3'].map((name) => ({
  name,
  message:
    "Use zod/mini through src/core/zod.ts (`import { z } from '…/core/zod'`): it loads zod's English messages.",
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      '**/__golden__/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
      'no-restricted-imports': ['error', { paths: classicZod }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: './src',
              except: ['./core'],
              message:
                'src/core is the framework-free brain: it may import only src/core (and zod).',
            },
            {
              target: './src/ui',
              from: ['./src/features', './src/app'],
              message: 'src/ui holds app-agnostic building blocks: no features, no app.',
            },
            {
              target: './src',
              from: './src/app',
              except: ['./app'],
              message: 'Nothing imports src/app: it is the composition root.',
            },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    // The core never reaches the UI, the DOM or Vite-only modules.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: classicZod,
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react/*',
                '@mantine/*',
                'react-hook-form',
                '@hookform/*',
              ],
              message: 'src/core must stay framework-free (no React, Mantine or form libraries).',
            },
            {
              group: ['*?raw', '*?url', 'vite', 'vite/*'],
              message: 'No Vite-only imports in src/core.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'localStorage', message: 'src/core has no DOM.' },
        { name: 'navigator', message: 'src/core has no DOM.' },
      ],
    },
  },
  {
    // Mantine writes each responsive style prop (`px={{ base: 'xs', sm: 'md' }}`, `cols={{ … }}`)
    // as a <style> element beside its component: each one the browser meets restyles the whole
    // page (src/ui/page-layout.module.css). Responsive layout goes in CSS modules.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXAttribute > JSXExpressionContainer > ObjectExpression > Property[key.name='base']",
          message:
            'No responsive style props: write the breakpoints in a CSS module (see src/ui/page-layout.module.css).',
        },
      ],
    },
  },
  {
    files: ['**/*.config.{js,ts}', 'scripts/**', 'e2e/**', 'bench/**'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
