import { useCallback, useId, useState } from 'react';
import { DATASET_IDS, type DatasetId } from '../../core/types';
import { formatTime } from '../../i18n/format-date';
import type { MessageKey } from '../../i18n/translate';
import { useAppStore } from '../../store/store';
import type { StaffSession } from '../../store/staff-slice';
import { useT } from '../../store/use-t';
import { PartLines } from '../../ui/part-lines';
import { PublishOutcome } from '../../ui/publish-outcome';
import { history, rollback } from '../../ui/staff-api';
import type { HistoryVersion, PublishReply } from '../../ui/staff-replies';
import { StaffDialog } from './staff-dialog';
import { useAnswer } from './use-answer';

const DOORS = new Set(['browser', 'inbox', 'cli', 'rollback']);

function VersionItem({
  dataset,
  item,
  live,
  session,
  onRolledBack,
}: {
  dataset: DatasetId;
  item: HistoryVersion;
  live: boolean;
  session: StaffSession;
  onRolledBack(reply: PublishReply): void;
}) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const at = Date.parse(item.at);
  const door = DOORS.has(item.door) ? t(`history.door.${item.door}` as MessageKey) : item.door;
  const part = {
    dataset,
    file: item.version.slice(0, 12),
    diff: item.diff ?? { added: 0, changed: 0, removed: 0, unchanged: 0 },
    lines: item.lines,
  };
  return (
    <li className="history-item" data-version={item.version}>
      <p>
        {live && <strong>{t('history.live')} · </strong>}
        {t('history.entry', {
          time: Number.isNaN(at) ? item.at : formatTime(at, lang),
          by: item.by,
          door,
        })}
        {item.reviewer !== undefined && <> · {t('history.reviewer', { name: item.reviewer })}</>}
      </p>
      <PartLines parts={[part]} />
      {!live && session.roles.includes('editor') && (
        <p>
          <button
            type="button"
            onClick={() =>
              void rollback(session.csrf, dataset, item.version, lang).then(onRolledBack)
            }
          >
            {t('history.rollback')}
          </button>
        </p>
      )}
    </li>
  );
}

/** Every version of one dataset, newest first, and a way back to any of them. */
export function HistoryDialog({ session }: { session: StaffSession }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const openStaffPanel = useAppStore((s) => s.openStaffPanel);
  const noteLivePublished = useAppStore((s) => s.noteLivePublished);
  const selectId = useId();
  const [dataset, setDataset] = useState<DatasetId>('services');
  const [reply, setReply] = useState<PublishReply>();
  const fetcher = useCallback(() => history(session.csrf, dataset), [session.csrf, dataset]);
  const { value: versions, error, reload, clear } = useAnswer(fetcher, lang);
  const rolledBack = (answer: PublishReply) => {
    setReply(answer);
    if (answer.status === 'published') noteLivePublished();
    reload();
  };
  return (
    <StaffDialog
      title={t('history.title')}
      className="history"
      onClose={() => openStaffPanel('none')}
    >
      <p>
        <label htmlFor={selectId}>{t('history.dataset')}</label>{' '}
        <select
          id={selectId}
          value={dataset}
          onChange={(e) => {
            setReply(undefined);
            clear();
            setDataset(DATASET_IDS.find((id) => id === e.target.value) ?? 'services');
          }}
        >
          {DATASET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`dataset.${id}`)}
            </option>
          ))}
        </select>
      </p>
      {reply && <PublishOutcome reply={reply} />}
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
      {!versions && !error && <p>{t('staff.loading')}</p>}
      {versions && versions.length === 0 && <p>{t('history.empty')}</p>}
      {versions && versions.length > 0 && (
        <ol className="history-list">
          {versions.map((item, i) => (
            <VersionItem
              key={item.version + item.at}
              dataset={dataset}
              item={item}
              live={i === 0}
              session={session}
              onRolledBack={rolledBack}
            />
          ))}
        </ol>
      )}
    </StaffDialog>
  );
}
