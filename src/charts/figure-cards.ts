import type { CrimeView, PatrolView, Quantity, ServicesView } from '../core/chart-views';
import type { Approx } from '../core/types';
import { formatPeriod } from '../i18n/format';
import { crimeCards, patrolCards } from './kpi-model';
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
  const card = (
    p: { item: string; current: number | undefined; previous: number | undefined },
    unit: string,
    definition?: string,
  ): FigureCard[] =>
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
            ...(definition ? { definition } : {}),
            previous: previousNote(view, p.previous, fmt, ctx),
          },
        ];
  const own = view.separate.flatMap((p) =>
    card(p, p.meta.unit[ctx.lang], p.meta.definition[ctx.lang]),
  );
  if (!single) return own;
  const unit = view.unit?.[ctx.lang] ?? '';
  return [...view.points.flatMap((p) => card(p, unit)), ...own];
}

/** The KPI cards' figures, with what their qualifier means in words. */
export function patrolFigures(view: PatrolView, ctx: ChartContext, single: boolean): FigureCard[] {
  if (!single) return [];
  const shown = view.points.flatMap((p) => (p.current ? [p.current] : []));
  return patrolCards(view, ctx).map((c, i) => ({
    key: c.key,
    label: c.label,
    value: c.value,
    unit: c.unit,
    spaced: spaced(c.unit, ctx),
    period: c.period,
    qualifier: shown[i] && qualifierOf(shown[i], c.unit, ctx),
    previous: '',
  }));
}

export function crimeFigures(view: CrimeView, ctx: ChartContext, single: boolean): FigureCard[] {
  if (!single) return [];
  return crimeCards(view, ctx).map((c) => ({
    key: c.key,
    label: `${c.label} ${c.notes[0]?.text ?? ''}`.trim(),
    value: c.value,
    unit: '',
    spaced: false,
    period: c.period,
    previous: '',
  }));
}
