import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../core/manifest';
import { readCsv } from '../../core/read-csv';
import type { CaseRow } from '../../core/types';
import { createAppStore, StoreContext, type AppStore } from '../../store/store';
import { CasesTable } from './cases-table';

const PAGE = 5;

function loadCases(): CaseRow[] {
  const bytes = readFileSync(resolve('data/cases.csv'));
  const result = readCsv(new Uint8Array(bytes), { fileName: 'cases.csv', datasetId: 'cases' });
  if (!result.ok || result.dataset.id !== 'cases') throw new Error('data/cases.csv is invalid');
  return result.dataset.rows;
}

function loadLabels(): Record<string, string> {
  const json: unknown = JSON.parse(readFileSync(resolve('data/datasets.json'), 'utf8'));
  const result = parseManifest(json);
  if (!result.ok) throw new Error(`data/datasets.json is invalid at ${result.path}`);
  return result.manifest.labels;
}

const cases = loadCases();
const labels = loadLabels();

/** Synthetic rows, built here so every expected figure comes from the test itself. */
function syntheticRows(dates: string[]): CaseRow[] {
  return dates.map((date, i) => ({
    date,
    station: i % 2 === 0 ? '甲站' : '乙站',
    category: '测试',
    summary: `合成摘要${i}`,
    outcome: `结果${i}`,
  }));
}

const twelveMonths = syntheticRows(
  Array.from({ length: 12 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`),
);

function show(rows: readonly CaseRow[], lang: 'zh' | 'en' = 'zh', rowLabels = labels) {
  const store: AppStore = createAppStore({ lang });
  const user = userEvent.setup();
  render(
    <StoreContext.Provider value={store}>
      <CasesTable rows={rows} labels={rowLabels} />
    </StoreContext.Provider>,
  );
  return { store, user };
}

function bodyRows(): HTMLElement[] {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

function shownDates(): string[] {
  return bodyRows().map((r) => r.querySelector('time')?.getAttribute('datetime') ?? '');
}

function sortButton(name: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${name}`) });
}

/** The test's own notion of date order: a month counts as day 0 of that month. */
const dateKey = (d: string) => (d.length === 7 ? `${d}-00` : d);

