import { useT } from '../store/use-t';
import type { Part } from './staff-replies';

/** What a publish changes (or changed), dataset by dataset, as the server diffed it. */
export function PartLines({ parts }: { parts: readonly Part[] }) {
  const t = useT();
  return (
    <>
      {parts.map((part) => (
        <div className="part-lines" key={`${part.dataset}:${part.file}`}>
          <p>
            <strong>{part.file || part.dataset}</strong>{' '}
            {t('import.diff.summary', { ...part.diff })}
          </p>
          {part.lines.length > 0 && (
            <ul>
              {part.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
