import { useId, useMemo } from 'react';
import { ChartFigure } from '../../charts/chart-figure';
import { CHART_IDS, CHARTS, chartModel } from '../../charts/chart-registry';
import { createChartContext } from '../../charts/context';
import { cellOf } from '../../core/export-csv';
import { periodPair, periodsIn, type PeriodPair } from '../../core/period';
import { SCHEMAS } from '../../core/schema';
import type { Dataset } from '../../core/types';
import { useT } from '../../store/use-t';
import { selectLabels, selectManifest } from '../../store/selectors';
import { useAppStore } from '../../store/store';

/** The latest period in the file and the one before it, as the dashboard would pick them. */
export function previewPeriods(dataset: Dataset): PeriodPair | undefined {
  if (dataset.id === 'cases') return undefined;
  return periodPair(periodsIn([dataset.rows]), undefined, undefined);
}

/** Bars the preview draws at most: a bigger chart costs the main thread long tasks to show little. */
export const PREVIEW_MAX_POINTS = 40;

/** The items (bars, lines) a chart of this period pair would draw. */
export function pointCount(dataset: Dataset, periods: PeriodPair): number {
  const keys = SCHEMAS[dataset.id].key.filter((k) => k !== 'period');
  const shown = new Set<string>();
  for (const row of dataset.rows) {
    const period = cellOf(row, 'period');
    if (period !== periods.current && period !== periods.previous) continue;
    shown.add(keys.map((k) => String(cellOf(row, k))).join('\u0000'));
  }
  return shown.size;
}

/** The dashboard's own charts drawn with the file's data, before anything is applied. */
export function ChartPreview({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const titleId = useId();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => (s.theme === 'dark' ? 'dark' : 'light'));
  const labels = useAppStore(selectLabels);
  const unit = useAppStore((s) => selectManifest(s)?.datasets[dataset.id].unit);
  const items = useAppStore((s) => selectManifest(s)?.datasets[dataset.id].items);
  const points = useMemo(() => {
    const periods = previewPeriods(dataset);
    return periods ? pointCount(dataset, periods) : 0;
  }, [dataset]);
  const models = useMemo(() => {
    const periods = previewPeriods(dataset);
    if (!periods || points > PREVIEW_MAX_POINTS) return [];
    const ctx = createChartContext({ lang, labels, theme });
    return CHART_IDS.filter((id) => CHARTS[id].dataset === dataset.id).flatMap((id) => {
      const model = chartModel(id, dataset, periods, ctx, unit, items);
      return model ? [{ id, model, ctx }] : [];
    });
  }, [dataset, points, lang, labels, theme, unit, items]);
  if (points > PREVIEW_MAX_POINTS)
    return <p>{t('import.preview.tooMany', { count: points, max: PREVIEW_MAX_POINTS })}</p>;
  if (models.length === 0) return null;
  return (
    <section className="import-chart" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('import.preview.chart')}</h3>
      {models.map(({ id, model, ctx }) => (
        <ChartFigure key={id} id={`import-preview-${id}`} model={model} t={ctx.t} />
      ))}
    </section>
  );
}
