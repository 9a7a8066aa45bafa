import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

const mono = (s: string) => [...s].length * 10;

describe('wrapText', () => {
  it('breaks English at spaces and never exceeds the width', () => {
    const text = 'Items handled or retrieved by all service points over the year';
    const lines = wrapText(text, 200, mono);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(200);
  });

  it('breaks Chinese anywhere and keeps every character', () => {
    const text = '普陀公安各服务站全年累计办理或调取的件数';
    const lines = wrapText(text, 60, mono);
    expect(lines.join('')).toBe(text);
    expect(lines.every((l) => mono(l) <= 60)).toBe(true);
    expect(lines).toHaveLength(Math.ceil([...text].length / 6));
  });

  it('cuts a word longer than the line, and gives nothing for no text', () => {
    expect(wrapText('a verylongword b', 50, mono)).toEqual(['a', 'veryl', 'ongwo', 'rd b']);
    expect(wrapText('', 50, mono)).toEqual([]);
  });
});
