import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartRowGroups } from './chart-rows';
import { readCsv } from './read-csv';

describe('chartRowGroups', () => {
  const rows = [
    { period: '2020', item: '甲', count: 1 },
    { period: '2021', item: '甲', count: 2 },
    { period: '2021', item: '乙', count: 3 },
    { period: '2021', item: '份事项', count: 4 },
  ];
  const services = { id: 'services' as const, rows };

  it('keeps the shown periods and puts an item of another unit in a group of its own', () => {
    const groups = chartRowGroups(services, ['2021'], ['份事项']);
    expect(groups).toEqual([
      { item: undefined, dataset: { id: 'services', rows: [rows[1], rows[2]] } },
      { item: '份事项', dataset: { id: 'services', rows: [rows[3]] } },
    ]);
  });

  it('gives every shown row once, across the groups', () => {
    const groups = chartRowGroups(services, ['2020', '2021'], ['份事项']);
    const all = groups.flatMap((g) => (g.dataset.id === 'services' ? g.dataset.rows : []));
    expect(all).toHaveLength(rows.length);
    expect(new Set(all)).toEqual(new Set(rows));
  });

  it('leaves other datasets whole but for the periods', () => {
    const read = readCsv(new Uint8Array(readFileSync('data/crime.csv')), { fileName: 'crime.csv' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [group, ...rest] = chartRowGroups(read.dataset, ['2021'], ['份事项']);
    expect(rest).toEqual([]);
    expect(group?.dataset).toEqual(read.dataset);
  });
});
