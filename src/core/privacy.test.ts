import { describe, expect, it } from 'vitest';
import { echoValue, findSensitive, isResidentIdNumber, maskSensitive } from './privacy';
import { readCsv } from './read-csv';

// Sample numbers printed in GB 11643-1999, the standard that defines the check digit.
const ID_X = '11010519491231002X';
const ID_4 = '440524188001010014';

const codes = (text: string) => findSensitive(text).map((f) => f.code);

describe('resident ID numbers', () => {
  it('accepts the standard sample numbers and rejects a wrong check digit', () => {
    expect(isResidentIdNumber(ID_X)).toBe(true);
    expect(isResidentIdNumber(ID_X.toLowerCase())).toBe(true);
    expect(isResidentIdNumber(ID_4)).toBe(true);
    expect(isResidentIdNumber(ID_4.slice(0, 17) + '5')).toBe(false);
    expect(isResidentIdNumber(ID_X.slice(0, 17) + '0')).toBe(false);
  });

  it('is an error inside text, full-width digits included', () => {
    expect(codes(`嫌疑人身份证号${ID_X}，已核实`)).toEqual(['sensitive_id_number']);
    expect(
      codes(ID_4.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
    ).toEqual(['sensitive_id_number']);
  });

  it.each([
    ['17 digits', ID_4.slice(0, 17)],
    ['a bad check digit', ID_4.slice(0, 17) + '9'],
    ['19 digits', ID_4 + '1'],
    ['a digit in front', '9' + ID_4],
  ])('passes a near-miss: %s', (_label, text) => {
    expect(codes(`编号${text}`)).not.toContain('sensitive_id_number');
  });
});

describe('mobile numbers', () => {
  it.each([
    '13812345678',
    '电话19912345678。',
    '+8613812345678',
    '+86 138-1234-5678',
    '138 1234 5678',
  ])('is an error for %j', (text) => {
    expect(codes(text)).toEqual(['sensitive_phone']);
  });

  it.each([
    ['a second digit of 2', '12812345678'],
    ['10 digits', '1381234567'],
    ['inside a longer run', '213812345678'],
    ['followed by a digit', '138123456789'],
    ['a landline', '0580-3012345'],
  ])('passes %s', (_label, text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('licence plates', () => {
  it.each(['浙L12345', '被盗车辆浙L·12345', '浙LD12345', '沪A1B2C3', '浙l12345'])(
    'is an error for %j',
    (text) => {
      expect(codes(text)).toEqual(['sensitive_plate']);
    },
  );

  it.each([
    ['4 characters after the letter', '浙L1234'],
    ['7 characters after the letter', '浙L1234567'],
    ['letters only', '浙LABCDE'],
    ['no province', 'ZL12345'],
  ])('passes %s', (_label, text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('personal names', () => {
  it.each(['男子李明在工地盗取建筑材料', '嫌疑人王小虎被抓获', '张三（男，35岁）盗窃'])(
    'warns, never errs, on a full name: %j',
    (text) => {
      expect(findSensitive(text).map((f) => [f.code, f.severity])).toEqual([
        ['personal_name', 'warning'],
      ]);
    },
  );

  it.each([
    ['the surname + 某 form', '男子李某在工地干活时盗取建筑材料'],
    ['the surname + 某某 form', '嫌疑人王某某被抓获'],
    ['officers named in a commendation', '民警张铭军、辅警竺涛跳入河中救起落水老人'],
    ['a role followed by an ordinary word', '男子于是逃离现场，司机马上报警'],
    ['people without a name', '外卖小哥送至派出所，民警找到家长'],
  ])('stays quiet on %s', (_label, text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('masking', () => {
  it('never shows the sensitive item in full', () => {
    for (const f of findSensitive(`${ID_X} 13812345678 浙L12345 男子李明`)) {
      expect(f.masked).toContain('*');
    }
    const masked = maskSensitive(`号码${ID_X}，电话13812345678，车牌浙L12345`);
    expect(masked).not.toContain(ID_X);
    expect(masked).not.toContain('13812345678');
    expect(masked).not.toContain('浙L12345');
    expect(masked).toMatch(/^号码1101\*+002X，电话138\*{4}5678，车牌浙L\*+5$/);
  });

  it('leaves near-misses and ordinary text as they are', () => {
    const text = `编号${ID_4.slice(0, 17)}9，共6327件`;
    expect(maskSensitive(text)).toBe(text);
  });

  it('cuts a long echo short without leaving part of a number unmasked', () => {
    const long = 'x'.repeat(50) + ID_X + 'y'.repeat(100);
    const echo = echoValue(long);
    expect(echo.length).toBeLessThanOrEqual(61);
    expect(echo.endsWith('…')).toBe(true);
    expect(echo).not.toContain(ID_X.slice(0, 10));
  });
});

describe('privacy in validation', () => {
  const read = (summary: string) =>
    readCsv(
      new TextEncoder().encode(
        `date,station,category,summary,outcome\n2022-01,东港派出所,盗窃,"${summary}",行政拘留5日\n`,
      ),
      { fileName: 'cases.csv' },
    );

  it('rejects the file, naming row and column, with the value masked', () => {
    const result = read(`失主电话13812345678`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      {
        code: 'sensitive_phone',
        severity: 'error',
        row: 2,
        column: 'summary',
        value: '138****5678',
      },
    ]);
  });

  it('checks every text column, not only the summary', () => {
    const result = readCsv(new TextEncoder().encode(`period,item,count\n2021,车主浙L12345,1\n`), {
      fileName: 'services.csv',
    });
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'sensitive_plate',
      column: 'item',
    });
  });

  it('accepts a full name with a warning, so a commendation can still be published', () => {
    const result = read('男子李明在工地盗取建筑材料');
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      { code: 'personal_name', severity: 'warning', row: 2, column: 'summary', value: '李**' },
    ]);
  });
});
