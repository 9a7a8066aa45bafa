import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layers of src/, outermost first: each may import only the ones after it,
 * and a feature never imports another feature. Written out in README's "Project layout".
 */
const LAYERS = ['app', 'features', 'charts', 'ui', 'store', 'i18n', 'core'];

/** A relative import that climbs into the top-level folder `name`. */
const into = (name) => `^(\\.\\./)+${name}(/|$)`;

/**
 * Node only: the social cards' rasteriser (a native module, 20 MB of font and its subsetter). Only the site
 * renderer, which no browser entry imports, may load it; nothing else in src/ may.
 */
const NODE_ONLY_MESSAGE =
  'Node only: the card rasteriser stays out of the browser; only src/app/card-png.ts loads it, and only src/app/render-site.tsx imports that.';
const NODE_ONLY_LIBRARIES = {
  group: ['@resvg/*', '@expo-google-fonts/*', 'subset-font'],
  message: NODE_ONLY_MESSAGE,
};
const CARD_PNG = { regex: '(^|/)card-png(\\.ts)?$', message: NODE_ONLY_MESSAGE };

/** The import rule of one layer: nothing from the layers before it, nothing Node-only. */
function layerImports(layer, extra = [], nodeOnly = [NODE_ONLY_LIBRARIES, CARD_PNG]) {
  const outer = LAYERS.slice(0, LAYERS.indexOf(layer));
  const message = `${layer}/ may import only ${LAYERS.slice(LAYERS.indexOf(layer) + 1).join(', ')} (README, Project layout).`;
  return [
    'error',
    {
      patterns: [...outer.map((name) => ({ regex: into(name), message })), ...extra, ...nodeOnly],
    },
  ];
}

const NO_UI_LIBRARIES = ['react', 'react-dom', 'echarts', 'echarts-for-react*', 'zustand'].map(
  (name) => ({ group: [name, `${name}/**`], message: 'core/ and i18n/ run in Node and workers.' }),
);

export default tseslint.config(
  { ignores: ['dist', 'build', 'node_modules', 'bench/out', 'tests/out', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
    },
  },
  ...LAYERS.filter((layer) => layer !== 'features' && layer !== 'core').map((layer) => ({
    files: [`src/${layer}/**`],
    rules: { 'no-restricted-imports': layerImports(layer) },
  })),
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': layerImports('features', [
        { regex: '^\\.\\./(?!\\.)', message: 'A feature never imports another feature.' },
      ]),
    },
  },
  {
    files: ['src/i18n/**'],
    rules: { 'no-restricted-imports': layerImports('i18n', NO_UI_LIBRARIES) },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': layerImports('core', NO_UI_LIBRARIES) },
  },
  {
    files: ['src/app/render-site.tsx'],
    rules: { 'no-restricted-imports': layerImports('app', [], [NODE_ONLY_LIBRARIES]) },
  },
  {
    files: ['src/app/card-png.ts'],
    rules: { 'no-restricted-imports': layerImports('app', [], []) },
  },
  {
    // The server reads data through core and speaks through i18n; it never loads the UI layers.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'echarts',
            'zustand',
            '../src/app/*',
            '../src/features/*',
            '../src/charts/*',
            '../src/store/*',
            '../src/ui/*',
          ],
        },
      ],
    },
  },
);
