// ESLint flat config: the recommended JavaScript and typescript-eslint rules,
// plus the one rule of the layout (docs/adr/0014): imports point one way.
// core/ imports no feature; a feature imports core/ and another feature's
// api, types and components, never another feature's pages/. src/app.ts (the
// route table) and src/main.ts sit above both and may import any page.

import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SRC = path.resolve(import.meta.dirname, 'src');

/** Where a file or import lives: { area: 'core' | 'features' | 'other', feature, rest }. */
function place(file) {
  const parts = path.relative(SRC, file).split(path.sep);
  if (parts[0] === 'core') return { area: 'core' };
  if (parts[0] === 'features' && parts.length > 2) return { area: 'features', feature: parts[1], rest: parts.slice(2) };
  return { area: 'other' };
}

const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: "core/ imports no feature; features import no other feature's pages/" },
    messages: {
      coreToFeature: 'core/ must not import from features/ ({{target}}); move the shared piece into core/.',
      otherPages: "Do not import another feature's pages ({{target}}); use its api, types or components.",
    },
    schema: [],
  },
  create(context) {
    const from = place(context.filename);
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = place(path.resolve(path.dirname(context.filename), spec));
      if (from.area === 'core' && to.area === 'features') {
        context.report({ node, messageId: 'coreToFeature', data: { target: spec } });
      } else if (
        from.area === 'features' &&
        to.area === 'features' &&
        to.feature !== from.feature &&
        to.rest[0] === 'pages'
      ) {
        context.report({ node, messageId: 'otherPages', data: { target: spec } });
      }
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/core/api/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    plugins: { lcn: { rules: { boundaries } } },
    rules: {
      'lcn/boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['*.js', '*.ts'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['scripts/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
