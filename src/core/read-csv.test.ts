import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES } from './decode';
import { readCsv } from './read-csv';
import type { ReadResult } from './types';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const read = (bytes: Uint8Array, fileName = 'services.csv') => readCsv(bytes, { fileName });
const rows = (r: ReadResult) => (r.ok ? r.dataset.rows : r.issues);
const issues = (r: ReadResult) => (r.ok ? r.warnings : r.issues);

const HEADER = ['period', 'item', 'count'];
const SERVICES = [
  { period: '2021', item: '调取共享材料', count: 6327 },
  { period: '2021', item: '全城通办', count: 578 },
];
const lines = (d: string) => [
  HEADER.join(d),
  `2021${d}调取共享材料${d}6327`,
  `2021${d}全城通办${d}578`,
];

describe('delimiters and line ends', () => {
  it.each([
    [',', ','],
    [';', ';'],
    ['tab', '\t'],
    ['full-width comma', '，'],
  ])('reads %s-separated text', (_label, d) => {
    const result = read(utf8(lines(d).join('\n') + '\n'));
    expect(rows(result)).toEqual(SERVICES);
    expect(result.meta.delimiter).toBe(d);
  });

  it('honours a sep= first line and does not count it as a row', () => {
    const text = 'sep=;\r\nperiod;item;count\r\n2021;"调取,共享";6327\r\n2021;全城通办;x\r\n';
    const result = read(utf8(text));
    expect(result.meta.delimiter).toBe(';');
    expect(issues(result)).toEqual([
      { code: 'bad_integer', severity: 'error', row: 3, column: 'count', value: 'x' },
    ]);
  });

  it('reads a semicolon file whose header has a note column with commas in quotes', () => {
    const text =
      'period;item;count;"备注, 来源, 口径, 说明"\r\n2021;调取共享材料;6327;\r\n2021;全城通办;578;\r\n';
    const result = read(utf8(text));
    expect(result.meta.delimiter).toBe(';');
    expect(rows(result)).toEqual(SERVICES);
    expect(issues(result)).toMatchObject([{ code: 'unknown_column', severity: 'warning' }]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('reads %s line ends', (_label, eol) => {
    expect(rows(read(utf8(lines(',').join(eol) + eol)))).toEqual(SERVICES);
  });

  it('ignores trailing blank lines, with or without spaces', () => {
    expect(rows(read(utf8(lines(',').join('\r\n') + '\r\n\r\n  \r\n,,\r\n')))).toEqual(SERVICES);
  });
});

describe('row numbers as a spreadsheet shows them', () => {
  it('counts a record with line breaks inside quotes as one row', () => {
    const text = 'period,item,count\n2021,"调取\n共享\r\n材料",6327\n2021,全城通办,-1\n';
    expect(issues(read(utf8(text)))).toEqual([
      { code: 'negative', severity: 'error', row: 3, column: 'count', value: '-1' },
    ]);
    expect(rows(read(utf8(text.replace('-1', '1'))))).toEqual([
      { period: '2021', item: '调取\n共享\r\n材料', count: 6327 },
      { period: '2021', item: '全城通办', count: 1 },
    ]);
  });

  it('skips blank lines in the middle but keeps their numbers', () => {
    const text = 'period,item,count\n2021,a,1\n\n\n2021,b,x\n';
    expect(issues(read(utf8(text)))).toEqual([
      { code: 'bad_integer', severity: 'error', row: 5, column: 'count', value: 'x' },
    ]);
  });
});

describe('cell counts and quotes', () => {
  it('is an error when a row has too many cells, naming the first extra one', () => {
    const result = read(utf8('period,item,count\n2021,a,1,extra\n2021,b,2,\n'));
    expect(issues(result)).toEqual([
      {
        code: 'too_many_cells',
        severity: 'error',
        row: 2,
        column: 'D',
        value: 'extra',
        params: { expected: 3, actual: 4 },
      },
    ]);
  });

  it('reads unquoted 6,327 in a comma file as one cell too many', () => {
    expect(issues(read(utf8('period,item,count\n2021,a,6,327\n')))[0]).toMatchObject({
      code: 'too_many_cells',
      row: 2,
    });
  });

  it('is an error when a row has too few cells, naming the first missing column', () => {
    expect(issues(read(utf8('period,item,count\n2021,a\n')))).toEqual([
      {
        code: 'too_few_cells',
        severity: 'error',
        row: 2,
        column: 'count',
        params: { expected: 3, actual: 2 },
      },
    ]);
  });

  it('forgives empty header cells at the end, as Excel leaves them', () => {
    expect(rows(read(utf8('period,item,count,,\n2021,a,1\n')))).toEqual([
      { period: '2021', item: 'a', count: 1 },
    ]);
  });

  it('is an error when a quote is never closed, naming row, column and cell', () => {
    const result = read(utf8('period,item,count\n2021,a,1\n2021,"b,2\n2021,c,3\n'));
    expect(issues(result)).toEqual([
      expect.objectContaining({
        code: 'quote_error',
        row: 3,
        column: 'item',
        value: 'b,2\n2021,c,3\n',
      }),
    ]);
  });

  it('is an error when a closing quote is followed by text', () => {
    const result = read(utf8('period,item,count\n2021,"b"x,2\n'));
    expect(issues(result)[0]).toMatchObject({ code: 'quote_error', row: 2, column: 'item' });
  });
});

describe('empty files', () => {
  it.each([
    ['no bytes', new Uint8Array()],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['only blank lines', utf8('\r\n\r\n  \n')],
    ['only a sep= line', utf8('sep=,\n')],
  ])('calls a file with %s empty', (_label, bytes) => {
    expect(issues(read(bytes))).toEqual([{ code: 'file_empty', severity: 'error' }]);
  });

  it('calls a file with a header and no rows header-only', () => {
    expect(issues(read(utf8('period,item,count\r\n\r\n')))).toEqual([
      { code: 'header_only', severity: 'error', row: 1 },
    ]);
  });
});

describe('encodings end to end', () => {
  const text = '期间,事项,数量\r\n2021,调取共享材料,"6,327"\r\n2021,全城通办,５７８\r\n';

  it.each([
    ['UTF-8', utf8(text), 'utf-8', false],
    ['UTF-8 with a BOM', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text)), 'utf-8', true],
    [
      'UTF-16LE',
      concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(iconv.encode(text, 'utf-16le'))),
      'utf-16le',
      true,
    ],
    [
      'UTF-16BE',
      concat(new Uint8Array([0xfe, 0xff]), new Uint8Array(iconv.encode(text, 'utf-16be'))),
      'utf-16be',
      true,
    ],
    ['GBK', gbk(text), 'gb18030', false],
  ])(
    'reads %s with Chinese headers, quoted thousands and full-width digits',
    (_l, bytes, encoding, bom) => {
      const result = read(bytes, 'upload.csv');
      expect(rows(result)).toEqual(SERVICES);
      expect(result.meta).toMatchObject({ encoding, bom, datasetId: 'services' });
    },
  );

  it('locates mixed UTF-8 and GBK at the first odd row, showing its cell readably', () => {
    const bytes = concat(
      utf8('期间,事项,数量\n2021,调取共享材料,6327\n2021,"全城\n通办",1\n'),
      gbk('2021,大都市圈,934\n'),
    );
    expect(issues(read(bytes))).toEqual([
      { code: 'mixed_encoding', severity: 'error', row: 4, column: '事项', value: '大都市圈' },
    ]);
  });

  it.each([
    ['UTF-8', utf8, 'utf-8'],
    ['GBK', gbk, 'gb18030'],
  ] as const)(
    'locates a %s character cut off at the end in the last row',
    (_l, encode, encoding) => {
      const whole = encode('period,item,count\n2021,a,1\n2021,b,大都市圈');
      const [issue] = issues(read(whole.subarray(0, whole.length - 1)));
      expect(issue).toMatchObject({
        code: 'truncated_char',
        row: 3,
        column: 'count',
        params: { encoding },
      });
      expect(issue!.value).toMatch(/^大都市/);
    },
  );

  it.each([
    ['an xlsx', [0x50, 0x4b, 0x03, 0x04], 'xlsx'],
    ['an xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'xls'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image'],
  ])('refuses %s renamed .csv', (_l, magic, kind) => {
    const bytes = concat(new Uint8Array(magic), utf8('period,item,count\n'));
    expect(issues(read(bytes))).toEqual([
      { code: 'binary_file', severity: 'error', params: { kind } },
    ]);
  });

  it('refuses a file over 50 MB', () => {
    expect(issues(read(new Uint8Array(MAX_BYTES + 1)))[0]).toMatchObject({
      code: 'file_too_large',
      params: { limitMb: 50 },
    });
  });
});

describe('a web page where a CSV should be', () => {
  it.each([
    '<!doctype html><html><body><h1>404</h1></body></html>',
    '\n  <!DOCTYPE HTML>\n<html lang="zh-CN"><head><title>页面不存在</title></head></html>',
    '<html><head></head><body>Not found</body></html>',
  ])('says it is HTML, not missing columns: %s', (page) => {
    const result = readCsv(utf8(page), { fileName: 'patrol.csv', datasetId: 'patrol' });
    expect(result.ok).toBe(false);
    expect(issues(result).map((i) => i.code)).toEqual(['html_not_csv']);
  });

  it('still reads a CSV whose text merely mentions <html>', () => {
    const result = read(utf8('period,item,count\n2021,<html> 教程,3\n'));
    expect(result.ok).toBe(true);
  });
});
