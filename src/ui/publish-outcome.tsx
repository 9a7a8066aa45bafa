import type { ReactNode } from 'react';
import { useAppStore } from '../store/store';
import { useT } from '../store/use-t';
import { PartLines } from './part-lines';
import type { PublishReply } from './staff-replies';

/**
 * The answer to a publish, an approval or a rollback, said plainly. `conflictActions`: what the
 * person can do about somebody else's change (rebase or cancel).
 */
export function PublishOutcome({
  reply,
  conflictActions,
}: {
  reply: PublishReply;
  conflictActions?: ReactNode;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  switch (reply.status) {
    case 'published':
      return (
        <div className="publish-outcome publish-outcome--ok" role="status">
          <p>
            <strong>{t('publish.published')}</strong>{' '}
            <a href="./" target="_blank" rel="noopener">
              {t('publish.viewLive')}
            </a>
          </p>
          <PartLines parts={reply.parts} />
        </div>
      );
    case 'pending':
      return (
        <div className="publish-outcome" role="status">
          <p>
            <strong>{t('publish.pending')}</strong>
          </p>
          <PartLines parts={reply.parts} />
        </div>
      );
    case 'conflict':
      return (
        <div className="publish-outcome publish-outcome--problem" role="alert">
          <p>
            <strong>{t('publish.conflict')}</strong>
          </p>
          <PartLines parts={reply.parts} />
          {conflictActions && <p>{conflictActions}</p>}
        </div>
      );
    case 'refused':
      return (
        <div className="publish-outcome publish-outcome--problem" role="alert">
          <p>
            <strong>{t('publish.refused', { reason: reply.reason[lang] })}</strong>
          </p>
          {reply.issues.length > 0 && (
            <ul>
              {reply.issues.map((issue, i) => (
                <li key={i}>{issue}</li>
              ))}
            </ul>
          )}
        </div>
      );
    case 'failed':
      return (
        <div className="publish-outcome publish-outcome--problem" role="alert">
          <p>
            <strong>{t('publish.failed', { reason: reply.reason[lang] })}</strong>
            {reply.signedOut && <> {t('publish.signedOut')}</>}
          </p>
        </div>
      );
  }
}
