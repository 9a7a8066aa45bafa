import { useRef } from 'react';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { MAX_MB } from './use-import-session';

const ACCEPT = '.csv,text/csv,text/plain';

/** A real file input behind a button, so keyboard, screen readers and e2e tests can use it. */
export function FilePicker({ onFiles, label }: { onFiles(files: File[]): void; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

/** The header's "导入 CSV" button: picks files and opens the dialog with them. */
export function ImportButton() {
  const t = useT();
  const openImport = useAppStore((s) => s.openImport);
  return (
    <span className="import-button">
      <FilePicker onFiles={openImport} label={t('import.button')} />{' '}
      <small>{t('import.limit', { limitMb: MAX_MB })}</small>
    </span>
  );
}
