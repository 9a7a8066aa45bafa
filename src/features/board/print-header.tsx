import { formatPeriod } from '../../charts/format';
import { useT } from '../../i18n/use-t';
import { selectPeriodPair } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { formatTime } from '../../i18n/format-date';

/** On paper only: the period the briefing covers and when it was printed, under the title. */
export function PrintHeader({ printedAt }: { printedAt: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const pair = useAppStore(selectPeriodPair);
  const period =
    pair === undefined
      ? '—'
      : pair.previous === undefined
        ? formatPeriod(pair.current, lang)
        : t('ui.comparedWith', {
            period: formatPeriod(pair.current, lang),
            previous: formatPeriod(pair.previous, lang),
          });
  return (
    <div className="print-head">
      <p>{t('print.period', { period })}</p>
      <p>{t('print.printed', { time: formatTime(printedAt, lang) })}</p>
    </div>
  );
}
