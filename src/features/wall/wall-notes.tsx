import type { DatasetId } from '../../core/types';
import { shortCitations } from '../../i18n/citations';
import { useT } from '../../store/use-t';
import {
  selectCrimeView,
  selectManifest,
  selectPatrolView,
  selectServicesView,
} from '../../store/selectors';
import type { AppState } from '../../store/store';
import { GetData } from '../../ui/get-data';
import { useDataLinks } from '../../ui/use-data-links';
import { useAppStore } from '../../store/store';
import { datasetInfo } from '../../ui/dataset-info';
import { NOTE_MARK } from './use-wall-context';

const VIEWS = {
  services: selectServicesView,
  crime: selectCrimeView,
  patrol: selectPatrolView,
} as const;

function NoteData({ id, select }: { id: DatasetId; select: (typeof VIEWS)[keyof typeof VIEWS] }) {
  const t = useT();
  const state = useAppStore(select as (s: AppState) => ReturnType<typeof select>);
  const links = useDataLinks(id, id, state.status === 'ready' ? state.view : undefined);
  return links ? <GetData links={links} t={t} /> : null;
}

/** Definition and source of every dataset on the screen, as numbered notes. */
export function WallNotes({ ids }: { ids: readonly DatasetId[] }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const manifest = useAppStore(selectManifest);
  const sep = lang === 'zh' ? '：' : ': ';
  return (
    <ol className="wall-notes" aria-label={t('dashboard.sources.heading')}>
      {ids.map((id) => {
        const info = datasetInfo(manifest, id, lang, t);
        const sources = shortCitations(info.citations, lang);
        return (
          <li key={id}>
            <span aria-hidden="true">{NOTE_MARK[id]} </span>
            <strong>{info.title}</strong>
            {info.definition && ` · ${t('ui.definition')}${sep}${info.definition}`}
            {sources && ` · ${t('ui.source')}${sep}${sources}`}
            {id in VIEWS && <NoteData id={id} select={VIEWS[id as keyof typeof VIEWS]} />}
          </li>
        );
      })}
    </ol>
  );
}
