import fc from 'fast-check';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellOf, exportCsv, formatNumber } from '../../src/core/export-csv';
import { readCsv } from '../../src/core/read-csv';
import { SCHEMAS } from '../../src/core/schema';
import { DATASET_IDS, type Dataset } from '../../src/core/types';
import { DATASETS } from './arbitraries';

const RUNS = 200;
const encode = (s: string) => new TextEncoder().encode(s);

function readBack(bytes: Uint8Array) {
  const result = readCsv(bytes, { fileName: 'upload.csv' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.dataset;
}

/**
 * A spreadsheet-style file of the same data: Chinese header aliases,
 * another delimiter, CRLF, optionally a sep= line, in GB18030 or UTF-16.
 */
function spreadsheetBytes(
  dataset: Dataset,
  delimiter: string,
  encoding: 'gb18030' | 'utf-16le',
  sepLine: boolean,
): Uint8Array {
  const columns = SCHEMAS[dataset.id].columns;
  const header = columns.map((c) => c.aliases[0] ?? c.id);
  const rows = dataset.rows.map((row) =>
    columns.map((c) => {
      const value = cellOf(row, c.id);
      return typeof value === 'number' ? formatNumber(value) : value;
    }),
  );
  const body = Papa.unparse([header, ...rows], { delimiter, newline: '\r\n', quotes: false });
  const text = (sepLine ? `sep=${delimiter}\r\n` : '') + body + '\r\n';
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  return new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
}

describe('export → import gives back the same dataset', () => {
  it.each(DATASET_IDS)('%s through exportCsv (LF and CRLF)', (id) => {
    fc.assert(
      fc.property(DATASETS[id], fc.constantFrom('\n', '\r\n' as const), (dataset, eol) => {
        expect(readBack(encode(exportCsv(dataset, eol)))).toEqual(dataset);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(DATASET_IDS)('%s through a spreadsheet-style file', (id) => {
    const texts = DATASETS[id].filter((d) =>
      // A raw spreadsheet cell that starts with ' and a formula character is our own export's escape.
      d.rows.every((row) =>
        Object.values(row).every((v) => typeof v !== 'string' || !/^'+[=+\-@\t\r]/.test(v)),
      ),
    );
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom(',', ';', '\t', '，'),
        fc.constantFrom('gb18030' as const, 'utf-16le' as const),
        fc.boolean(),
        (dataset, delimiter, encoding, sepLine) => {
          expect(readBack(spreadsheetBytes(dataset, delimiter, encoding, sepLine))).toEqual(
            dataset,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
