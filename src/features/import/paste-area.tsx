import { useId, useState } from 'react';
import { useT } from '../../store/use-t';

/** Cells copied from Excel arrive tab-separated; they go through the same reader as a file. */
export function PasteArea({ onFile }: { onFile(file: File): void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const read = () => {
    onFile(new File([text], t('import.paste.fileName'), { type: 'text/plain' }));
    setText('');
  };
  return (
    <div className="import-paste">
      <label htmlFor={id}>{t('import.paste.label')}</label>
      <textarea
        id={id}
        rows={4}
        value={text}
        placeholder={t('import.paste.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="button" disabled={text.trim() === ''} onClick={read}>
        {t('import.paste.read')}
      </button>
    </div>
  );
}
