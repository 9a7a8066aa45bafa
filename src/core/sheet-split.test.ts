import { describe, expect, it } from 'vitest';
import { splitSheet } from './sheet-split';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

const row = (r: number, attrs = '') =>
  `<x:row r="${r}"${attrs}><x:c r="A${r}" t="inlineStr"><x:is><x:t>第${r}行 r="${r}"</x:t></x:is></x:c><x:c s='1' r='B${r}'><x:v>${r}</x:v></x:c></x:row>`;
const sheet = (rows: string) =>
  `<?xml version="1.0"?><x:worksheet xmlns:x="urn:main"><x:dimension ref="A1:B9"/><x:sheetData>${rows}</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
const frame = (rows: string) =>
  `<x:worksheet xmlns:x="urn:main"><x:sheetData>${rows}</x:sheetData></x:worksheet>`;

describe('splitSheet', () => {
  it('cuts at rows, renumbers each part from 1 and keeps text that only looks like a number', () => {
    const split = splitSheet(
      bytes(sheet(row(1) + row(2) + row(5) + row(6, ' hidden="1"') + row(9))),
      2,
    )!;
    expect(split.offsets).toEqual([0, 4, 8]);
    expect(split.parts.map(text)).toEqual([
      frame(row(1) + row(2)),
      frame(
        `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>第5行 r="5"</x:t></x:is></x:c><x:c s='1' r='B1'><x:v>5</x:v></x:c></x:row>` +
          `<x:row r="2" hidden="1"><x:c r="A2" t="inlineStr"><x:is><x:t>第6行 r="6"</x:t></x:is></x:c><x:c s='1' r='B2'><x:v>6</x:v></x:c></x:row>`,
      ),
      frame(
        `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>第9行 r="9"</x:t></x:is></x:c><x:c s='1' r='B1'><x:v>9</x:v></x:c></x:row>`,
      ),
    ]);
  });

  it('leaves a sheet no longer than one part, or with no sheet data, whole', () => {
    expect(splitSheet(bytes(sheet(row(1) + row(2))), 2)).toBeUndefined();
    expect(splitSheet(bytes('<worksheet><sheetData/></worksheet>'), 2)).toBeUndefined();
  });

  it('does not cut where a row after a cut has no number of its own', () => {
    const unnumbered = row(3).replace('<x:row r="3">', '<x:row>');
    expect(splitSheet(bytes(sheet(row(1) + row(2) + unnumbered)), 2)).toBeUndefined();
  });
});
