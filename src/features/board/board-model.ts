import {
  CHARTS,
  CHART_IDS,
  modelOf,
  type ChartId,
  type ChartModel,
} from '../../charts/chart-registry';
import type { ChartContext } from '../../charts/context';
import {
  crimeCards,
  indicatorCards,
  kpiAsOf,
  patrolCards,
  type KpiCard,
} from '../../charts/kpi-model';
import { newestFirst } from '../../core/case-date';
import { viewPeriodLabel } from '../../core/chart-views';
import type { Lang } from '../../core/manifest';
import { periodLabel, type PeriodPair } from '../../core/period';
import { DATASET_IDS } from '../../core/types';
import { asOfText } from '../../i18n/as-of';
import { citationText, type Citation } from '../../i18n/citations';
import { formatCaseDate } from '../../i18n/format-date';
import { periodText } from '../../i18n/period-text';
import { revisedLine } from '../../i18n/revised';
import type { Translate } from '../../i18n/translate';
import {
  rowsOf,
  selectCrimeView,
  selectIndicatorsView,
  selectManifest,
  selectPatrolView,
  selectPeriodPair,
  selectServicesView,
  type ViewState,
} from '../../store/selectors';
import type { AppState } from '../../store/store';
import { coverage, datasetInfo } from '../../ui/dataset-info';

export interface BoardPanel {
  id: ChartId;
  title: string;
  period: string;
  chart: ChartModel;
  /** Source and definition lines, then when the data was read. */
  notes: string[];
}

/** The board as the page shows it, built from the same models: what the PNG draws. */
export interface BoardModel {
  title: string;
  subtitle: string;
  period: string;
  kpiAsOf: string | undefined;
  cards: KpiCard[];
  panels: BoardPanel[];
  cases: { heading: string; lines: string[] } | undefined;
  sources: { heading: string; entries: { title: string; lines: string[] }[] };
  footer: string;
}

const readyView = <V>(s: ViewState<V>) => (s.status === 'ready' ? s.view : undefined);

function sourceLine(citations: readonly Citation[], ctx: ChartContext): string {
  return citations.map(citationText).join(ctx.t('chart.listSep'));
}

/** "Period: 2021, compared with 2020": the line under the title on paper and in the PNG. */
export function boardPeriod(pair: PeriodPair | undefined, lang: Lang, t: Translate): string {
  return t('print.period', {
    period: pair === undefined ? '—' : periodText(periodLabel(pair), lang),
  });
}

function panels(state: AppState, ctx: ChartContext): BoardPanel[] {
  const { lang, t } = ctx;
  const manifest = selectManifest(state);
  const sep = lang === 'zh' ? '：' : ': ';
  const views = {
    services: selectServicesView(state),
    crime: selectCrimeView(state),
    patrol: selectPatrolView(state),
  };
  const chartOf = (id: ChartId): ChartModel | undefined => {
    if (id === 'services') {
      const view = readyView(views.services);
      return view && modelOf(CHARTS.services, view, ctx);
    }
    if (id === 'crime') {
      const view = readyView(views.crime);
      return view && modelOf(CHARTS.crime, view, ctx);
    }
    const view = readyView(views.patrol);
    return view && modelOf(CHARTS.patrol, view, ctx);
  };
  return CHART_IDS.flatMap((id) => {
    const viewState = views[id];
    const chart = chartOf(id);
    if (viewState.status !== 'ready' || !chart || chart.empty) return [];
    const info = datasetInfo(manifest, id, lang, t);
    const period = periodText(viewPeriodLabel(viewState.view), lang);
    const notes = [
      ...(info.citations.length
        ? [`${t('ui.source')}${sep}${sourceLine(info.citations, ctx)}`]
        : []),
      ...(info.definition ? [`${t('ui.definition')}${sep}${info.definition}`] : []),
      asOfText(viewState.origin, viewState.loadedAt, lang, t, period),
      ...(revisedLine(
        state.revisions,
        CHARTS[id].dataset,
        viewState.origin.kind === 'published',
        lang,
        t,
      ) ?? []),
    ];
    return [{ id, title: info.title, period, chart, notes }];
  });
}

function cases(state: AppState, ctx: ChartContext): BoardModel['cases'] {
  const rows = rowsOf(state.datasets.cases, 'cases');
  if (!rows) return undefined;
  return {
    heading: ctx.t('board.png.cases', { count: rows.length }),
    lines: newestFirst(rows).map((c) =>
      [
        formatCaseDate(c.date, ctx.lang),
        ctx.labelOf(c.station),
        ctx.labelOf(c.category),
        ctx.labelOf(c.summary),
        ctx.labelOf(c.outcome),
      ].join(' · '),
    ),
  };
}

function sources(state: AppState, ctx: ChartContext): BoardModel['sources'] {
  const { lang, t } = ctx;
  const manifest = selectManifest(state);
  const sep = lang === 'zh' ? '：' : ': ';
  return {
    heading: t('dashboard.sources.heading'),
    entries: DATASET_IDS.map((id) => {
      const info = datasetInfo(manifest, id, lang, t);
      const covered = t(id === 'cases' ? 'dashboard.sources.dates' : 'dashboard.sources.periods');
      return {
        title: info.title,
        lines: [
          ...(info.definition ? [`${t('ui.definition')}${sep}${info.definition}`] : []),
          `${covered}${sep}${coverage(state.datasets[id], lang, t)}`,
          ...(info.citations.length
            ? [`${t('ui.source')}${sep}${sourceLine(info.citations, ctx)}`]
            : []),
        ],
      };
    }),
  };
}

export function boardModel(state: AppState, ctx: ChartContext): BoardModel {
  const { t, lang } = ctx;
  const crime = selectCrimeView(state);
  const patrol = selectPatrolView(state);
  const indicators = selectIndicatorsView(state);
  const crimeView = readyView(crime);
  const patrolView = readyView(patrol);
  const indicatorsView = readyView(indicators);
  return {
    title: t('app.title'),
    subtitle: t('app.subtitle'),
    period: boardPeriod(selectPeriodPair(state), lang, t),
    kpiAsOf: kpiAsOf([crime, patrol, indicators], lang, t),
    cards: [
      ...(crimeView ? crimeCards(crimeView, ctx) : []),
      ...(patrolView ? patrolCards(patrolView, ctx) : []),
      ...(indicatorsView ? indicatorCards(indicatorsView, ctx) : []),
    ],
    panels: panels(state, ctx),
    cases: cases(state, ctx),
    sources: sources(state, ctx),
    footer: t('dashboard.footer'),
  };
}
