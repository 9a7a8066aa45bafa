import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/read-csv';
import { DATASET_IDS, ISSUE_CODES, type ReadResult } from '../../src/core/types';

const RUNS = 1000;

/** Pieces that real and broken CSV files are made of, so random files are CSV-like often. */
const PIECES = [
  'period,item,count\n',
  '期间,事项,数量\r\n',
  'date,station,category,summary,outcome\n',
  'sep=;\n',
  '2021,调取共享材料,6327\n',
  '2021-02-30',
  '160余',
  '"',
  '""',
  ',',
  '，',
  ';',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '6,327',
  '-5',
  '１２',
  '😀',
  '男子李明',
  '13812345678',
  '11010519491231002X',
  '浙L12345',
];
const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04]];

const csvLike = fc
  .tuple(
    fc.constantFrom(...BOMS),
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }),
    fc.constantFrom('utf-8', 'gbk', 'utf-16le'),
    fc.nat({ max: 3 }),
  )
  .map(([bom, parts, encoding, cut]) => {
    const body = new Uint8Array(iconv.encode(parts.join(''), encoding));
    // Cutting a byte or three off the end leaves half a character behind.
    return new Uint8Array([...bom, ...body.subarray(0, Math.max(0, body.length - cut))]);
  });

/** A real header first, so the random rows reach the cell validators. */
const HEADERS = [
  'period,item,count',
  '期间;事项;办件量',
  'period\tmetric\tchange_pct\tbaseline',
  '期间，力量，日均警力，约数',
  'period,indicator,value,unit,approx',
  '日期,单位,类别,摘要,处理结果',
];
const CELLS = [
  '2021',
  '2021-13',
  '2022-01',
  '2021-02-30',
  '6327',
  '-5',
  '3.5',
  '160余',
  '约',
  'at_least',
  '"a,b"',
  '"x',
  '',
  '男子李明',
  '13812345678',
  '浙L12345',
  '😀',
];
const headed = fc
  .tuple(
    fc.constantFrom(...HEADERS),
    fc.array(
      fc.array(fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 4 })), { maxLength: 6 }),
      {
        maxLength: 12,
      },
    ),
    fc.constantFrom(',', ';', '\t', '，'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([header, rows, d, eol]) =>
    new TextEncoder().encode([header, ...rows.map((r) => r.join(d))].join(eol)),
  );

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 600 }), csvLike, headed);

function expectWellFormed(result: ReadResult) {
  expect(typeof result.ok).toBe('boolean');
  const issues = result.ok ? result.warnings : result.issues;
  if (!result.ok) expect(issues.some((i) => i.severity === 'error')).toBe(true);
  if (result.ok) expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  for (const issue of issues) {
    expect(ISSUE_CODES).toContain(issue.code);
    if (issue.row !== undefined) expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    if (issue.value !== undefined) expect(issue.value.length).toBeLessThanOrEqual(61);
  }
}

describe('readCsv on any bytes', () => {
  it('returns ok or issues and never throws, detecting the dataset', () => {
    fc.assert(
      fc.property(
        anyBytes,
        fc.constantFrom('upload.csv', 'services.csv', 'cases.csv'),
        (bytes, fileName) => {
          expectWellFormed(readCsv(bytes, { fileName }));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('returns ok or issues and never throws for every known dataset and forced encoding', () => {
    fc.assert(
      fc.property(
        anyBytes,
        fc.constantFrom(...DATASET_IDS),
        fc.constantFrom(undefined, 'utf-8' as const, 'gb18030' as const, 'utf-16le' as const),
        (bytes, datasetId, encoding) => {
          expectWellFormed(readCsv(bytes, { fileName: 'x.csv', datasetId, encoding }));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
