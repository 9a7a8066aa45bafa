import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv, formatNumber, tableCsv } from './export-csv';
import { readCsv } from './read-csv';
import { SCHEMAS } from './schema';
import { REQUIRED_DATASETS, type Dataset } from './types';

const encode = (s: string) => new TextEncoder().encode(s);

function readDataFile(id: (typeof REQUIRED_DATASETS)[number]): Dataset {
  const bytes = new Uint8Array(readFileSync(join('data', SCHEMAS[id].file)));
  const result = readCsv(bytes, { fileName: SCHEMAS[id].file, datasetId: id });
  if (!result.ok) throw new Error(`data/${SCHEMAS[id].file} does not validate`);
  return result.dataset;
}

describe('exportCsv', () => {
  it.each(REQUIRED_DATASETS)('round-trips data/%s through readCsv unchanged', (id) => {
    const dataset = readDataFile(id);
    const csv = exportCsv(dataset);
    const back = readCsv(encode(csv), { fileName: SCHEMAS[id].file });
    expect(back.ok && back.dataset).toEqual(dataset);
    expect(back.meta).toMatchObject({
      encoding: 'utf-8',
      bom: true,
      delimiter: ',',
      datasetId: id,
    });
  });

  it('writes a BOM, the English header in schema order, one line end and no sep= line', () => {
    const crime = readDataFile('crime');
    for (const eol of ['\n', '\r\n'] as const) {
      const csv = exportCsv(crime, eol);
      expect(
        csv.startsWith('\uFEFF' + SCHEMAS.crime.columns.map((c) => c.id).join(',') + eol),
      ).toBe(true);
      expect(csv.endsWith(eol)).toBe(true);
      const body = csv.split(eol).join('');
      expect(body).not.toMatch(/[\r\n]/);
      expect(csv).not.toMatch(/^\uFEFF?sep=/i);
    }
  });

  it('keeps a negative change_pct a plain number', () => {
    const crime = readDataFile('crime');
    if (crime.id !== 'crime') throw new Error('expected crime rows');
    const lines = exportCsv(crime).split('\n');
    crime.rows.forEach((row, i) => {
      expect(lines[i + 1]!.split(',')[2]).toBe(String(row.change_pct));
    });
    expect(crime.rows.some((r) => r.change_pct < 0)).toBe(true);
  });

  it('neutralises formula-like text and quotes commas, quotes and line breaks', () => {
    const items = ['=SUM(A1)', '+1', '-2 people', '@cmd', 'a,b', 'say "hi"', 'two\nlines', '普通'];
    const dataset: Dataset = {
      id: 'services',
      rows: items.map((item, i) => ({ period: '2022', item, count: i })),
    };
    const csv = exportCsv(dataset);
    expect(csv).toContain("\n2022,'=SUM(A1),0\n");
    expect(csv).toContain("\n2022,'+1,1\n");
    expect(csv).toContain("\n2022,'-2 people,2\n");
    expect(csv).toContain("\n2022,'@cmd,3\n");
    expect(csv).toContain('\n2022,"a,b",4\n');
    expect(csv).toContain('\n2022,"say ""hi""",5\n');
    expect(csv).toContain('\n2022,"two\nlines",6\n');
    const back = readCsv(encode(csv), { fileName: 'services.csv' });
    expect(back.ok && back.dataset).toEqual(dataset);
  });

  it('round-trips approx flags, emoji and large or tiny numbers', () => {
    const dataset: Dataset = {
      id: 'indicators',
      rows: [
        {
          period: '2022-03',
          indicator: '智安小区 🏠',
          value: 1e21,
          unit: '个',
          approx: 'at_least',
        },
        { period: '2022', indicator: 'tiny', value: 1.5e-7, unit: '', approx: 'about' },
        { period: '2022', indicator: 'neg', value: -3.25, unit: '%', approx: '' },
      ],
    };
    const back = readCsv(encode(exportCsv(dataset, '\r\n')), { fileName: 'x.csv' });
    expect(back.ok && back.dataset).toEqual(dataset);
  });

  it('passes data:check when written into a copy of data/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-check-'));
    try {
      copyFileSync('data/datasets.json', join(dir, 'datasets.json'));
      for (const id of REQUIRED_DATASETS) {
        writeFileSync(join(dir, SCHEMAS[id].file), exportCsv(readDataFile(id)));
      }
      const out = execFileSync('npx', ['tsx', 'scripts/data-check.ts', dir, '--lang=en'], {
        encoding: 'utf8',
      });
      for (const id of REQUIRED_DATASETS) expect(out).toContain(`${SCHEMAS[id].file}: ok`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('formatNumber', () => {
  it.each([1e21, -1.5e23, 1.5e-7, -2.5e-10, 0, -7.2, 6327])(
    'writes %d without an exponent',
    (n) => {
      const s = formatNumber(n);
      expect(s).not.toMatch(/e/i);
      expect(Number(s)).toBe(n);
    },
  );
});

describe('tableCsv', () => {
  it('quotes and neutralises every cell', () => {
    expect(
      tableCsv([
        ['row', 'value'],
        ['2', '=1+1'],
      ]),
    ).toBe("\uFEFFrow,value\r\n2,'=1+1\r\n");
  });
});
