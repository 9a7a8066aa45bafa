import { periodLabel } from '../../core/period';
import { periodText } from '../../i18n/period-text';
import { useT } from '../../store/use-t';
import { selectPeriodPair } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { formatTime } from '../../ui/dataset-info';

/** On paper only: the period the briefing covers and when it was printed, under the title. */
export function PrintHeader({ printedAt }: { printedAt: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const pair = useAppStore(selectPeriodPair);
  const period = pair === undefined ? '—' : periodText(periodLabel(pair), lang);
  return (
    <div className="print-head">
      <p>{t('print.period', { period })}</p>
      <p>{t('print.printed', { time: formatTime(printedAt, lang) })}</p>
    </div>
  );
}
