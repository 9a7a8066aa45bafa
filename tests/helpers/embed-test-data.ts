import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest, type Manifest } from '../../src/core/manifest';
import { readCsv } from '../../src/core/read-csv';
import { SCHEMAS } from '../../src/core/schema';
import type { Dataset, DatasetId } from '../../src/core/types';

/** Test-only: the bundled data/ files through the same core the build reads them with. */
// jsdom gives import.meta.url an http: scheme, so read data/ from the directory vitest runs in.
const DATA = join(process.cwd(), 'data');

export function seedDataset(id: DatasetId): Dataset {
  const fileName = SCHEMAS[id].file;
  const result = readCsv(new Uint8Array(readFileSync(join(DATA, fileName))), {
    fileName,
    datasetId: id,
  });
  if (!result.ok) throw new Error(`${fileName} does not validate`);
  return result.dataset;
}

export function seedManifest(): Manifest {
  const parsed = parseManifest(JSON.parse(readFileSync(join(DATA, 'datasets.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`datasets.json is invalid at ${parsed.path}`);
  return parsed.manifest;
}
