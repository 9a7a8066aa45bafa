import { describe, expect, it } from 'vitest';
import { asOfText } from './as-of';
import { formatTime } from './format-date';
import { translator } from './translate';

const en = translator('en');
const zh = translator('zh');
const loaded = Date.UTC(2025, 2, 4, 1, 30);
const modified = Date.UTC(2025, 1, 14, 9, 5);

describe('asOfText', () => {
  it('names when the file changed when the server said so, else when it was read', () => {
    const changed = asOfText({ kind: 'published', modifiedAt: modified }, loaded, 'en', en);
    expect(changed).toBe(en('board.asOf.modified', { time: formatTime(modified, 'en') }));
    const read = asOfText({ kind: 'published' }, loaded, 'zh', zh);
    expect(read).toBe(zh('ui.asOf', { time: formatTime(loaded, 'zh') }));
    expect(formatTime(modified, 'en')).not.toBe(formatTime(loaded, 'en'));
  });

  it('names an imported file and adds the period the figures cover', () => {
    const text = asOfText({ kind: 'imported', fileName: '办件量.csv' }, loaded, 'zh', zh, '2021年');
    expect(text).toContain('办件量.csv');
    expect(text).toContain(formatTime(loaded, 'zh'));
    expect(text.endsWith('2021年')).toBe(true);
  });
});
