import { newestFirst } from '../../core/case-date';
import type { CaseRow } from '../../core/types';
import { dataLabel } from '../../i18n/data-label';
import { formatCaseDate } from '../../i18n/format-date';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';

const COLUMNS = ['date', 'station', 'category', 'summary', 'outcome'] as const;
const HEADS = {
  date: 'cases.col.date',
  station: 'cases.col.station',
  category: 'cases.col.category',
  summary: 'cases.col.summary',
  outcome: 'cases.col.outcome',
} as const;

/** The whole case log, newest first, for paper: the screen table pages through it. */
export function PrintCases({
  rows,
  labels,
}: {
  rows: readonly CaseRow[];
  labels: Readonly<Record<string, string>>;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const sorted = newestFirst(rows);
  return (
    <table className="print-cases">
      <caption>{t('print.cases', { count: rows.length })}</caption>
      <colgroup>
        {COLUMNS.map((c) => (
          <col key={c} className={c} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col">
              {t(HEADS[c])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row, i) => (
          <tr key={i}>
            {COLUMNS.map((c) => (
              <td key={c}>
                {c === 'date' ? formatCaseDate(row.date, lang) : dataLabel(labels, lang, row[c])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
