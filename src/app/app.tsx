import { lazy, Suspense, useMemo } from 'react';
import { paletteVars, PALETTES } from '../charts/theme';
import { rowsOf, selectLabels } from '../store/selectors';
import { useAppStore } from '../store/store';
import { useT } from '../store/use-t';
import { CrimePanel, PatrolPanel, ServicesPanel } from '../features/dashboard/chart-panels';
import { DashboardHeader } from '../features/dashboard/dashboard-header';
import { DatasetPanel } from '../features/dashboard/dataset-panel';
import { KpiSection } from '../features/dashboard/kpi-section';
import { SourcesSection } from '../features/dashboard/sources-section';
import { coverage } from '../ui/dataset-info';
import { useDocumentLang } from '../features/dashboard/use-document-lang';
import { Skeleton } from '../ui/skeleton';
import { ImportBar, ImportLayer } from '../features/import/import-mount';
import { StaffLink, StaffMount } from '../features/staff/staff-mount';
import { BoardTools } from '../features/board/board-tools';
import { CompareSelect } from '../features/board/compare-select';
import { usePermalinkSync } from '../features/board/permalink';
import { PrintCases } from '../features/board/print-cases';
import { PrintHeader } from '../features/board/print-header';
import { usePrintedAt, usePrinting } from '../ui/use-printing';
import { EmbedButton } from '../features/embed/embed-button';

// Below the fold, so its table code loads after the first view.
const CasesTable = lazy(() =>
  import('../features/cases-table/cases-table').then((m) => ({ default: m.CasesTable })),
);
const CASES_HEIGHT = 420;

function CasesPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const state = useAppStore((s) => s.datasets.cases);
  const labels = useAppStore(selectLabels);
  const rows = rowsOf(state, 'cases');
  // Paper gets every case; the screen table pages through them.
  const printing = usePrinting();
  return (
    <DatasetPanel
      id="cases"
      dataset="cases"
      state={state}
      period={state.status === 'ready' ? coverage(state, lang, t) : undefined}
      minHeight={CASES_HEIGHT}
    >
      {rows && printing && <PrintCases rows={rows} labels={labels} />}
      {rows && !printing && (
        <Suspense
          fallback={<Skeleton height={CASES_HEIGHT} label={t('ui.loading', { title: '' })} />}
        >
          <CasesTable rows={rows} labels={labels} />
        </Suspense>
      )}
    </DatasetPanel>
  );
}

export function App() {
  useDocumentLang();
  usePermalinkSync();
  const t = useT();
  const printedAt = usePrintedAt();
  // Paper is always light, whatever the screen shows.
  const theme = useAppStore((s) =>
    s.theme === 'dark' && printedAt === undefined ? 'dark' : 'light',
  );
  const style = useMemo(() => paletteVars(PALETTES[theme]), [theme]);
  return (
    <div className="app" data-theme={theme} style={style}>
      <a className="skip-link" href="#main">
        {t('dashboard.skip')}
      </a>
      <DashboardHeader>
        <CompareSelect />
        <BoardTools />
      </DashboardHeader>
      <StaffMount />
      <ImportBar />
      <main id="main" tabIndex={-1}>
        {printedAt !== undefined && <PrintHeader printedAt={printedAt} />}
        <KpiSection />
        <div className="panel-grid">
          <ServicesPanel actions={<EmbedButton id="services" />} />
          <CrimePanel actions={<EmbedButton id="crime" />} />
          <PatrolPanel actions={<EmbedButton id="patrol" />} />
        </div>
        <CasesPanel />
        <SourcesSection />
      </main>
      <footer className="site-foot">
        {t('dashboard.footer')} <StaffLink />
      </footer>
      <ImportLayer />
    </div>
  );
}
