import { describe, expect, it } from 'vitest';
import { exportCsv } from '../core/export-csv';
import { seedDataset, seedManifest } from '../../tests/helpers/embed-test-data';
import { dataLinks } from './data-files';
import { translator } from './translate';

const manifest = seedManifest();

describe('dataLinks', () => {
  it('splits the rows a panel shows by figure, and names the whole file and its manifest entry', () => {
    const dataset = seedDataset('services');
    const rows = dataset.id === 'services' ? dataset.rows : [];
    const apart = new Set(Object.keys(manifest.datasets.services.items ?? {}));
    const links = dataLinks({
      chart: 'services',
      dataset,
      periods: ['2021'],
      manifest,
      lang: 'en',
      t: translator('en'),
      base: '../',
    });
    const [chart, item, note] = links.files;
    expect(chart!.text).toBe(
      exportCsv({ id: 'services', rows: rows.filter((r) => !apart.has(r.item)) }),
    );
    expect(item!.text).toBe(
      exportCsv({ id: 'services', rows: rows.filter((r) => apart.has(r.item)) }),
    );
    expect(note!.text).toContain(manifest.datasets.services.definition.en);
    expect(note!.text).toContain(manifest.sources.governance!.title.en);
    expect(note!.text).toContain(chart!.name);
    expect(links.whole).toEqual({ href: '../data/services.csv', file: 'services.csv' });
    expect(links.manifest.key).toBe('datasets.services');
  });

  it('keeps a text that starts like a formula from running in a spreadsheet', () => {
    const dataset = { id: 'services' as const, rows: [{ period: '2021', item: '=1+1', count: 3 }] };
    const links = dataLinks({
      chart: 'services',
      dataset,
      periods: ['2021'],
      manifest,
      lang: 'zh',
      t: translator('zh'),
      base: '',
    });
    expect(links.files[0]!.text).toContain("'=1+1");
  });
});
