import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type FilterFn,
  type SortFn,
} from '@tanstack/react-table';
import type { Lang } from '../../core/manifest';
import type { MessageKey } from '../../i18n/translate';
import { compareCaseDates } from '../../core/case-date';
import {
  isTextField,
  TEXT_FIELDS,
  type CaseView,
  type ShownText,
  type TextField,
} from './case-view';

export const caseFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
});
type Features = typeof caseFeatures;

export type CaseColumnId = 'date' | TextField;

export const HEADER_KEYS: Record<CaseColumnId, MessageKey> = {
  date: 'cases.col.date',
  station: 'cases.col.station',
  category: 'cases.col.category',
  summary: 'cases.col.summary',
  outcome: 'cases.col.outcome',
};

export function headerKey(columnId: string): MessageKey | undefined {
  return columnId === 'date' || isTextField(columnId) ? HEADER_KEYS[columnId] : undefined;
}

/** Global filter: the query (already lower-cased) against the Chinese and English of one field. */
export const matchesQuery: FilterFn<Features, CaseView> = (row, columnId, query: string) =>
  isTextField(columnId) && row.original.haystack[columnId].includes(query);

/** Station filter: the value is the station as written in the CSV (Chinese). */
const stationIs: FilterFn<Features, CaseView> = (row, _columnId, station: string) =>
  row.original.source.station === station;

const byDate: SortFn<Features, CaseView> = (a, b) =>
  compareCaseDates(a.original.source.date, b.original.source.date);

function Shown({ value }: { value: ShownText }) {
  return value.lang ? <span lang={value.lang}>{value.text}</span> : <>{value.text}</>;
}

const helper = createColumnHelper<Features, CaseView>();

/** Text columns sort in the shown language's collation (pinyin for Chinese). */
export function buildCaseColumns(lang: Lang) {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const byText: SortFn<Features, CaseView> = (a, b, id) =>
    collator.compare(a.getValue<string>(id), b.getValue<string>(id));
  const textColumns = TEXT_FIELDS.map((field) =>
    helper.accessor((v) => v.shown[field].text, {
      id: field,
      sortFn: byText,
      ...(field === 'station' ? { filterFn: stationIs } : {}),
      cell: (info) => <Shown value={info.row.original.shown[field]} />,
    }),
  );
  return helper.columns([
    helper.accessor((v) => v.source.date, {
      id: 'date',
      sortFn: byDate,
      enableGlobalFilter: false,
      cell: (info) => (
        <time dateTime={info.row.original.source.date}>{info.row.original.dateText}</time>
      ),
    }),
    ...textColumns,
  ]);
}
