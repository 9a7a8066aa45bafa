import { useEffect, useState } from 'react';
import type { Dataset } from '../../core/types';
import { useAppStore } from '../../store/store';
import type { StaffSession } from '../../store/staff-slice';
import { useT } from '../../store/use-t';
import { PublishOutcome } from '../../ui/publish-outcome';
import { submit } from '../../ui/staff-api';
import type { PublishReply } from '../../ui/staff-replies';
import { DiffView } from './diff-view';
import { base64Of, diffAgainstLive, type LiveDiff } from './live-diff';

/**
 * Publish beside Apply: the diff against what is live now (not the draft), then the one publish
 * operation. Somebody else's publish in between shows their change; rebase diffs again.
 */
export function PublishPanel({
  session,
  file,
  dataset,
}: {
  session: StaffSession;
  file: File;
  dataset: Dataset;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const noteLivePublished = useAppStore((s) => s.noteLivePublished);
  const [live, setLive] = useState<LiveDiff>();
  const [reply, setReply] = useState<PublishReply>();
  const [busy, setBusy] = useState(false);
  const [cancelled, setCancelled] = useState(false);

  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let current = true;
    void diffAgainstLive(session.csrf, dataset).then((diff) => {
      if (current) setLive(diff);
    });
    return () => {
      current = false;
    };
  }, [session.csrf, dataset, asked]);
  // Rebase: the same file, diffed again against what is live now.
  const compare = () => {
    setLive(undefined);
    setReply(undefined);
    setCancelled(false);
    setAsked((n) => n + 1);
  };

  const publish = async () => {
    if (!live?.ok) return;
    setBusy(true);
    const contentBase64 = await base64Of(file);
    const answer = await submit(
      session.csrf,
      { fileName: file.name, contentBase64, base: live.base },
      lang,
    );
    setBusy(false);
    setReply(answer);
    if (answer.status === 'published') noteLivePublished();
  };

  const done = reply?.status === 'published' || reply?.status === 'pending';
  return (
    <div className="publish-panel">
      {!live && <p>{t('publish.loading')}</p>}
      {live && !live.ok && (
        <p role="alert">{t('publish.liveFailed', { reason: live.reason[lang] })}</p>
      )}
      {live?.ok && <DiffView id={dataset.id} diff={live.diff} title={t('publish.title')} />}
      {session.review === 'required' && <p>{t('publish.reviewNote')}</p>}
      <p className="import-apply">
        <button
          type="button"
          disabled={!live?.ok || busy || done || reply?.status === 'conflict' || cancelled}
          onClick={() => void publish()}
        >
          {busy ? t('publish.busy') : t('publish.button')}
        </button>
      </p>
      {cancelled && <p role="status">{t('publish.cancelled')}</p>}
      {reply && !cancelled && (
        <PublishOutcome
          reply={reply}
          conflictActions={
            <>
              <button type="button" onClick={compare}>
                {t('publish.rebase')}
              </button>{' '}
              <button type="button" onClick={() => setCancelled(true)}>
                {t('publish.cancel')}
              </button>
            </>
          }
        />
      )}
    </div>
  );
}
