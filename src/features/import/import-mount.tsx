import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/store';
import { ImportDropZone } from './drop-zone';
import { ImportBanner } from './import-banner';
import { ImportButton } from './import-button';

// Loaded on first use: a reader who never imports never downloads the dialog.
const ImportDialog = lazy(() =>
  import('./import-dialog').then((m) => ({ default: m.ImportDialog })),
);

/**
 * Under the header: the draft banner whenever the page shows a draft (a reader must know), and
 * the import button for staff only, or on a static host once the staff link was used.
 */
export function ImportBar() {
  const staff = useAppStore((s) => s.staff.kind !== 'reader');
  return (
    <div className="import-bar">
      <ImportBanner />
      {staff && (
        <div className="import-bar__actions">
          <ImportButton />
        </div>
      )}
    </div>
  );
}

/** Over the page: the drop overlay (staff only) while dragging and the dialog when open. */
export function ImportLayer() {
  const open = useAppStore((s) => s.importOpen);
  const staff = useAppStore((s) => s.staff.kind !== 'reader');
  return (
    <>
      {staff && <ImportDropZone />}
      {open && (
        <Suspense fallback={null}>
          <ImportDialog />
        </Suspense>
      )}
    </>
  );
}
