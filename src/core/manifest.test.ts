import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';
import { DATASET_IDS } from './types';

const published = (): Record<string, unknown> =>
  JSON.parse(readFileSync('data/datasets.json', 'utf8'));

describe('parseManifest', () => {
  it('accepts the published manifest with every dataset', () => {
    const result = parseManifest(published());
    expect(result.ok).toBe(true);
    expect(result.ok && Object.keys(result.manifest.datasets).sort()).toEqual(
      [...DATASET_IDS].sort(),
    );
  });

  it('reads the items counted in a unit of their own', () => {
    const result = parseManifest(published());
    const items = result.ok ? result.manifest.datasets.services.items : undefined;
    expect(items?.['调取共享材料']?.unit).toEqual({ zh: '份', en: 'documents' });
  });

  it.each([
    ['not an object', () => 'x', '$'],
    ['no sources', (m: Record<string, unknown>) => ({ ...m, sources: undefined }), '$'],
    [
      'a dataset citing an unknown source',
      (m: Record<string, unknown>) => {
        const datasets = structuredClone(m.datasets) as Record<string, { sources: string[] }>;
        datasets.crime!.sources = ['nowhere'];
        return { ...m, datasets };
      },
      'datasets.crime',
    ],
    [
      'a title without English',
      (m: Record<string, unknown>) => {
        const datasets = structuredClone(m.datasets) as Record<string, { title: unknown }>;
        datasets.cases!.title = { zh: '案事件记录' };
        return { ...m, datasets };
      },
      'datasets.cases',
    ],
    [
      'an item unit without a definition',
      (m: Record<string, unknown>) => {
        const datasets = structuredClone(m.datasets) as Record<string, { items: unknown }>;
        datasets.services!.items = { 调取共享材料: { unit: { zh: '份', en: 'documents' } } };
        return { ...m, datasets };
      },
      'datasets.services.items',
    ],
  ])('rejects %s, naming where', (_label, spoil, path) => {
    expect(parseManifest(spoil(published()))).toEqual({ ok: false, path });
  });
});
