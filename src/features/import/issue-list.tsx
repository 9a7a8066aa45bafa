import type { Issue } from '../../core/types';
import { formatIssue } from '../../i18n/format-issue';
import { useT } from '../../store/use-t';

const SHOWN = 200;

/** Errors are an alert, so a screen reader hears at once why Apply is off. */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const t = useT();
  if (issues.length === 0) return null;
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return (
    <>
      {errors.length > 0 && (
        <section className="import-issues import-issues--error" role="alert">
          <h3>{t('import.issues.errors', { count: errors.length })}</h3>
          <Lines issues={errors} />
        </section>
      )}
      {warnings.length > 0 && (
        <section className="import-issues import-issues--warning">
          <h3>{t('import.issues.warnings', { count: warnings.length })}</h3>
          <Lines issues={warnings} />
        </section>
      )}
    </>
  );
}

function Lines({ issues }: { issues: readonly Issue[] }) {
  const t = useT();
  return (
    <>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i}>{formatIssue(issue, t)}</li>
        ))}
      </ul>
      {issues.length > SHOWN && <p>{t('import.issues.more', { count: issues.length - SHOWN })}</p>}
    </>
  );
}
