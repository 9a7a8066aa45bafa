import { useMemo } from 'react';
import type { ChartContext } from '../../charts/context';
import { useT } from '../../store/use-t';
import {
  selectCrimeView,
  selectIndicatorsView,
  selectPatrolView,
  type ViewState,
} from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { ErrorCard } from '../../ui/error-card';
import {
  crimeCards,
  indicatorCards,
  kpiAsOf,
  patrolCards,
  type KpiCard,
  type KpiDataset,
} from '../../charts/kpi-model';
import { useChartContext } from './use-chart-context';
import './dashboard.css';

/** Placeholders while loading, as many as the bundled files hold, so the grid does not jump. */
const EXPECTED: Record<KpiDataset, number> = { crime: 2, patrol: 1, indicators: 4 };

function useCards<V>(
  state: ViewState<V>,
  build: (view: V, ctx: ChartContext) => KpiCard[],
  ctx: ChartContext,
): KpiCard[] {
  const view = state.status === 'ready' ? state.view : undefined;
  return useMemo(() => (view ? build(view, ctx) : []), [view, build, ctx]);
}

function CardView({ card, lang }: { card: KpiCard; lang: string }) {
  const t = useT();
  return (
    <li className="kpi-card">
      <p className="kpi-label">{card.label}</p>
      <p className={`kpi-value ${card.direction ?? ''}`}>
        {card.value}
        {card.unit && (
          <span className="kpi-unit">
            {lang === 'en' ? ' ' : ''}
            {card.unit}
          </span>
        )}
      </p>
      {card.notes.map((note, i) => (
        <p key={i} className={`kpi-note ${note.direction ?? ''}`}>
          {note.text}
        </p>
      ))}
      <p className="kpi-foot">
        {card.period}
        <span className="kpi-source">
          {' · '}
          <a href={`#source-${card.dataset}`}>
            {t('dashboard.kpi.sourceLink')}
            {/* Seven links share the visible text; the hidden part tells them apart when listed. */}
            <span className="visually-hidden"> · {card.label}</span>
          </a>
        </span>
      </p>
    </li>
  );
}

export function KpiSection() {
  const t = useT();
  const ctx = useChartContext();
  const crime = useAppStore(selectCrimeView);
  const patrol = useAppStore(selectPatrolView);
  const indicators = useAppStore(selectIndicatorsView);
  const retryLoad = useAppStore((s) => s.retryLoad);
  const groups = [
    { dataset: 'crime' as const, state: crime, cards: useCards(crime, crimeCards, ctx) },
    { dataset: 'patrol' as const, state: patrol, cards: useCards(patrol, patrolCards, ctx) },
    {
      dataset: 'indicators' as const,
      state: indicators,
      cards: useCards(indicators, indicatorCards, ctx),
    },
  ];
  const loading = groups.some((g) => g.state.status === 'loading');
  const asOf = kpiAsOf([crime, patrol, indicators], ctx.lang, t);
  return (
    <section className="kpis" aria-labelledby="kpi-title" aria-busy={loading}>
      <h2 id="kpi-title" className="section-title">
        {t('dashboard.kpi.heading')}
      </h2>
      {/* A blank line while loading keeps the cards from moving when the time arrives. */}
      <p className="as-of kpi-as-of">{asOf ?? '\u00a0'}</p>
      <ul className="kpi-grid" data-kpis="">
        {groups.map(({ dataset, state, cards }) => {
          if (state.status === 'loading')
            return Array.from({ length: EXPECTED[dataset] }, (_, i) => (
              <li key={`${dataset}-${i}`} className="kpi-card kpi-skeleton" aria-hidden="true" />
            ));
          if (state.status === 'error')
            return (
              <li key={dataset} className="kpi-error">
                <ErrorCard
                  fileName={state.fileName}
                  issues={state.issues}
                  t={t}
                  onRetry={() => retryLoad(dataset)}
                />
              </li>
            );
          return cards.map((card) => <CardView key={card.key} card={card} lang={ctx.lang} />);
        })}
      </ul>
    </section>
  );
}
