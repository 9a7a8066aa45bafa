import { cellOf } from '../../core/export-csv';
import { SCHEMAS } from '../../core/schema';
import type { Dataset } from '../../core/types';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';

export const PREVIEW_ROWS = 20;

/** Column names as staff typed them in Chinese, or the English ids. */
export function useColumnLabel() {
  const lang = useAppStore((s) => s.lang);
  return (datasetId: Dataset['id'], column: string) => {
    const spec = SCHEMAS[datasetId].columns.find((c) => c.id === column);
    return lang === 'zh' ? (spec?.aliases[0] ?? column) : column;
  };
}

export function RowsTable({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const label = useColumnLabel();
  const columns = SCHEMAS[dataset.id].columns;
  const shown = dataset.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="import-rows">
      <table>
        <caption>
          {t('import.rows.caption', { shown: shown.length, total: dataset.rows.length })}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col">
                {label(dataset.id, c.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.id}>{String(cellOf(row, c.id))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
