import { describe, expect, it } from 'vitest';
import { isRecord } from './is-record';

describe('isRecord', () => {
  it('accepts a JSON object and nothing else', () => {
    expect(isRecord(JSON.parse('{"a":1}'))).toBe(true);
    for (const v of [null, [], 'x', 1, true, undefined]) expect(isRecord(v)).toBe(false);
  });
});
