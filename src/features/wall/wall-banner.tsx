import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { formatTime } from '../../i18n/format-date';
import { useNow } from './use-now';
import { wallNotices, type RefreshState, type WallNotice } from './wall-status';

/**
 * Over the foot of the screen, so it moves nothing when it appears. The figures above
 * stay: the store keeps the last good data when a refresh fails.
 */
export function WallBanner({ refresh, refreshMs }: { refresh: RefreshState; refreshMs: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const now = useNow(1000);
  const notices = wallNotices(refresh, now, refreshMs);
  const text = (n: WallNotice) => {
    if (n.kind === 'failed')
      return t('wall.refreshFailed', {
        since: formatTime(n.since, lang),
        lastGood: formatTime(n.lastGood, lang),
      });
    if (n.kind === 'loadFailed') return t('wall.loadFailed', { since: formatTime(n.since, lang) });
    return t('wall.stale', { minutes: n.minutes, lastGood: formatTime(n.lastGood, lang) });
  };
  return (
    <div
      className="wall-banner"
      role="alert"
      aria-label={t('wall.status')}
      hidden={notices.length === 0}
    >
      {notices.map((n) => (
        <p key={n.kind} data-notice={n.kind}>
          {text(n)}
        </p>
      ))}
    </div>
  );
}
