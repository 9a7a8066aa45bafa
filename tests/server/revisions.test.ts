import { describe, expect, test } from 'vitest';
import type { AuditRecord } from '../../server/audit';
import { revisionsFile, revisionsOf } from '../../server/revisions';

const at = (minute: number) => `2026-11-30T10:${String(minute).padStart(2, '0')}:00.000Z`;
const record = (r: Partial<AuditRecord>): AuditRecord => ({
  time: at(0),
  door: 'browser',
  who: 'ed',
  outcome: 'published',
  dataset: 'services',
  before: 'a',
  after: 'b',
  diff: { added: 0, changed: 1, removed: 0, unchanged: 4 },
  ...r,
});

describe('revisions.json', () => {
  test('a changed or removed row is a revision; the latest time per dataset wins', () => {
    expect(
      revisionsOf([
        record({ time: at(1) }),
        record({ time: at(5), diff: { added: 0, changed: 0, removed: 2, unchanged: 3 } }),
        record({ time: at(3), dataset: 'crime' }),
      ]),
    ).toEqual({ services: at(5), crime: at(3) });
  });

  test('added rows only, the bundled data, a first version and a refused attempt are none', () => {
    const none = [
      record({ diff: { added: 3, changed: 0, removed: 0, unchanged: 5 } }),
      record({ door: 'bundled' }),
      record({ before: undefined }),
      record({ outcome: 'refused' }),
      record({ after: 'a' }),
    ];
    expect(revisionsOf(none)).toEqual({});
    expect(revisionsFile(none)).toBeUndefined();
  });

  test('the file is sorted JSON of dataset → ISO time', () => {
    const bytes = revisionsFile([record({ dataset: 'services' }), record({ dataset: 'crime' })]);
    expect(new TextDecoder().decode(bytes)).toBe(
      `{\n  "crime": "${at(0)}",\n  "services": "${at(0)}"\n}\n`,
    );
  });
});
