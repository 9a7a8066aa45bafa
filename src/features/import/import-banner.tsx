import { useContext, useMemo } from 'react';
import { exportCsv } from '../../core/export-csv';
import { SCHEMAS } from '../../core/schema';
import { DATASET_IDS, type DatasetId } from '../../core/types';
import { useT } from '../../store/use-t';
import { sessionWith } from '../../store/staff-slice';
import { StoreContext, useAppStore, type AppState } from '../../store/store';
import { downloadText } from '../../ui/download';
import { idbStorage, restorePublishedDraft, undoDraft, type DraftStorage } from './drafts';
import './import.css';

interface Draft {
  id: DatasetId;
  fileName: string;
  importedAt: number;
}

function draftsOf(datasets: AppState['datasets']): Draft[] {
  return DATASET_IDS.flatMap((id) => {
    const d = datasets[id];
    return d.status === 'ready' && d.origin.kind === 'imported'
      ? [{ id, fileName: d.origin.fileName, importedAt: d.origin.importedAt }]
      : [];
  });
}

/** A leader must never take a local draft for the published figures: this says which is which. */
export function ImportBanner({ storage = idbStorage }: { storage?: DraftStorage }) {
  const t = useT();
  const store = useContext(StoreContext);
  const lang = useAppStore((s) => s.lang);
  const datasets = useAppStore((s) => s.datasets);
  const drafts = useMemo(() => draftsOf(datasets), [datasets]);
  const notices = useAppStore((s) => s.importNotices);
  const dismiss = useAppStore((s) => s.dismissImportNotice);
  const editor = useAppStore((s) => sessionWith(s.staff, 'editor') !== undefined);
  const openImport = useAppStore((s) => s.openImport);
  if (!store || (drafts.length === 0 && notices.length === 0)) return null;

  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const exportFor = (id: DatasetId) => {
    const d = store.getState().datasets[id];
    if (d.status === 'ready') downloadText(exportCsv(d.dataset), SCHEMAS[id].file);
  };
  // The draft goes through the dialog like any file: the editor sees its diff against live first.
  const publishFor = (id: DatasetId) => {
    const d = store.getState().datasets[id];
    if (d.status === 'ready')
      openImport([new File([exportCsv(d.dataset)], SCHEMAS[id].file, { type: 'text/csv' })]);
  };
  return (
    <div className="import-banner" role="status">
      {drafts.map((d) => (
        <p key={d.id}>
          <strong>{t('import.banner.draft', { dataset: t(`dataset.${d.id}`) })}</strong>{' '}
          {t('import.banner.from', { file: d.fileName, time: time.format(d.importedAt) })}{' '}
          <button type="button" onClick={() => void undoDraft(store, d.id, storage)}>
            {t('import.undo')}
          </button>{' '}
          <button type="button" onClick={() => void restorePublishedDraft(store, d.id, storage)}>
            {t('import.restorePublished')}
          </button>{' '}
          <button type="button" onClick={() => exportFor(d.id)}>
            {t('import.exportForPublishing')}
          </button>
          {editor && (
            <>
              {' '}
              <button type="button" onClick={() => publishFor(d.id)}>
                {t('publish.fromDraft')}
              </button>
            </>
          )}
        </p>
      ))}
      {notices.map((n) => {
        const id = DATASET_IDS.find((d) => d === n.params?.dataset);
        const params = id ? { ...n.params, dataset: t(`dataset.${id}`) } : n.params;
        return (
          <p key={n.id} className="import-banner__notice">
            {t(n.key, params)}{' '}
            <button type="button" onClick={() => dismiss(n.id)}>
              {t('import.dismiss')}
            </button>
          </p>
        );
      })}
    </div>
  );
}
