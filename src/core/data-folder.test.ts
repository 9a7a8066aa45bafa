import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderIssues, readDataFolder, readerOf, type DataFolder } from './data-folder';
import { hashBytes } from './fingerprint';
import { parsesSoFar } from './parse-mark';
import { DATASET_IDS } from './types';

const encode = (text: string) => new TextEncoder().encode(text);
const published = () =>
  readdirSync('data').map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join('data', name))),
    modifiedAt: 1_600_000_000_000,
  }));

function withFile(name: string, text: string | undefined) {
  const rest = published().filter((f) => f.name !== name);
  return text === undefined ? rest : [...rest, { name, bytes: encode(text), modifiedAt: 1 }];
}

/** Parses per file during `run`, from the marks the parsers leave. */
async function countParses<T>(run: () => Promise<T>): Promise<[T, Record<string, number>]> {
  const before = parsesSoFar();
  const result = await run();
  const after = parsesSoFar();
  const delta: Record<string, number> = {};
  for (const [name, n] of Object.entries(after)) {
    const d = n - (before[name] ?? 0);
    if (d > 0) delta[name] = d;
  }
  return [result, delta];
}

const statuses = (folder: DataFolder) =>
  Object.fromEntries([
    ['manifest', folder.manifest?.status],
    ...DATASET_IDS.map((id) => [id, folder.datasets[id]?.status]),
  ]);

