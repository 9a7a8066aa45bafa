import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { newestFirst } from '../../core/case-date';
import { dataLabel } from '../../i18n/data-label';
import { formatCaseDate } from '../../i18n/format-date';
import { useT } from '../../store/use-t';
import { rowsOf, selectLabels, selectManifest } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { datasetInfo } from '../../ui/dataset-info';
import { NOTE_MARK } from './use-wall-context';

/**
 * How many items of a list fit its box: all, less one at a time until nothing overflows;
 * measured again whenever the box changes size.
 */
function useFitting(total: number) {
  const list = useRef<HTMLUListElement>(null);
  const [fit, setFit] = useState({ total, shown: total });
  if (fit.total !== total) setFit({ total, shown: total });
  useEffect(() => {
    const el = list.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setFit((f) => ({ ...f, shown: f.total })));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const el = list.current;
    // Measured before paint, so a list that is too long is never seen cut.
    if (el && el.scrollHeight > el.clientHeight + 1 && fit.shown > 1)
      setFit((f) => ({ ...f, shown: f.shown - 1 }));
  }, [fit]);
  return { list, shown: fit.shown };
}

/** The newest cases as a room can read them; what does not fit is counted, never cut. */
export function WallCases() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const state = useAppStore((s) => s.datasets.cases);
  const labels = useAppStore(selectLabels);
  const manifest = useAppStore(selectManifest);
  const rows = rowsOf(state, 'cases');
  const sorted = rows ? newestFirst(rows) : [];
  const { list, shown } = useFitting(sorted.length);
  const label = (text: string) => dataLabel(labels, lang, text);
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
        <ul className="wall-case-list" ref={list}>
          {sorted.slice(0, shown).map((row, i) => (
            <li key={i} className="wall-case">
              <p className="wall-case-meta">
                {[formatCaseDate(row.date, lang), label(row.station), label(row.category)].join(
                  ' · ',
                )}
              </p>
              <p className="wall-case-summary">{label(row.summary)}</p>
              <p className="wall-case-outcome">
                {t('wall.cases.outcome', { outcome: label(row.outcome) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {shown < sorted.length && (
        <p className="wall-case-more">{t('wall.cases.more', { count: sorted.length - shown })}</p>
      )}
    </section>
  );
}
