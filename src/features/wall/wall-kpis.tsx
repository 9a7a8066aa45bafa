import { useMemo } from 'react';
import type { ChartContext } from '../../charts/context';
import { crimeCards, indicatorCards, patrolCards, type KpiCard } from '../../charts/kpi-model';
import { useT } from '../../store/use-t';
import {
  selectCrimeView,
  selectIndicatorsView,
  selectPatrolView,
  type ViewState,
} from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { NOTE_MARK, useWallContext } from './use-wall-context';

/** As many placeholders as the bundled files hold cards, so the strip does not jump. */
const EXPECTED = 7;

function cardsOf<V>(
  state: ViewState<V>,
  build: (v: V, c: ChartContext) => KpiCard[],
  ctx: ChartContext,
) {
  return state.status === 'ready' ? build(state.view, ctx) : [];
}

export function WallKpis() {
  const t = useT();
  const ctx = useWallContext();
  const crime = useAppStore(selectCrimeView);
  const patrol = useAppStore(selectPatrolView);
  const indicators = useAppStore(selectIndicatorsView);
  const cards = useMemo(
    () => [
      ...cardsOf(crime, crimeCards, ctx),
      ...cardsOf(patrol, patrolCards, ctx),
      ...cardsOf(indicators, indicatorCards, ctx),
    ],
    [crime, patrol, indicators, ctx],
  );
  const failed = [crime, patrol, indicators].flatMap((s) => (s.status === 'error' ? [s] : []));
  const loading = [crime, patrol, indicators].some((s) => s.status === 'loading');
  return (
    <section className="wall-kpis" aria-label={t('dashboard.kpi.heading')}>
      <ul>
        {cards.map((card) => (
          <li key={card.key} className="wall-kpi">
            <p className="wall-kpi-label">
              {card.label}
              <sup aria-hidden="true">{NOTE_MARK[card.dataset]}</sup>
            </p>
            <p className={`wall-kpi-value ${card.direction ?? ''}`}>
              {card.value}
              {card.unit && (
                <span className="wall-kpi-unit">
                  {ctx.lang === 'en' ? ' ' : ''}
                  {card.unit}
                </span>
              )}
            </p>
            {card.notes.map((note, i) => (
              <p key={i} className={`wall-kpi-note ${note.direction ?? ''}`}>
                {note.text}
              </p>
            ))}
            <p className="wall-kpi-period">{card.period}</p>
          </li>
        ))}
        {loading &&
          Array.from({ length: Math.max(1, EXPECTED - cards.length) }, (_, i) => (
            <li key={`loading-${i}`} className="wall-kpi wall-skeleton" aria-hidden="true" />
          ))}
        {failed.map((f) => (
          <li key={f.fileName} className="wall-kpi wall-error" role="alert">
            {t('ui.error.title', { file: f.fileName })}
          </li>
        ))}
      </ul>
    </section>
  );
}
