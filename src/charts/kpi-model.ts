import type { Lang } from '../core/manifest';
import { asOfText } from '../i18n/as-of';
import { periodText } from '../i18n/period-text';
import type { Translate } from '../i18n/translate';
import type { ViewState } from '../store/selectors';
import {
  viewPeriodLabel,
  type CrimeView,
  type IndicatorsView,
  type PatrolView,
  type PeriodView,
  type Quantity,
} from '../core/chart-views';
import type { ChartContext } from './context';
import {
  directionOf,
  formatApprox,
  formatChange,
  formatCountChange,
  formatPeriod,
  type Direction,
} from '../i18n/format';

export type KpiDataset = 'crime' | 'patrol' | 'indicators';

export interface KpiNote {
  text: string;
  direction?: Direction;
}

export interface KpiCard {
  key: string;
  dataset: KpiDataset;
  label: string;
  /** The figure with its qualifier or its arrow and sign: "160余", "▼ −7.2%". */
  value: string;
  unit: string;
  /** Set when the value itself is a change, to colour it. */
  direction?: Direction;
  notes: KpiNote[];
  period: string;
}

function vsPrevious(view: { periods: { previous?: string } }, ctx: ChartContext): string {
  return ctx.t('dashboard.kpi.vsPrevious', {
    period: formatPeriod(view.periods.previous ?? '', ctx.lang),
  });
}

/** The published change against its baseline, and against the previous period when the data has one. */
export function crimeCards(view: CrimeView, ctx: ChartContext): KpiCard[] {
  const period = formatPeriod(view.periods.current, ctx.lang);
  return view.points.flatMap((p) => {
    if (p.current === undefined) return [];
    const notes: KpiNote[] = [
      { text: ctx.t('dashboard.kpi.published', { baseline: ctx.labelOf(p.baseline) }) },
    ];
    if (p.previous !== undefined) {
      const delta = p.current - p.previous;
      notes.push({
        text: `${vsPrevious(view, ctx)} ${formatChange(delta, ctx, ctx.t('chart.pp'))}`,
        direction: directionOf(delta),
      });
    }
    return [
      {
        key: `crime:${p.metric}:${p.baseline}`,
        dataset: 'crime' as const,
        label: ctx.labelOf(p.metric),
        value: formatChange(p.current, ctx),
        unit: '',
        direction: directionOf(p.current),
        notes,
        period,
      },
    ];
  });
}

function countNotes(
  view: { periods: { previous?: string } },
  current: Quantity,
  previous: Quantity | undefined,
  ctx: ChartContext,
): KpiNote[] {
  if (!previous) return [];
  // A change between approximate figures is itself approximate.
  const approx = current.approx || previous.approx ? '≈ ' : '';
  return [
    {
      text: `${vsPrevious(view, ctx)} ${approx}${formatCountChange(current.value, previous.value, ctx)}`,
      direction: directionOf(current.value - previous.value),
    },
  ];
}

export function patrolCards(view: PatrolView, ctx: ChartContext): KpiCard[] {
  const period = formatPeriod(view.periods.current, ctx.lang);
  const unit = view.unit?.[ctx.lang] ?? '';
  return view.points.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          {
            key: `patrol:${p.force}`,
            dataset: 'patrol' as const,
            label: ctx.labelOf(p.force),
            value: formatApprox(p.current.value, p.current.approx, ctx),
            unit,
            notes: countNotes(view, p.current, p.previous, ctx),
            period,
          },
        ],
  );
}

export function indicatorCards(view: IndicatorsView, ctx: ChartContext): KpiCard[] {
  const period = formatPeriod(view.periods.current, ctx.lang);
  return view.points.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          {
            key: `indicators:${p.indicator}`,
            dataset: 'indicators' as const,
            label: ctx.labelOf(p.indicator),
            value: formatApprox(p.current.value, p.current.approx, ctx),
            unit: p.unit ? ctx.labelOf(p.unit) : '',
            notes: countNotes(view, p.current, p.previous, ctx),
            period,
          },
        ],
  );
}

type AnyViewState = ViewState<PeriodView>;

/** The newest of the cards' files, and the periods the cards show. */
export function kpiAsOf(states: AnyViewState[], lang: Lang, t: Translate): string | undefined {
  const ready = states.flatMap((s) => (s.status === 'ready' ? [s] : []));
  const stamp = (s: (typeof ready)[number]) =>
    s.origin.kind === 'published' ? (s.origin.modifiedAt ?? s.loadedAt) : s.loadedAt;
  const newest = ready.reduce<(typeof ready)[number] | undefined>(
    (a, b) => (a && stamp(a) >= stamp(b) ? a : b),
    undefined,
  );
  if (!newest) return undefined;
  const periods = [...new Set(ready.map((s) => periodText(viewPeriodLabel(s.view), lang)))];
  return asOfText(newest.origin, newest.loadedAt, lang, t, periods.join(' / '));
}