describe('CasesTable', () => {
  it('shows a caption, the five columns and the first page of the bundled cases', () => {
    show(cases);
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      expect.stringContaining('日期'),
      expect.stringContaining('单位'),
      expect.stringContaining('类别'),
      expect.stringContaining('摘要'),
      expect.stringContaining('处理结果'),
    ]);
    expect(bodyRows()).toHaveLength(Math.min(PAGE, cases.length));
    expect(shownDates()).toEqual(cases.slice(0, PAGE).map((c) => c.date));
  });

  it('sorts by date both ways, a month-only date against full dates in time order', async () => {
    const dates = ['2021-12', '2021-11-12', '2022-01', '2021-11'];
    const { user } = show(syntheticRows(dates));
    const th = () => sortButton('日期').closest('th');

    await user.click(sortButton('日期'));
    expect(th()).toHaveAttribute('aria-sort', 'ascending');
    expect(shownDates()).toEqual([...dates].sort((a, b) => dateKey(a).localeCompare(dateKey(b))));

    await user.click(sortButton('日期'));
    expect(th()).toHaveAttribute('aria-sort', 'descending');
    expect(shownDates()).toEqual([...dates].sort((a, b) => dateKey(b).localeCompare(dateKey(a))));
  });

  it('sorts from the keyboard with Enter and Space', async () => {
    const { user } = show(cases);
    sortButton('单位').focus();
    await user.keyboard('{Enter}');
    expect(sortButton('单位').closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await user.keyboard(' ');
    expect(sortButton('单位').closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(sortButton('日期').closest('th')).not.toHaveAttribute('aria-sort');
  });

  it('filters by text in Chinese across summary, outcome, station and category', async () => {
    const { user } = show(cases);
    const query = '行政拘留';
    const expected = cases.filter((c) =>
      [c.summary, c.outcome, c.station, c.category].some((f) => f.includes(query)),
    );
    expect(expected.length).toBeGreaterThan(0);
    await user.type(screen.getByRole('searchbox', { name: '搜索案事件' }), query);
    expect(bodyRows()).toHaveLength(Math.min(PAGE, expected.length));
    for (const row of bodyRows()) expect(row.textContent).toContain(query);
  });

  it('in English, matches the English label and still the Chinese text', async () => {
    const { user } = show(cases, 'en');
    const station = cases[0]!.station;
    const english = labels[station];
    expect(english).toBeDefined();
    const box = screen.getByRole('searchbox', { name: 'Search cases' });

    await user.type(box, english!.toUpperCase());
    const expected = cases.filter((c) => c.station === station);
    expect(bodyRows()).toHaveLength(Math.min(PAGE, expected.length));
    for (const row of bodyRows()) expect(row.textContent).toContain(english);

    await user.clear(box);
    await user.type(box, station);
    expect(bodyRows()).toHaveLength(Math.min(PAGE, expected.length));
  });

  it('filters by station and lists every station once, with "all"', async () => {
    const { user } = show(cases);
    const select = screen.getByRole('combobox', { name: '单位' });
    const stations = new Set(cases.map((c) => c.station));
    expect(within(select).getAllByRole('option')).toHaveLength(stations.size + 1);

    const station = cases[cases.length - 1]!.station;
    await user.selectOptions(select, station);
    const expected = cases.filter((c) => c.station === station);
    expect(bodyRows()).toHaveLength(Math.min(PAGE, expected.length));
    for (const row of bodyRows()) expect(row.children[1]?.textContent).toBe(station);

    await user.selectOptions(select, '');
    expect(bodyRows()).toHaveLength(Math.min(PAGE, cases.length));
  });

  it('pages through with accessible buttons disabled at both ends', async () => {
    const pages = Math.ceil(twelveMonths.length / PAGE);
    const { user } = show(twelveMonths, 'en');
    const prev = screen.getByRole('button', { name: 'Previous page' });
    const next = screen.getByRole('button', { name: 'Next page' });

    expect(screen.getByText(`Page 1 of ${pages}`)).toBeInTheDocument();
    expect(prev).toBeDisabled();
    expect(next).toBeEnabled();

    for (let page = 2; page <= pages; page++) await user.click(next);
    expect(screen.getByText(`Page ${pages} of ${pages}`)).toBeInTheDocument();
    expect(next).toBeDisabled();
    expect(prev).toHaveFocus();
    expect(shownDates()).toEqual(twelveMonths.slice((pages - 1) * PAGE).map((r) => r.date));

    for (let page = pages - 1; page >= 1; page--) await user.click(prev);
    expect(prev).toBeDisabled();
    expect(next).toHaveFocus();
  });

  it('goes back to page 1 when a filter changes', async () => {
    const { user } = show(twelveMonths, 'en');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText(/^Page 2 of/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Station' }), '甲站');
    expect(screen.getByText(/^Page 1 of/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), '合成');
    expect(screen.getByText(/^Page 1 of/)).toBeInTheDocument();
  });

  it('says so when nothing matches, and clears the filters', async () => {
    const { user } = show(cases);
    const box = screen.getByRole('searchbox', { name: '搜索案事件' });
    await user.type(box, '不存在的内容xyz');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('没有符合筛选条件的案事件');

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(bodyRows()).toHaveLength(Math.min(PAGE, cases.length));
  });

  it('switches language: headers, station names and dates follow the store', () => {
    const { store } = show(cases);
    expect(sortButton('日期')).toBeInTheDocument();
    act(() => store.getState().setLang('en'));
    expect(sortButton('Date')).toBeInTheDocument();
    const station = cases[0]!.station;
    expect(bodyRows()[0]!.children[1]?.textContent).toBe(labels[station]);
    expect(screen.getByRole('combobox', { name: 'Station' })).toBeInTheDocument();
  });

  it('keeps the page when the language switches', async () => {
    const { store, user } = show(twelveMonths);
    await user.click(screen.getByRole('button', { name: '下一页' }));
    act(() => store.getState().setLang('en'));
    expect(screen.getByText(/^Page 2 of/)).toBeInTheDocument();
  });

  it('shows month-only dates without a day, in both languages', () => {
    const months = cases.filter((c) => c.date.length === 7);
    expect(months.length).toBeGreaterThan(0);
    const rows = [
      { ...months[0]!, date: '2022-01' },
      { ...months[0]!, date: '2021-11-12' },
    ];
    const { store } = show(rows);
    const times = () => bodyRows().map((r) => r.querySelector('time')?.textContent);
    expect(times()).toEqual(['2022年1月', '2021年11月12日']);
    act(() => store.getState().setLang('en'));
    expect(times()).toEqual(['Jan 2022', '12 Nov 2021']);
  });

  it('shows every bundled month-only case as a month', async () => {
    const { user } = show(cases);
    const pages = Math.ceil(cases.length / PAGE);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      for (const time of bodyRows().map((r) => r.querySelector('time')!)) {
        const iso = time.getAttribute('datetime')!;
        seen.push(iso);
        if (iso.length === 7) expect(time.textContent).not.toContain('日');
        else expect(time.textContent).toMatch(/日$/);
      }
      if (page < pages) await user.click(screen.getByRole('button', { name: '下一页' }));
    }
    expect(seen).toEqual(cases.map((c) => c.date));
  });

  it('marks Chinese text that has no English label as Chinese', () => {
    const rows = syntheticRows(['2021-01']);
    show(rows, 'en', { [rows[0]!.station]: 'Station A' });
    const [, station, , summary] = Array.from(bodyRows()[0]!.children);
    expect(station?.querySelector('[lang]')).toBeNull();
    expect(station?.textContent).toBe('Station A');
    expect(summary?.querySelector('[lang="zh-CN"]')?.textContent).toBe(rows[0]!.summary);
  });

  it('says there is nothing yet when there are no rows', () => {
    show([], 'en');
    expect(screen.getByRole('status')).toHaveTextContent('No cases to show yet.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });
});
