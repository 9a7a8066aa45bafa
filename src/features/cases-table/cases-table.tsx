import {
  functionalUpdate,
  useTable,
  type ColumnFiltersState,
  type PaginationState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useRef, useState } from 'react';
import type { CaseRow } from '../../core/types';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { buildCaseColumns, caseFeatures, headerKey, matchesQuery } from './case-columns';
import { normalizeQuery, stationOptions, toCaseViews } from './case-view';
import { CasesControls } from './cases-controls';
import { CasesPagination } from './cases-pagination';
import '../../ui/ui.css';
import './cases-table.css';

export const CASES_PAGE_SIZE = 5;
const FIRST_PAGE: PaginationState = { pageIndex: 0, pageSize: CASES_PAGE_SIZE };
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORT_MARK = { asc: '▲', desc: '▼' } as const;

/** Controls, table and pagination only: the dashboard panel around it gives title, source and definition. */
export function CasesTable({
  rows,
  labels,
}: {
  rows: readonly CaseRow[];
  labels: Readonly<Record<string, string>>;
}) {
  const lang = useAppStore((s) => s.lang);
  const t = useT();
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [station, setStation] = useState('');
  const [sorting, setSorting] = useState<SortingState>([]);
  const [pagination, setPagination] = useState(FIRST_PAGE);

  // New data (a reloaded or imported file) starts again on page 1; a language switch keeps the page.
  const [seen, setSeen] = useState({ rows, labels });
  if (seen.rows !== rows || seen.labels !== labels) {
    setSeen({ rows, labels });
    setPagination(FIRST_PAGE);
  }

  const data = useMemo(() => toCaseViews(rows, labels, lang), [rows, labels, lang]);
  const columns = useMemo(() => buildCaseColumns(lang), [lang]);
  const stations = useMemo(() => stationOptions(rows, labels, lang), [rows, labels, lang]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () => (station ? [{ id: 'station', value: station }] : []),
    [station],
  );

  const table = useTable({
    features: caseFeatures,
    columns,
    data,
    state: { sorting, pagination, columnFilters, globalFilter: normalizeQuery(query) },
    onSortingChange: (u) => {
      setSorting((old) => functionalUpdate(u, old));
      setPagination(FIRST_PAGE);
    },
    onPaginationChange: (u) => setPagination((old) => functionalUpdate(u, old)),
    globalFilterFn: matchesQuery,
    autoResetPageIndex: false,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });

  const filterQuery = (q: string) => {
    setQuery(q);
    setPagination(FIRST_PAGE);
  };
  const filterStation = (s: string) => {
    setStation(s);
    setPagination(FIRST_PAGE);
  };
  const clearFilters = () => {
    filterQuery('');
    setStation('');
    searchRef.current?.focus();
  };

  const total = table.getFilteredRowModel().rows.length;
  const pageCount = Math.max(1, table.getPageCount());
  const { pageIndex } = pagination;
  const from = pageIndex * CASES_PAGE_SIZE + 1;
  const to = Math.min(total, from + CASES_PAGE_SIZE - 1);
  const pageRows = table.getRowModel().rows;

  return (
    <div className="cases-table">
      <CasesControls
        query={query}
        station={station}
        stations={stations}
        onQueryChange={filterQuery}
        onStationChange={filterStation}
        searchRef={searchRef}
      />
      <p className="cases-status" role="status">
        {total > 0
          ? t('cases.showing', { from, to, total })
          : t(rows.length > 0 ? 'cases.empty' : 'cases.noData')}
      </p>
      {total === 0 && rows.length > 0 && (
        <button type="button" className="cases-clear" onClick={clearFilters}>
          {t('cases.clear')}
        </button>
      )}
      {total > 0 && (
        <>
          <div
            className="cases-scroll"
            role="region"
            aria-label={t('cases.scroll')}
            // Keyboard users must be able to scroll the table on a narrow screen.
            tabIndex={0}
          >
            <table>
              <caption className="visually-hidden">{t('cases.caption')}</caption>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => {
                      const sorted = header.column.getIsSorted();
                      const key = headerKey(header.column.id);
                      return (
                        <th
                          key={header.id}
                          scope="col"
                          className={`cases-col-${header.column.id}`}
                          aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
                        >
                          <button type="button" onClick={header.column.getToggleSortingHandler()}>
                            {key ? t(key) : header.column.id}
                            <span className="cases-sort-mark" aria-hidden="true">
                              {sorted ? SORT_MARK[sorted] : '↕'}
                            </span>
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody>
                {pageRows.map((row) => (
                  <tr key={row.id}>
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id} className={`cases-col-${cell.column.id}`}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CasesPagination
            pageIndex={pageIndex}
            pageCount={pageCount}
            onPageChange={(i) => table.setPageIndex(i)}
          />
        </>
      )}
    </div>
  );
}
