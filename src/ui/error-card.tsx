import type { Issue } from '../core/types';
import { formatIssue } from '../i18n/format-issue';
import type { Translate } from '../i18n/translate';
import './ui.css';

const SHOWN = 5;

/** One file's problems, each naming its row and column, so staff can fix the file. */
export function ErrorCard({
  fileName,
  issues,
  t,
  onRetry,
}: {
  fileName: string;
  issues: readonly Issue[];
  t: Translate;
  /** Fetch the file again: a timeout or a host being updated is often gone a moment later. */
  onRetry?: () => void;
}) {
  const errors = issues.filter((i) => i.severity === 'error');
  const shown = (errors.length > 0 ? errors : issues).slice(0, SHOWN);
  const hidden = (errors.length > 0 ? errors : issues).length - shown.length;
  return (
    <div className="error-card" role="alert">
      <p className="error-title">{t('ui.error.title', { file: fileName })}</p>
      <ul>
        {shown.map((issue, i) => (
          <li key={i}>
            <code>{fileName}</code> {formatIssue(issue, t)}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('ui.error.more', { count: hidden })}</p>}
      {onRetry && (
        <p>
          <button type="button" onClick={onRetry}>
            {t('ui.error.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
