import { useState } from 'react';
import { formatPeriod } from '../../i18n/format';
import { PALETTES } from '../../charts/theme';
import { periodLabel } from '../../core/period';
import { dataLabel } from '../../i18n/data-label';
import { periodText } from '../../i18n/period-text';
import { useT } from '../../store/use-t';
import { rowsOf, selectLabels, selectPeriodPair } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { boardPng } from './board-png';

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The click starts the download; the URL can go once it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Save as PNG" and "Print briefing", beside the view controls. */
export function BoardTools() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dark = useAppStore((s) => s.theme === 'dark');
  const pair = useAppStore(selectPeriodPair);
  const labels = useAppStore(selectLabels);
  const cases = useAppStore((s) => rowsOf(s.datasets.cases, 'cases'));
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  const save = async (button: HTMLElement) => {
    const root = button.closest<HTMLElement>('.app');
    if (!root || !pair) return;
    setState('busy');
    const period = t('print.period', { period: periodText(periodLabel(pair), lang) });
    const label = (text: string) => dataLabel(labels, lang, text);
    try {
      const blob = await boardPng({
        root,
        palette: PALETTES[dark ? 'dark' : 'light'],
        period,
        cases: cases && {
          heading: t('board.png.cases', { count: cases.length }),
          lines: [...cases]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((c) =>
              [
                formatPeriod(c.date, lang),
                label(c.station),
                label(c.category),
                label(c.summary),
                label(c.outcome),
              ].join(' · '),
            ),
        },
      });
      download(
        blob,
        `putuo-board-${pair.current}${pair.previous ? `-vs-${pair.previous}` : ''}.png`,
      );
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="control board-tools" role="group" aria-label={t('board.tools')}>
      <button
        type="button"
        disabled={state === 'busy' || !pair}
        onClick={(e) => void save(e.currentTarget)}
      >
        {t(state === 'busy' ? 'board.png.busy' : 'board.png')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('board.print')}
      </button>
      {state === 'failed' && (
        <span role="alert" className="board-tools-status">
          {t('board.png.failed')}
        </span>
      )}
    </div>
  );
}
