import { describe, expect, it } from 'vitest';
import { columnLetter, parseCsv, recordOfLine } from './parse-csv';

describe('parseCsv', () => {
  it('guesses the delimiter that splits every row alike', () => {
    expect(parseCsv('a;b;c\n"x,y";2;3\n').delimiter).toBe(';');
    expect(parseCsv('a\tb\n1,5\t2\n').records).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('reads past a title line whose full-width commas outnumber the rest', () => {
    const table = parseCsv(
      '普陀公安，2021年，政务服务办件量\nperiod,item,count\n2021,全城通办,578\n',
    );
    expect(table.delimiter).toBe(',');
    expect(table.records.slice(1)).toEqual([
      ['period', 'item', 'count'],
      ['2021', '全城通办', '578'],
    ]);
  });

  it('is not misled by commas inside a quoted header cell', () => {
    const text =
      'period;item;count;"备注, 来源, 口径, 说明"\n2021;全城通办;578;\n2021;大都市圈;934;\n';
    const table = parseCsv(text);
    expect(table.delimiter).toBe(';');
    expect(table.records[0]).toEqual(['period', 'item', 'count', '备注, 来源, 口径, 说明']);
  });

  it('reads a semicolon file whose first line has commas and no semicolon', () => {
    const text = 'Putuo, Zhoushan, 2021\nperiod;item;count\n2021;全城通办;578\n2021;大都市圈;934\n';
    expect(parseCsv(text).delimiter).toBe(';');
  });

  it('keeps the first-line guess for a header alone, with or without a line end', () => {
    expect(parseCsv('a;b;c').delimiter).toBe(';');
    expect(parseCsv('a;b;c\r\n').delimiter).toBe(';');
    expect(parseCsv('a\tb\n\n').delimiter).toBe('\t');
    expect(parseCsv('only\n').delimiter).toBe(',');
  });

  it.each(['sep=;\n', 'SEP=;\r\n', '"sep=;"\n', 'sep=;\r'])(
    'drops the first line %j and uses its delimiter',
    (line) => {
      const table = parseCsv(`${line}a;b\n1;2\n`);
      expect(table).toMatchObject({
        delimiter: ';',
        linesBefore: 1,
        records: [
          ['a', 'b'],
          ['1', '2'],
        ],
      });
    },
  );

  it('keeps blank records in the middle so numbering holds, and drops them at the end', () => {
    expect(parseCsv('a,b\n\n1,2\n\n\n').records).toEqual([['a', 'b'], [''], ['1', '2']]);
  });
});

describe('recordOfLine', () => {
  it('maps a physical line to its record across quoted line breaks and a sep= line', () => {
    const table = parseCsv('sep=,\r\na,b\r\n"x\r\ny",1\r\n\r\nz,2\r\n');
    expect([1, 2, 3, 4, 5].map((line) => recordOfLine(table, line))).toEqual([0, 1, 1, 2, 3]);
  });
});

describe('columnLetter', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 3, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'D',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
