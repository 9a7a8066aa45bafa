import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, type Manifest } from '../../src/core/manifest';
import { readCsv } from '../../src/core/read-csv';
import { SCHEMAS } from '../../src/core/schema';
import { REQUIRED_DATASETS, type Dataset, type DatasetId } from '../../src/core/types';

const DATA = 'data';

function readPublished(id: DatasetId) {
  const file = SCHEMAS[id].file;
  return readCsv(new Uint8Array(readFileSync(join(DATA, file))), { fileName: file, datasetId: id });
}

function manifest(): Manifest {
  const result = parseManifest(JSON.parse(readFileSync(join(DATA, 'datasets.json'), 'utf8')));
  if (!result.ok) throw new Error(`datasets.json is malformed at ${result.path}`);
  return result.manifest;
}

/** Every text cell of a dataset, from the columns the schema calls text. */
function textCells(dataset: Dataset): string[] {
  const columns = SCHEMAS[dataset.id].columns.filter((c) => c.type === 'text').map((c) => c.id);
  return dataset.rows.flatMap((row) =>
    columns.map((c) => (row as unknown as Record<string, string>)[c] ?? ''),
  );
}

describe('the published data/ folder', () => {
  it.each(REQUIRED_DATASETS)('%s validates with no errors and no warnings', (id) => {
    const result = readPublished(id);
    expect(result.ok ? result.warnings : result.issues).toEqual([]);
    expect(result.ok && result.dataset.rows.length).toBeGreaterThan(0);
    expect(result.meta).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
  });

  it('has a manifest that parses and cites only sources it defines', () => {
    const m = manifest();
    for (const id of REQUIRED_DATASETS) {
      expect(m.datasets[id].sources.length, id).toBeGreaterThan(0);
      for (const source of m.datasets[id].sources) expect(m.sources, `${id} → ${source}`).toHaveProperty([source]);
    }
  });

  it('gives every source a title, author and date in both languages', () => {
    for (const [id, source] of Object.entries(manifest().sources)) {
      for (const field of [source.title, source.author, source.date]) {
        expect(field.zh.trim(), id).not.toBe('');
        expect(field.en.trim(), id).not.toBe('');
      }
    }
  });

  it.each(REQUIRED_DATASETS)('%s: every Chinese text has an English label, so the English view is English', (id) => {
    const result = readPublished(id);
    if (!result.ok) throw new Error(`${id} does not validate`);
    const labels = manifest().labels;
    const missing = textCells(result.dataset).filter((text) => /\p{Script=Han}/u.test(text) && !labels[text]);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('has English labels that are English', () => {
    for (const [zh, en] of Object.entries(manifest().labels)) {
      expect(en.trim(), zh).not.toBe('');
      expect(en, zh).toMatch(/[A-Za-z]/);
      expect(en, zh).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
