import { formatTime } from '../../i18n/format-date';
import { useT } from '../../store/use-t';
import { selectPeriodPair } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { boardPeriod } from './board-model';

/** On paper only: the period the briefing covers and when it was printed, under the title. */
export function PrintHeader({ printedAt }: { printedAt: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const pair = useAppStore(selectPeriodPair);
  return (
    <div className="print-head">
      <p>{boardPeriod(pair, lang, t)}</p>
      <p>{t('print.printed', { time: formatTime(printedAt, lang) })}</p>
    </div>
  );
}
