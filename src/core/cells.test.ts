import { describe, expect, it } from 'vitest';
import {
  cleanText,
  parseApprox,
  parseCount,
  parseDate,
  parseNumber,
  parsePeriod,
  plainCell,
  toHalfWidth,
} from './cells';

describe('toHalfWidth', () => {
  it('turns full-width digits, signs and the ideographic space into ASCII', () => {
    expect(toHalfWidth('６３２７')).toBe('6327');
    expect(toHalfWidth('－７．２％')).toBe('-7.2%');
    expect(toHalfWidth('a\u3000b')).toBe('a b');
  });
});

describe('parseCount', () => {
  it.each([
    ['6327', 6327],
    ['６３２７', 6327],
    ['6,327', 6327],
    [' 6327 ', 6327],
    ['0', 0],
    ['3.0', 3],
  ])('reads %j as %d', (raw, value) => {
    expect(parseCount(raw)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['-5', 'negative'],
    ['－5', 'negative'],
    ['3.5', 'bad_integer'],
    ['abc', 'bad_integer'],
    ['1e3', 'bad_integer'],
    ['6,32', 'bad_integer'],
    ['99999999999999999999', 'bad_integer'],
  ])('rejects %j as %s', (raw, code) => {
    expect(parseCount(raw)).toEqual({ ok: false, code });
  });

  it.each([
    ['160余', 'at_least'],
    ['160多', 'at_least'],
    ['200+', 'at_least'],
    ['9300以上', 'at_least'],
    ['约160', 'about'],
    ['大约160', 'about'],
  ])('reads the qualifier of %j as %s', (raw, approx) => {
    expect(parseCount(raw)).toMatchObject({ ok: true, approx });
  });
});

describe('parseNumber', () => {
  it.each([
    ['-7.2', -7.2],
    ['-7.2%', -7.2],
    ['－７.２％', -7.2],
    ['−22.2', -22.2],
    ['+5', 5],
    ['"1,234.5"'.slice(1, -1), 1234.5],
    ['-0', 0],
  ])('reads %j as a percent-tolerant %d', (raw, value) => {
    const n = parseNumber(raw, { percent: true });
    expect(n).toMatchObject({ ok: true, value });
    expect(n.ok && Object.is(n.value, -0)).toBe(false);
  });

  it('keeps % an error where the column is not a percentage', () => {
    expect(parseNumber('5%')).toEqual({ ok: false, code: 'bad_number' });
  });

  it.each(['', 'abc', '1.2.3', 'NaN', 'Infinity', '--1', '1-'])('rejects %j', (raw) => {
    expect(parseNumber(raw, { percent: true })).toEqual({ ok: false, code: 'bad_number' });
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2021', '2021'],
    ['2021-01', '2021-01'],
    ['2021-1', '2021-01'],
    ['2021/01', '2021-01'],
    ['2021年', '2021'],
    ['2021年1月', '2021-01'],
    ['２０２１', '2021'],
  ])('reads %j as %s', (raw, value) => {
    expect(parsePeriod(raw)).toEqual({ ok: true, value });
  });

  it.each(['21', '2021-13', '2021-00', '2021Q1', '2021-01-05', 'abc'])('rejects %j', (raw) => {
    expect(parsePeriod(raw)).toEqual({ ok: false, code: 'bad_period' });
  });
});

describe('parseDate', () => {
  it.each([
    ['2022-01', '2022-01'],
    ['2021-11-12', '2021-11-12'],
    ['2021/11/12', '2021-11-12'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %j as %s', (raw, value) => {
    expect(parseDate(raw)).toEqual({ ok: true, value });
  });

  it.each([
    '2021-02-30',
    '2021-02-29',
    '1900-02-29',
    '2021-04-31',
    '2021-13',
    '2021-13-01',
    '2021',
  ])('rejects the impossible or malformed date %j', (raw) => {
    expect(parseDate(raw)).toEqual({ ok: false, code: 'bad_date' });
  });
});

describe('parseApprox', () => {
  it.each([
    ['', ''],
    ['at_least', 'at_least'],
    ['AT_LEAST', 'at_least'],
    ['余', 'at_least'],
    ['多', 'at_least'],
    ['+', 'at_least'],
    ['＋', 'at_least'],
    ['约', 'about'],
    ['about', 'about'],
  ])('reads %j as %j', (raw, value) => {
    expect(parseApprox(raw)).toEqual({ ok: true, value });
  });

  it('rejects other words', () => {
    expect(parseApprox('maybe')).toEqual({ ok: false, code: 'bad_approx' });
  });
});

describe('cleanText', () => {
  it('trims and undoes the export apostrophe before formula-like text only', () => {
    expect(cleanText('  东港派出所 ')).toBe('东港派出所');
    expect(cleanText("'=1+1")).toBe('=1+1');
    expect(cleanText("'-abc")).toBe('-abc');
    expect(cleanText("'abc")).toBe("'abc");
  });
});

describe('plainCell', () => {
  it('agrees with the full parsers on canonical cells and defers on the rest', () => {
    expect(plainCell('count', '6327')).toBe(6327);
    expect(plainCell('number', '-7.2')).toBe(-7.2);
    expect(Object.is(plainCell('number', '-0'), 0)).toBe(true);
    expect(plainCell('period', '2021-12')).toBe('2021-12');
    expect(plainCell('period', '2021-13')).toBeUndefined();
    expect(plainCell('count', '160余')).toBeUndefined();
    expect(plainCell('count', '-5')).toBeUndefined();
    expect(plainCell('date', '2021-11-12')).toBeUndefined();
  });
});
