import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/read-csv';

const MB = 1024 * 1024;
const encode = (s: string) => new TextEncoder().encode(s);

/** Repeats `unit` to about `bytes` bytes after a prefix. */
function fill(prefix: string, unit: string, bytes: number): Uint8Array {
  return encode(prefix + unit.repeat(Math.ceil(bytes / new TextEncoder().encode(unit).length)));
}

/** Inputs known to make naive CSV readers and regexes slow. */
const HOSTILE: [string, (bytes: number) => Uint8Array][] = [
  ['a quote storm', (n) => fill('', '"', n)],
  ['doubled quotes in an open field', (n) => fill('period,item,count\n2021,"', '""a', n)],
  ['quote-comma pairs', (n) => fill('period,item,count\n', '",', n)],
  ['one long line of text', (n) => fill('period,item,count\n2021,', '调取共享材料', n)],
  ['one long line of digits', (n) => fill('date,station,category,summary\n2021-01,a,b,', '1', n)],
  // Cells of a few characters: V8's own split slows down in steps past a million tiny strings.
  ['one long line of cells', (n) => fill('period,item,count\n', '调取共享材料,', n)],
  ['a long header', (n) => fill('', '男子李明,', n)],
  ['many short rows', (n) => fill('period,item,count\n', '2021,a,1\n', n)],
  ['many blank lines', (n) => fill('period,item,count\n2021,a,1\n', '\r\n', n)],
  ['line breaks in one quoted cell', (n) => fill('period,item,count\n2021,"', '\n', n)],
];

/** CPU time of one read: on a shared machine, other processes inflate wall time but not this. */
function cpuMs(bytes: Uint8Array): number {
  const before = process.cpuUsage();
  const result = readCsv(bytes, { fileName: 'upload.csv' });
  const used = process.cpuUsage(before);
  expect(typeof result.ok).toBe('boolean');
  return (used.user + used.system) / 1000;
}

/** Fastest of several runs of each size, taken in turns so both meet the same conditions. */
function growth(small: Uint8Array, large: Uint8Array, runs = 4): number {
  let s = Infinity;
  let l = Infinity;
  for (let i = 0; i < runs; i++) {
    s = Math.min(s, cpuMs(small));
    l = Math.min(l, cpuMs(large));
  }
  return l / Math.max(s, 1);
}

describe('readCsv takes time in proportion to the input', () => {
  it('finishes a 10 MB single line and returns a result', () => {
    const bytes = fill('period,item,count\n2021,', 'x', 10 * MB);
    const result = readCsv(bytes, { fileName: 'services.csv' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'too_few_cells', row: 2 });
  }, 60_000);

  it('finishes a 10 MB quote storm and returns a result', () => {
    const result = readCsv(fill('', '"', 10 * MB), { fileName: 'services.csv' });
    expect(result.ok).toBe(false);
  }, 60_000);

  // Linear time quadruples from 1 MB to 4 MB (a little more with garbage collection); quadratic would multiply by 16.
  it.each(HOSTILE)(
    '%s: 4 MB takes well under 16 times as long as 1 MB',
    (_label, make) => {
      expect(growth(make(MB), make(4 * MB))).toBeLessThan(12);
    },
    120_000,
  );
});
