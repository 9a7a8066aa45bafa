import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../core/types';
import en from './en.json';
import { translate, translator, type MessageKey } from './translate';
import zh from './zh-CN.json';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every message is a non-empty string in both languages', () => {
    for (const catalog of [zh, en] as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(catalog)) {
        expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
      }
    }
  });

  it('both languages use the same placeholders in each issue message', () => {
    const english = en as Record<string, string>;
    for (const [key, value] of Object.entries(zh as Record<string, string>)) {
      if (!key.startsWith('issue.')) continue;
      expect(placeholders(english[key] ?? ''), key).toEqual(placeholders(value));
    }
  });

  it('every issue code has a message in both languages', () => {
    for (const code of ISSUE_CODES) {
      expect(zh, code).toHaveProperty([`issue.${code}`]);
      expect(en, code).toHaveProperty([`issue.${code}`]);
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const key: MessageKey = 'issue.too_many_cells';
    expect(translate('en', key, { expected: 3, actual: 4 })).toBe(
      en[key].replace('{expected}', '3').replace('{actual}', '4'),
    );
    expect(translator('zh')(key, { expected: 3 })).toContain('{actual}');
  });
});
