import { describe, expect, it } from 'vitest';
import { diffDatasets } from './diff';
import type { CaseRow, Dataset, ServiceRow } from './types';

const services = (rows: ServiceRow[]): Dataset => ({ id: 'services', rows });
const cases = (rows: CaseRow[]): Dataset => ({ id: 'cases', rows });
const caseRow = (summary: string, outcome = ''): CaseRow => ({
  date: '2022-01',
  station: '东港派出所',
  category: '盗窃',
  summary,
  outcome,
});

describe('diffDatasets', () => {
  it('matches rows on the schema key and reports added, changed old → new and removed', () => {
    const before = services([
      { period: '2021', item: 'a', count: 1 },
      { period: '2021', item: 'b', count: 2 },
      { period: '2021', item: 'c', count: 3 },
    ]);
    const after = services([
      { period: '2021', item: 'b', count: 20 },
      { period: '2021', item: 'a', count: 1 },
      { period: '2022', item: 'a', count: 5 },
    ]);
    const diff = diffDatasets(before, after);
    expect(diff.added).toEqual([{ period: '2022', item: 'a', count: 5 }]);
    expect(diff.removed).toEqual([{ period: '2021', item: 'c', count: 3 }]);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed).toEqual([
      {
        key: ['2021', 'b'],
        before: { period: '2021', item: 'b', count: 2 },
        after: { period: '2021', item: 'b', count: 20 },
        cells: [{ column: 'count', before: 2, after: 20 }],
      },
    ]);
  });

  it('treats everything as added when there is no current data', () => {
    const after = services([{ period: '2022', item: 'a', count: 5 }]);
    expect(diffDatasets(undefined, after)).toEqual({
      added: after.rows,
      changed: [],
      removed: [],
      unchanged: 0,
    });
  });

  it('compares keyless cases by whole row, counting repeats', () => {
    const before = cases([caseRow('x'), caseRow('x'), caseRow('y', '行政拘留5日')]);
    const after = cases([caseRow('x'), caseRow('y', '行政拘留7日'), caseRow('z')]);
    const diff = diffDatasets(before, after);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed).toEqual([]);
    expect(diff.added).toEqual([caseRow('y', '行政拘留7日'), caseRow('z')]);
    expect(diff.removed).toEqual([caseRow('x'), caseRow('y', '行政拘留5日')]);
  });
});
