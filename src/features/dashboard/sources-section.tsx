import { useMemo } from 'react';
import type { DatasetId } from '../../core/types';
import { useT } from '../../store/use-t';
import type { DatasetState } from '../../store/datasets-slice';
import { selectListedIds, selectManifest } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { ErrorCard } from '../../ui/error-card';
import { coverage, datasetInfo } from '../../ui/dataset-info';
import './dashboard.css';

function SourceEntry({ id, state }: { id: DatasetId; state: DatasetState }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const manifest = useAppStore(selectManifest);
  const info = datasetInfo(manifest, id, lang, t);
  const covered = useMemo(() => coverage(state, lang, t), [state, lang, t]);
  return (
    <article id={`source-${id}`} className="source-entry" tabIndex={-1}>
      <h3>{info.title}</h3>
      <dl>
        {info.definition && (
          <div>
            <dt>{t('ui.definition')}</dt>
            <dd>{info.definition}</dd>
          </div>
        )}
        <div>
          <dt>{t(id === 'cases' ? 'dashboard.sources.dates' : 'dashboard.sources.periods')}</dt>
          <dd>{covered}</dd>
        </div>
        {info.citations.length > 0 && (
          <div>
            <dt>{t('ui.source')}</dt>
            <dd>
              <ul>
                {info.citations.map((c, i) => (
                  <li key={i}>
                    {c.title}
                    <br />
                    {c.author} · {c.date}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}

export function SourcesSection() {
  const t = useT();
  const datasets = useAppStore((s) => s.datasets);
  const manifest = useAppStore((s) => s.manifest);
  const listed = useAppStore(selectListedIds);
  const retryManifest = useAppStore((s) => s.retryManifest);
  return (
    <section id="sources" className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title" className="section-title">
        {t('dashboard.sources.heading')}
      </h2>
      {manifest.status === 'error' && (
        <ErrorCard
          fileName="datasets.json"
          issues={manifest.issues}
          t={t}
          onRetry={retryManifest}
        />
      )}
      <div className="source-list">
        {listed.map((id) => (
          <SourceEntry key={id} id={id} state={datasets[id]} />
        ))}
      </div>
    </section>
  );
}
