import { useContext, useState } from 'react';
import { createChartContext } from '../../charts/context';
import { PALETTES } from '../../charts/theme';
import { useT } from '../../store/use-t';
import { selectLabels, selectPeriodPair } from '../../store/selectors';
import { StoreContext, useAppStore } from '../../store/store';
import { downloadBlob } from '../../ui/download';
import { boardModel } from './board-model';

/** "Save as PNG" and "Print briefing", beside the view controls. */
export function BoardTools() {
  const t = useT();
  const pair = useAppStore(selectPeriodPair);
  const store = useContext(StoreContext);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  const save = async () => {
    if (!store || !pair) return;
    const app = store.getState();
    setState('busy');
    const theme = app.theme === 'dark' ? 'dark' : 'light';
    const ctx = createChartContext({ lang: app.lang, labels: selectLabels(app), theme });
    try {
      // Loaded on the first press: it draws the charts with ECharts' SVG renderer.
      const { boardPng } = await import('./board-png');
      const blob = await boardPng(boardModel(app, ctx), PALETTES[theme], app.lang);
      downloadBlob(
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
      <button type="button" disabled={state === 'busy' || !pair} onClick={() => void save()}>
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
