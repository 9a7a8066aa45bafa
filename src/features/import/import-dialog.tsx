import { useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../store/use-t';
import { useModal } from '../../ui/use-modal';
import { StoreContext, useAppStore, type AppStore } from '../../store/store';
import type { DraftStorage } from './drafts';
import { FilePicker } from './import-button';
import { ImportPreview } from './import-preview';
import { PasteArea } from './paste-area';
import './import.css';
import { MAX_MB, useImportSession, type ImportEntry } from './use-import-session';

/** Mounted once by the app; opens when files are dropped, picked or the button is pressed. */
export function ImportDialog({ storage }: { storage?: DraftStorage }) {
  const open = useAppStore((s) => s.importOpen);
  const store = useContext(StoreContext);
  if (!open || !store) return null;
  return <OpenDialog store={store} storage={storage} />;
}

function OpenDialog({ store, storage }: { store: AppStore; storage?: DraftStorage }) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const closeImport = useAppStore((s) => s.closeImport);
  const session = useImportSession(store, storage);
  const { addFiles, cancelAll } = session;
  const [selected, setSelected] = useState<number>();
  const close = useCallback(() => {
    cancelAll();
    closeImport();
  }, [cancelAll, closeImport]);

  useModal(ref);

  const add = useCallback(
    (files: readonly File[]) => {
      const keys = addFiles(files);
      if (keys[0] !== undefined) setSelected(keys[0]);
    },
    [addFiles],
  );

  // Files dropped or picked outside the dialog wait in the store until it takes them.
  useEffect(() => {
    const take = () => {
      const files = store.getState().takeImportQueue();
      if (files.length > 0) add(files);
    };
    take();
    return store.subscribe(take);
  }, [add, store]);

  const entry = session.entries.find((e) => e.key === selected) ?? session.entries[0];
  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={titleId} onClose={close}>
      <header className="import-dialog__header">
        <h2 id={titleId}>{t('import.title')}</h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label={t('import.close')}>
          ×
        </button>
      </header>
      <p>{t('import.intro', { limitMb: MAX_MB })}</p>
      <div className="import-sources">
        <FilePicker onFiles={add} label={t('import.chooseFiles')} />
        <PasteArea onFile={(file) => add([file])} />
      </div>
      {session.entries.length > 1 && (
        <FileTabs entries={session.entries} selected={entry?.key} onSelect={setSelected} />
      )}
      {entry && (
        <section aria-label={entry.file.name}>
          <h3>{entry.file.name}</h3>
          <ImportPreview
            entry={entry}
            onEncoding={session.setEncoding}
            onCancel={session.cancel}
            onApply={(e, sheets) => void session.apply(e, sheets)}
          />
        </section>
      )}
    </dialog>
  );
}

function FileTabs(props: {
  entries: readonly ImportEntry[];
  selected: number | undefined;
  onSelect(key: number): void;
}) {
  const t = useT();
  return (
    <ul className="import-files" aria-label={t('import.files')}>
      {props.entries.map((e) => (
        <li key={e.key}>
          <button
            type="button"
            aria-current={e.key === props.selected ? 'true' : undefined}
            onClick={() => props.onSelect(e.key)}
          >
            {e.file.name} · {t(`import.status.${statusOf(e)}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}

function statusOf(e: ImportEntry): 'reading' | 'ok' | 'errors' | 'cancelled' | 'applied' {
  if (e.status === 'reading' || e.status === 'cancelled' || e.status === 'applied') return e.status;
  return e.outcome?.ok ? 'ok' : 'errors';
}
