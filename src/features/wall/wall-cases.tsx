import { formatPeriod } from '../../charts/format';
import { dataLabel } from '../../i18n/data-label';
import { useT } from '../../i18n/use-t';
import { rowsOf, selectLabels, selectManifest } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { datasetInfo } from '../../ui/dataset-info';
import { NOTE_MARK } from './use-wall-context';

const COLUMNS = ['date', 'station', 'category', 'summary', 'outcome'] as const;

/** Every case, newest first, in type a room can read. */
export function WallCases() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const state = useAppStore((s) => s.datasets.cases);
  const labels = useAppStore(selectLabels);
  const manifest = useAppStore(selectManifest);
  const rows = rowsOf(state, 'cases');
  const sorted = rows ? [...rows].sort((a, b) => b.date.localeCompare(a.date)) : [];
  const title = datasetInfo(manifest, 'cases', lang, t).title;
  return (
    <section
      className="wall-panel wall-cases"
      data-panel="cases"
      aria-labelledby="wall-cases-title"
    >
      <header className="wall-panel-head">
        <h2 id="wall-cases-title">
          {title}
          <sup aria-hidden="true">{NOTE_MARK.cases}</sup>
        </h2>
      </header>
      {state.status === 'error' ? (
        <p className="wall-error" role="alert">
          {t('ui.error.title', { file: state.fileName })}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className={`wall-col-${c}`}>
                  {t(`cases.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, i) => (
              <tr key={i}>
                {COLUMNS.map((c) => (
                  <td key={c} className={`wall-col-${c}`}>
                    {c === 'date' ? formatPeriod(row.date, lang) : dataLabel(labels, lang, row[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
