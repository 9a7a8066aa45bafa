import { useEffect, useMemo } from 'react';
import { CHARTS } from '../../charts/chart-registry';
import { paletteVars, PALETTES } from '../../charts/theme';
import type { DatasetId } from '../../core/types';
import { translate } from '../../i18n/translate';
import { useT } from '../../store/use-t';
import { selectCrimeView, selectPatrolView, selectServicesView } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { usePageReload } from './use-page-reload';
import { useRefresh } from './use-refresh';
import { useRotation } from './use-rotation';
import { WallBanner } from './wall-banner';
import { WallCases } from './wall-cases';
import { WallHeader } from './wall-header';
import { WallKpis } from './wall-kpis';
import { WallNotes } from './wall-notes';
import { WallPanel } from './wall-panel';
import './wall.css';
import './wall-shapes.css';

const GROUPS = [
  {
    key: 'overview',
    name: 'wall.group.overview',
    notes: ['services', 'crime', 'patrol', 'indicators'] as DatasetId[],
  },
  { key: 'cases', name: 'wall.group.cases', notes: ['cases'] as DatasetId[] },
] as const;

function Overview() {
  return (
    <div className="wall-overview">
      <WallKpis />
      <div className="wall-charts">
        <WallPanel id="services" entry={CHARTS.services} select={selectServicesView} />
        <WallPanel id="crime" entry={CHARTS.crime} select={selectCrimeView} />
        <WallPanel id="patrol" entry={CHARTS.patrol} select={selectPatrolView} />
      </div>
    </div>
  );
}

/** The page itself: no scrolling, dark, titled, in the wall's language. */
function useWallDocument() {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('wall-mode');
    root.lang = lang === 'zh' ? 'zh-CN' : 'en';
    root.style.colorScheme = 'dark';
    root.style.backgroundColor = PALETTES.dark.background;
    document.title = `${translate(lang, 'app.title')} · ${translate(lang, 'wall.group.overview')}`;
    return () => root.classList.remove('wall-mode');
  }, [lang]);
}

export interface WallAppProps {
  /** Fetches every data/ file into the store; true when all loaded. */
  reload: () => Promise<boolean>;
  refreshMinutes: number;
  rotateSeconds: number | undefined;
  /** Hours between whole-page reloads, each only after a good data check. */
  reloadHours?: number;
}

/** The command-centre wall: the same store and charts as the board, for a 16:9 screen. */
export default function WallApp({
  reload,
  refreshMinutes,
  rotateSeconds,
  reloadHours = 24,
}: WallAppProps) {
  useWallDocument();
  const t = useT();
  const refreshMs = refreshMinutes * 60_000;
  const refresh = useRefresh(reload, refreshMs);
  usePageReload(reload, reloadHours, Math.min(refreshMs, 60_000));
  // The clock starts with the first figures, so the first screen gets its full time.
  const rotation = useRotation(GROUPS.length, refresh.count > 0 ? rotateSeconds : undefined);
  const group = GROUPS[rotation.index] ?? GROUPS[0];
  const style = useMemo(() => paletteVars(PALETTES.dark), []);
  return (
    <div
      className="wall"
      data-theme="dark"
      style={style}
      data-group={group.key}
      data-refresh-count={refresh.count}
      data-paused={rotation.paused || undefined}
    >
      {refresh.count === 0 ? (
        // Nothing is laid out until the first load ends, so nothing moves when it does.
        <p className="wall-loading">{t('ui.loading', { title: t('app.title') })}</p>
      ) : (
        <>
          <WallHeader
            refresh={refresh}
            minutes={refreshMinutes}
            rotation={rotation}
            groupNames={GROUPS.map((g) => t(g.name))}
          />
          <main className="wall-main">
            {group.key === 'overview' ? <Overview /> : <WallCases />}
          </main>
          {/* A new element for each screen: a different height is then no layout shift. */}
          <WallNotes key={group.key} ids={group.notes} />
          <WallBanner refresh={refresh} refreshMs={refreshMs} />
        </>
      )}
    </div>
  );
}
