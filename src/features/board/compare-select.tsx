import { formatPeriod } from '../../i18n/format';
import { useT } from '../../store/use-t';
import { selectComparablePeriods, selectPreviousPeriod } from '../../store/selectors';
import { useAppStore } from '../../store/store';

const NONE = '';

/** The second of the two periods every chart shows; beside the board's own period select. */
export function CompareSelect() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const comparable = useAppStore(selectComparablePeriods);
  const previous = useAppStore(selectPreviousPeriod);
  const setComparePeriod = useAppStore((s) => s.setComparePeriod);
  if (comparable.length === 0) return null;
  return (
    <div className="control">
      <label htmlFor="compare-select">{t('board.compare.label')}</label>
      <select
        id="compare-select"
        value={previous ?? NONE}
        onChange={(e) => setComparePeriod(e.target.value === NONE ? undefined : e.target.value)}
      >
        {/* Only when no earlier period exists: choosing nothing means the period before. */}
        {previous === undefined && <option value={NONE}>{t('board.compare.none')}</option>}
        {[...comparable].reverse().map((p) => (
          <option key={p} value={p}>
            {formatPeriod(p, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
