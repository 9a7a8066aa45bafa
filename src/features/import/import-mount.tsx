import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/store';
import { ImportDropZone } from './drop-zone';
import { ImportBanner } from './import-banner';
import { ImportButton } from './import-button';

// Loaded on first use: a reader who never imports never downloads the dialog.
const ImportDialog = lazy(() =>
  import('./import-dialog').then((m) => ({ default: m.ImportDialog })),
);

/** Under the header: the draft banner (when there is a draft) and the import button. */
export function ImportBar() {
  return (
    <div className="import-bar">
      <ImportBanner />
      <div className="import-bar__actions">
        <ImportButton />
      </div>
    </div>
  );
}

/** Over the page: the drop overlay while dragging and the dialog when open. */
export function ImportLayer() {
  const open = useAppStore((s) => s.importOpen);
  return (
    <>
      <ImportDropZone />
      {open && (
        <Suspense fallback={null}>
          <ImportDialog />
        </Suspense>
      )}
    </>
  );
}
