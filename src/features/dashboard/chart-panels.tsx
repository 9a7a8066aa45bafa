import type { ReactNode } from 'react';
import { CHARTS } from '../../charts/chart-registry';
import { selectCrimeView, selectPatrolView, selectServicesView } from '../../store/selectors';
import { ChartPanel } from './chart-panel';

interface Props {
  actions?: ReactNode;
}

export function ServicesPanel({ actions }: Props) {
  return (
    <ChartPanel
      id="services"
      entry={CHARTS.services}
      select={selectServicesView}
      actions={actions}
    />
  );
}

export function CrimePanel({ actions }: Props) {
  return <ChartPanel id="crime" entry={CHARTS.crime} select={selectCrimeView} actions={actions} />;
}

export function PatrolPanel({ actions }: Props) {
  return (
    <ChartPanel id="patrol" entry={CHARTS.patrol} select={selectPatrolView} actions={actions} />
  );
}
