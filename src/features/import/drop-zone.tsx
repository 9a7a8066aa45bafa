import { useEffect, useState } from 'react';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { MAX_MB } from './use-import-session';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Files dropped anywhere on the page open the import dialog; an overlay shows while dragging. */
export function ImportDropZone() {
  const t = useT();
  const openImport = useAppStore((s) => s.openImport);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // enter/leave fire for every child element crossed, so count them.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) openImport(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [openImport]);

  if (!dragging) return null;
  return (
    <div className="import-drop-overlay" aria-hidden="true">
      <p>
        {t('import.drop')}
        <br />
        <small>{t('import.limit', { limitMb: MAX_MB })}</small>
      </p>
    </div>
  );
}
