import { useCallback, useId, useState } from 'react';
import { formatTime } from '../../i18n/format-date';
import { useAppStore } from '../../store/store';
import type { StaffSession } from '../../store/staff-slice';
import { useT } from '../../store/use-t';
import { downloadBlob } from '../../ui/download';
import { PartLines } from '../../ui/part-lines';
import { PublishOutcome } from '../../ui/publish-outcome';
import { approve, reject, submissions, submittedFile } from '../../ui/staff-api';
import type { PublishReply, Submission } from '../../ui/staff-replies';
import { StaffDialog } from './staff-dialog';
import { useAnswer } from './use-answer';

function RejectForm({ onSend }: { onSend(reason: string): void }) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <form
      className="review-reject"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim() !== '') onSend(reason.trim());
      }}
    >
      <label htmlFor={id}>{t('review.rejectReason')}</label>
      <textarea
        id={id}
        required
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit">{t('review.rejectSend')}</button>
    </form>
  );
}

function SubmissionItem({
  item,
  session,
  onChanged,
}: {
  item: Submission;
  session: StaffSession;
  onChanged(): void;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const noteLivePublished = useAppStore((s) => s.noteLivePublished);
  const [rejecting, setRejecting] = useState(false);
  const [reply, setReply] = useState<PublishReply>();
  const [error, setError] = useState<string>();
  const own = item.by === session.name;
  const canDecide = item.status === 'pending' && !own && session.roles.includes('reviewer');
  const time = Number.isNaN(Date.parse(item.at)) ? item.at : formatTime(Date.parse(item.at), lang);

  const doApprove = async () => {
    const answer = await approve(session.csrf, item.id, lang);
    setReply(answer);
    if (answer.status === 'published') noteLivePublished();
    onChanged();
  };
  const doReject = async (reason: string) => {
    const answer = await reject(session.csrf, item.id, reason);
    if (answer.ok) onChanged();
    else setError(answer.reason[lang]);
  };
  const download = async () => {
    const blob = await submittedFile(session.csrf, item.id);
    if (blob) downloadBlob(blob, item.fileName || `${item.id}.csv`);
  };

  return (
    <li className="review-item" data-submission={item.id} data-status={item.status}>
      <p>
        <strong>{t(`review.status.${item.status}`)}</strong>{' '}
        {t('review.by', { by: item.by, time, file: item.fileName })}
      </p>
      {item.status === 'rejected' && item.reason !== undefined && (
        <p className="review-item__reason">{t('review.reason', { reason: item.reason })}</p>
      )}
      <PartLines parts={item.parts} />
      <p className="review-item__actions">
        <button type="button" onClick={() => void download()}>
          {t('review.file')}
        </button>{' '}
        {canDecide && (
          <>
            <button type="button" onClick={() => void doApprove()}>
              {t('review.approve')}
            </button>{' '}
            <button
              type="button"
              aria-expanded={rejecting}
              onClick={() => setRejecting(!rejecting)}
            >
              {t('review.reject')}
            </button>
          </>
        )}
        {item.status === 'pending' && own && <span>{t('review.own')}</span>}
      </p>
      {canDecide && rejecting && <RejectForm onSend={(r) => void doReject(r)} />}
      {reply && <PublishOutcome reply={reply} />}
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** Pending submissions for a reviewer; for an editor, their own, with what became of them. */
export function ReviewDialog({ session }: { session: StaffSession }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const openStaffPanel = useAppStore((s) => s.openStaffPanel);
  const fetcher = useCallback(() => submissions(session.csrf), [session.csrf]);
  const { value: list, error, reload: load } = useAnswer(fetcher, lang);
  // Newest first, pending before decided: what needs a decision is on top.
  const shown = [...(list ?? [])].sort(
    (a, b) =>
      Number(b.status === 'pending') - Number(a.status === 'pending') || (a.at < b.at ? 1 : -1),
  );
  return (
    <StaffDialog
      title={t('review.title')}
      className="review"
      onClose={() => openStaffPanel('none')}
    >
      <p>
        <button type="button" onClick={load}>
          {t('review.reload')}
        </button>
      </p>
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
      {!list && !error && <p>{t('staff.loading')}</p>}
      {list && list.length === 0 && <p>{t('review.empty')}</p>}
      {shown.length > 0 && (
        <ul className="review-list">
          {shown.map((item) => (
            <SubmissionItem key={item.id} item={item} session={session} onChanged={load} />
          ))}
        </ul>
      )}
    </StaffDialog>
  );
}
