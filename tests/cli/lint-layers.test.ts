import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The order of issue 9 and README's "Project layout", outermost first. */
const LAYERS = ['app', 'features', 'charts', 'ui', 'store', 'i18n', 'core'];

/** Where a file of each layer sits, and how it spells an import of another layer's module. */
const fileIn = (layer: string) =>
  layer === 'features' ? 'src/features/board/probe.ts' : `src/${layer}/probe.ts`;
const importOf = (from: string, to: string) => {
  const up = from === 'features' ? '../../' : '../';
  return to === 'features' ? `${up}features/import/x` : `${up}${to}/x`;
};

let eslint: ESLint;
// Loading the config and the TypeScript parser is the slow part: do it once, outside the tests' time.
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  await eslint.lintText('', { filePath: 'src/core/probe.ts' });
}, 60_000);

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, {
    filePath,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const pairs: [string, string][] = LAYERS.flatMap((outer, i) =>
  LAYERS.slice(i + 1).map((inner): [string, string] => [outer, inner]),
);

describe('the lint enforces the layer order', () => {
  it.each(pairs)('%s may import %s', async (outer, inner) => {
    expect(await layerErrors(fileIn(outer), importOf(outer, inner))).toEqual([]);
  });

  it.each(pairs)('%s importing %s is a lint error', async (outer, inner) => {
    const errors = await layerErrors(fileIn(inner), importOf(inner, outer));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${inner}/ may import only`);
  });

  it('a feature importing another feature is a lint error, its own folder is not', async () => {
    const file = 'src/features/board/probe.ts';
    const errors = await layerErrors(file, '../import/import-dialog');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('A feature never imports another feature.');
    expect(await layerErrors(file, './permalink')).toEqual([]);
  });

  it('core and i18n import no React, ECharts or store library', async () => {
    for (const layer of ['core', 'i18n'])
      for (const name of ['react', 'echarts/core', 'zustand'])
        expect(await layerErrors(fileIn(layer), name)).toHaveLength(1);
  });

  it('only the site renderer loads the card rasteriser, and only that loads resvg and the font', async () => {
    for (const [file, source] of [
      ['src/app/main.tsx', './card-png'],
      ['src/app/main.tsx', '@expo-google-fonts/noto-sans-sc'],
      ['src/features/embed/probe.ts', '@resvg/resvg-js'],
      ['src/app/render-site.tsx', '@resvg/resvg-js'],
      ['src/app/main.tsx', 'subset-font'],
    ])
      expect(await layerErrors(file!, source!), `${file} → ${source}`).toHaveLength(1);
    expect(await layerErrors('src/app/render-site.tsx', './card-png')).toEqual([]);
    expect(await layerErrors('src/app/card-png.ts', '@resvg/resvg-js')).toEqual([]);
    expect(await layerErrors('src/app/card-png.ts', 'subset-font')).toEqual([]);
  });
});
