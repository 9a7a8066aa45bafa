import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { classifyLines, decodeBytes, MAX_BYTES, sniffBinary } from './decode';

const TEXT = '期间,事项,数量\r\n2021,调取共享材料,6327\r\n2021,公民身份信息连锁变更"一件事",16\r\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('decodeBytes: encodings', () => {
  it('reads strict UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8(TEXT))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-8',
      bom: false,
    });
  });

  it.each([
    ['UTF-8', 'utf-8', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(TEXT))],
    [
      'UTF-16LE',
      'utf-16le',
      concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(iconv.encode(TEXT, 'utf-16le'))),
    ],
    [
      'UTF-16BE',
      'utf-16be',
      concat(new Uint8Array([0xfe, 0xff]), new Uint8Array(iconv.encode(TEXT, 'utf-16be'))),
    ],
  ])('follows a %s BOM and drops it', (_label, encoding, bytes) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: TEXT, encoding, bom: true });
  });

  it('falls back to GB18030 for GBK bytes as Excel on a Chinese PC writes them', () => {
    expect(decodeBytes(gbk(TEXT))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'gb18030',
      bom: false,
    });
  });

  it('reads GBK whose bytes happen to be valid two-byte UTF-8 as GBK', () => {
    const text = 'period,item,count\n2021,隆,1\n';
    expect(new TextDecoder('utf-8', { fatal: true }).decode(gbk(text))).not.toBe(text);
    expect(decodeBytes(gbk(text))).toMatchObject({ ok: true, text, encoding: 'gb18030' });
  });

  it('keeps UTF-8 with Chinese and accents as UTF-8', () => {
    const text = 'period,item,count\n2021,Café 全城通办,1\n';
    expect(decodeBytes(utf8(text))).toMatchObject({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads GB18030 characters beyond GBK', () => {
    const text = '期间,事项,数量\n2021,𠀀€,1\n';
    const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, text, encoding: 'gb18030' });
  });

  it('reads the bytes as the encoding the user forces', () => {
    expect(decodeBytes(gbk(TEXT), 'gb18030')).toMatchObject({ ok: true, text: TEXT });
    expect(decodeBytes(gbk(TEXT), 'utf-8')).toMatchObject({
      ok: false,
      issue: { code: 'decode_failed', params: { encoding: 'utf-8' } },
    });
  });
});

describe('decodeBytes: broken text', () => {
  it('calls a file with UTF-8 and GBK lines mixed', () => {
    const result = decodeBytes(
      concat(utf8('期间,事项,数量\n2021,全城通办,578\n'), gbk('2021,大都市圈,934\n')),
    );
    expect(result).toMatchObject({ ok: false, issue: { code: 'mixed_encoding' }, at: { line: 2 } });
  });

  it('points at the UTF-8 line when most of the file is GBK', () => {
    const bytes = concat(
      gbk('期间,事项,数量\n2021,全城通办,578\n2021,调取共享材料,6327\n'),
      utf8('2022,大都市圈,934\n'),
    );
    expect(decodeBytes(bytes)).toMatchObject({
      ok: false,
      issue: { code: 'mixed_encoding' },
      at: { line: 3 },
    });
  });

  it.each([
    ['UTF-8', utf8(TEXT + '2022,大都市圈'), 'utf-8'],
    ['GBK', gbk(TEXT + '2022,大都市圈'), 'gb18030'],
  ])('calls a %s character cut off at the end truncated', (_label, whole, encoding) => {
    const result = decodeBytes(whole.subarray(0, whole.length - 1));
    expect(result).toMatchObject({
      ok: false,
      issue: { code: 'truncated_char', params: { encoding } },
      at: { line: 3 },
    });
  });

  it('does not take a GBK file for mixed, whatever GB2312 text it holds', () => {
    const hanzi = fc
      .integer({ min: 0xb0, max: 0xd7 })
      .chain((lead) =>
        fc
          .integer({ min: 0xa1, max: 0xfe })
          .map((trail) => iconv.decode(Buffer.from([lead, trail]), 'gbk')),
      );
    const line = fc.array(hanzi, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = lines.map((l, i) => `${2000 + i},${l},${i}`).join('\r\n');
        const result = decodeBytes(gbk(text));
        expect(result).toMatchObject({ ok: true, encoding: 'gb18030', text });
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeBytes: not a CSV', () => {
  it.each([
    ['xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]],
    ['image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['binary', [0x41, 0x00, 0x42]],
  ])('refuses %s bytes renamed .csv', (kind, bytes) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({
      ok: false,
      issue: { code: 'binary_file', severity: 'error', params: { kind } },
    });
  });

  it('does not take UTF-16 text for binary because of its zero bytes', () => {
    expect(sniffBinary(new Uint8Array(iconv.encode('period', 'utf-16le')))).toBe('binary');
    const withBom = concat(
      new Uint8Array([0xff, 0xfe]),
      new Uint8Array(iconv.encode('period', 'utf-16le')),
    );
    expect(decodeBytes(withBom)).toMatchObject({ ok: true, text: 'period' });
  });

  it('refuses a file over the size cap before reading it', () => {
    // Zero-filled: allocation is cheap, and the cap must be checked before any sniffing.
    const big = new Uint8Array(MAX_BYTES + 1);
    expect(decodeBytes(big)).toMatchObject({
      ok: false,
      issue: { code: 'file_too_large', params: { limitMb: 50, sizeMb: 51 } },
    });
    expect(decodeBytes(big.subarray(0, MAX_BYTES))).toMatchObject({
      issue: { code: 'binary_file' },
    });
  });
});

describe('classifyLines', () => {
  it('counts UTF-8 and other lines, ignoring ASCII-only lines', () => {
    const bytes = concat(utf8('period\n2021,全城通办\r\n'), gbk('2021,大都市圈\r'), utf8('x\n'));
    expect(classifyLines(bytes)).toEqual({ utf8: 1, firstUtf8: 1, other: 1, firstOther: 2 });
  });
});
