import type { CrimeView, PatrolView, Quantity, ServicesView } from '../core/chart-views';
import type { Approx } from '../core/types';
import { formatApprox, formatChange, formatPeriod } from '../i18n/format';
import type { ChartContext } from './context';
import { previousNote } from './period-series';

/** One value shown as a figure, not as a bar with nothing beside it to compare. */
export interface FigureCard {
  key: string;
  label: string;
  /** The figure with its qualifier: "160余", "6,327", "▼ −7.2%". */
  value: string;
  unit: string;
  /** A space between the figure and its unit (English words, not Chinese 名 or %). */
  spaced: boolean;
  period: string;
  /** What an approximate figure means, in words; absent for an exact one. */
  qualifier?: string;
  /** The figure's own 口径 when it differs from its dataset's. */
  definition?: string;
  /** The previous period's figure, when one is shown: " (2020: 5,000)". */
  previous: string;
}

const spaced = (unit: string, ctx: ChartContext) =>
  ctx.lang === 'en' && unit !== '' && unit !== '%';

function qualifierOf(q: Quantity, unit: string, ctx: ChartContext): string | undefined {
  const approx: Approx = q.approx;
  if (!approx) return undefined;
  const n = ctx.nf.format(q.value);
  return ctx.t(approx === 'at_least' ? 'figure.atLeast' : 'figure.about', { n, unit });
}

/** The items counted in a unit of their own, and the chart's items too when they are one figure. */
export function servicesFigures(
  view: ServicesView,
  ctx: ChartContext,
  single: boolean,
): FigureCard[] {
  const period = formatPeriod(view.periods.current, ctx.lang);
  const fmt = (v: number) => ctx.nf.format(v);
  const own = view.separate.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          {
            key: `services:${p.item}`,
            label: ctx.labelOf(p.item),
            value: fmt(p.current),
            unit: p.meta.unit[ctx.lang],
            spaced: spaced(p.meta.unit[ctx.lang], ctx),
            period,
            definition: p.meta.definition[ctx.lang],
            previous: previousNote(view, p.previous, fmt, ctx),
          },
        ],
  );
  if (!single) return own;
  const unit = view.unit?.[ctx.lang] ?? '';
  const charted = view.points.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          {
            key: `services:${p.item}`,
            label: ctx.labelOf(p.item),
            value: fmt(p.current),
            unit,
            spaced: spaced(unit, ctx),
            period,
            previous: '',
          },
        ],
  );
  return [...charted, ...own];
}

export function patrolFigures(view: PatrolView, ctx: ChartContext, single: boolean): FigureCard[] {
  if (!single) return [];
  const period = formatPeriod(view.periods.current, ctx.lang);
  const unit = view.unit?.[ctx.lang] ?? '';
  return view.points.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          {
            key: `patrol:${p.force}`,
            label: ctx.labelOf(p.force),
            value: formatApprox(p.current.value, p.current.approx, ctx),
            unit,
            spaced: spaced(unit, ctx),
            period,
            qualifier: qualifierOf(p.current, unit, ctx),
            previous: '',
          },
        ],
  );
}

export function crimeFigures(view: CrimeView, ctx: ChartContext, single: boolean): FigureCard[] {
  if (!single) return [];
  const period = formatPeriod(view.periods.current, ctx.lang);
  return view.points.flatMap((p) =>
    p.current === undefined
      ? []
      : [
          {
            key: `crime:${p.metric}:${p.baseline}`,
            label: `${ctx.labelOf(p.metric)} ${ctx.t('chart.vs', { baseline: ctx.labelOf(p.baseline) })}`,
            value: formatChange(p.current, ctx),
            unit: '',
            spaced: false,
            period,
            previous: '',
          },
        ],
  );
}
