import { describe, expect, it } from 'vitest';
import { historyOf, liveOf, publishReplyOf, sessionOf, submissionsOf } from './staff-replies';

const part = {
  dataset: 'services',
  file: 'services.csv',
  before: 'a'.repeat(64),
  after: 'b'.repeat(64),
  diff: { added: 0, changed: 1, removed: 0, unchanged: 4 },
  lines: ['2021 · 全城通办 · count: 578 → 612'],
};

describe('the server answers, checked before they are shown', () => {
  it('a session keeps only the roles this page knows', () => {
    expect(
      sessionOf({ name: 'lin', roles: ['editor', 'admin'], csrf: 'x', review: 'required' }),
    ).toEqual({ name: 'lin', roles: ['editor'], csrf: 'x', review: 'required' });
    expect(sessionOf({ name: 'lin', roles: [] })).toBeUndefined();
  });

  it('each publish status becomes its own case, with the parts to show', () => {
    expect(publishReplyOf({ status: 'published', generation: 'g7', parts: [part] }, 'zh')).toEqual({
      status: 'published',
      generation: 'g7',
      parts: [{ dataset: 'services', file: 'services.csv', diff: part.diff, lines: part.lines }],
    });
    expect(publishReplyOf({ status: 'pending', id: 's1', parts: [] }, 'en')).toMatchObject({
      status: 'pending',
      id: 's1',
    });
    expect(
      publishReplyOf({ status: 'conflict', live: { services: 'c', x: 3 }, parts: [part] }, 'zh'),
    ).toMatchObject({ status: 'conflict', live: { services: 'c' } });
    expect(publishReplyOf({ status: 'maybe' }, 'zh')).toBeUndefined();
  });

  it('a refusal gives its reason and issues in the language asked for', () => {
    const refused = {
      status: 'refused',
      reason: { zh: '数据有误', en: 'Bad data' },
      issues: [{ file: 'services.csv', text: { zh: '第 3 行', en: 'row 3' } }, 'plain'],
    };
    expect(publishReplyOf(refused, 'en')).toEqual({
      status: 'refused',
      reason: { zh: '数据有误', en: 'Bad data' },
      issues: ['services.csv: row 3', 'plain'],
    });
  });

  it('drops submissions and versions it cannot name, keeps the rest', () => {
    const list = submissionsOf({
      submissions: [
        {
          id: 's1',
          by: 'lin',
          at: 't',
          fileName: 'f.csv',
          parts: [part],
          status: 'rejected',
          reason: 'no',
        },
        { id: 's2', status: 'lost' },
        { status: 'pending' },
      ],
    });
    expect(list.map((s) => [s.id, s.status, s.reason])).toEqual([['s1', 'rejected', 'no']]);
    expect(
      historyOf({
        versions: [{ version: 'v1', at: 't', by: 'lin', door: 'browser', lines: [] }, {}],
      }),
    ).toEqual([{ version: 'v1', at: 't', by: 'lin', door: 'browser', lines: [] }]);
    expect(
      liveOf({ datasets: { services: { version: 'v', file: 'services.csv' }, crime: 1 } }),
    ).toEqual({
      services: { version: 'v', file: 'services.csv' },
    });
  });
});