describe('readDataFolder', () => {
  it('reads the published folder, parsing each file exactly once', async () => {
    const [folder, parses] = await countParses(() => readDataFolder(readerOf(published())));
    expect(folderIssues(folder).filter((i) => i.issue.severity === 'error')).toEqual([]);
    expect(parses).toEqual({
      'datasets.json': 1,
      'services.csv': 1,
      'crime.csv': 1,
      'patrol.csv': 1,
      'indicators.csv': 1,
      'cases.csv': 1,
    });
    const services = folder.datasets.services;
    expect(services?.status === 'ready' && services.dataset.rows).toContainEqual({
      period: '2021',
      item: '全城通办',
      count: 578,
    });
    expect(services?.status === 'ready' && services.modifiedAt).toBe(1_600_000_000_000);
  });

  it('keys each file by the hash of its bytes: one byte changes it', async () => {
    const text = readFileSync('data/services.csv', 'utf8');
    const changed = await readDataFolder(
      readerOf(withFile('services.csv', text.replace('578', '579'))),
    );
    const same = await readDataFolder(readerOf(published()));
    expect(
      changed.datasets.services?.status === 'ready' && changed.datasets.services.hash,
    ).not.toBe(same.datasets.services?.status === 'ready' && same.datasets.services.hash);
    expect(changed.datasets.crime).toMatchObject({ hash: same.datasets.crime?.hash });
  });

  it('does not parse a file whose bytes match the copy the caller holds', async () => {
    const files = published();
    const services = files.find((f) => f.name === 'services.csv')!;
    const [folder, parses] = await countParses(() =>
      readDataFolder(readerOf(files), { known: { services: hashBytes(services.bytes) } }),
    );
    expect(folder.datasets.services?.status).toBe('unchanged');
    expect(parses['services.csv']).toBeUndefined();
    expect(parses['crime.csv']).toBe(1);
  });

  it('with allOrNothing, parses every file once one of them changed', async () => {
    const files = withFile('services.csv', 'period,item,count\n2021,全城通办,579\n');
    const manifest = files.find((f) => f.name === 'datasets.json')!;
    const services = files.find((f) => f.name === 'services.csv')!;
    const read = (known: Record<string, string>) =>
      countParses(() =>
        readDataFolder(readerOf(files), {
          files: ['manifest', 'services'],
          known,
          allOrNothing: true,
        }),
      );
    const [changed, parses] = await read({ manifest: hashBytes(manifest.bytes), services: 'x' });
    expect(statuses(changed)).toMatchObject({ manifest: 'ready', services: 'ready' });
    expect(parses).toEqual({ 'datasets.json': 1, 'services.csv': 1 });
    const [same, none] = await read({
      manifest: hashBytes(manifest.bytes),
      services: hashBytes(services.bytes),
    });
    expect(statuses(same)).toMatchObject({ manifest: 'unchanged', services: 'unchanged' });
    expect(none).toEqual({});
  });

  it('a missing file fails alone, as file_missing', async () => {
    const folder = await readDataFolder(readerOf(withFile('crime.csv', undefined)));
    expect(folder.datasets.crime).toEqual({
      status: 'error',
      name: 'crime.csv',
      issues: [{ code: 'file_missing', severity: 'error' }],
    });
    expect(statuses(folder)).toMatchObject({
      manifest: 'ready',
      services: 'ready',
      cases: 'ready',
    });
  });

  it.each([
    ['not JSON', '{"version": 1,', '$'],
    [
      'a dataset without its title',
      JSON.stringify({ version: 1, sources: {}, datasets: {} }),
      'datasets.services',
    ],
  ])('a bad manifest (%s) fails alone, naming where', async (_, text, path) => {
    const folder = await readDataFolder(readerOf(withFile('datasets.json', text)));
    expect(folder.manifest).toMatchObject({
      status: 'error',
      name: 'datasets.json',
      issues: [{ code: 'bad_manifest', severity: 'error', params: { path } }],
    });
    for (const id of DATASET_IDS) expect(folder.datasets[id]?.status).toBe('ready');
  });

  it('a bad cell fails only its dataset, with file, row and column', async () => {
    const text = readFileSync('data/services.csv', 'utf8').replace('578', '-578');
    const folder = await readDataFolder(readerOf(withFile('services.csv', text)));
    const row = text.split('\n').findIndex((line) => line.includes('-578')) + 1;
    expect(folderIssues(folder)).toEqual([
      {
        file: 'services.csv',
        issue: expect.objectContaining({
          code: 'negative',
          severity: 'error',
          row,
          column: 'count',
        }),
      },
    ]);
    expect(statuses(folder)).toMatchObject({
      manifest: 'ready',
      crime: 'ready',
      services: 'error',
    });
  });

  it('a reader failure is reported as the reader said, for that file only', async () => {
    const files = published();
    const folder = await readDataFolder(async (name) =>
      name === 'patrol.csv'
        ? { ok: false, issue: { code: 'timeout', severity: 'error', params: { seconds: 1 } } }
        : readerOf(files)(name),
    );
    expect(folder.datasets.patrol).toMatchObject({
      status: 'error',
      issues: [{ code: 'timeout' }],
    });
    expect(folder.datasets.services?.status).toBe('ready');
  });

  it('reports each file as soon as it is read, not after the slowest', async () => {
    const files = published();
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    const done = readDataFolder(
      async (name) => {
        if (name === 'cases.csv') await slow;
        return readerOf(files)(name);
      },
      { onEntry: (id) => seen.push(id) },
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(5);
    expect(seen).not.toContain('cases');
    release();
    await done;
    expect(seen).toContain('cases');
  });
});

describe('readDataFolder and revisions.json', () => {
  it('has no revisions when the folder has no revisions.json, and no issue', async () => {
    const folder = await readDataFolder(readerOf(published()));
    expect(folder.revisions).toEqual({ revisions: {} });
    expect(folderIssues(folder)).toEqual([]);
  });

  it('reads the republish time of each dataset it names', async () => {
    const files = withFile('revisions.json', '{"services":"2026-11-30T08:15:00.000Z"}');
    const folder = await readDataFolder(readerOf(files));
    expect(folder.revisions).toEqual({ revisions: { services: '2026-11-30T08:15:00.000Z' } });
  });

  it('a malformed revisions.json is a warning naming the file, and counts as none', async () => {
    const folder = await readDataFolder(readerOf(withFile('revisions.json', '{"crime":42}')));
    expect(folder.revisions?.revisions).toEqual({});
    expect(folderIssues(folder)).toEqual([
      {
        file: 'revisions.json',
        issue: { code: 'bad_revisions', severity: 'warning', params: { path: 'crime' } },
      },
    ]);
    expect(folder.datasets.crime?.status).toBe('ready');
  });

  it('is not read when the caller asks for named files only', async () => {
    const asked: string[] = [];
    const read = readerOf(withFile('revisions.json', '{}'));
    const folder = await readDataFolder(
      (name) => {
        asked.push(name);
        return read(name);
      },
      { files: ['services'] },
    );
    expect(asked).toEqual(['services.csv']);
    expect(folder.revisions).toBeUndefined();
  });
});
