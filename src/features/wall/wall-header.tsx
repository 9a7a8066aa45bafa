import { LOCALES } from '../../i18n/format';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { formatTime } from '../../i18n/format-date';
import { useFullscreen } from './use-fullscreen';
import { useNow } from './use-now';
import type { Rotation } from './use-rotation';
import type { RefreshState } from './wall-status';

function Clock() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const now = useNow(1000);
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(now);
  return (
    <p className="wall-clock" aria-label={t('wall.clock')}>
      <time dateTime={new Date(now).toISOString()} className="wall-time">
        {time}
      </time>
      <span className="wall-date">{date}</span>
    </p>
  );
}

/** When the files changed (or were read), when they were last read, and how often. */
function AsOf({ refresh, minutes }: { refresh: RefreshState; minutes: number }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const modifiedAt = useAppStore((s) =>
    Math.max(
      0,
      ...Object.values(s.datasets).map((d) =>
        d.status === 'ready' && d.origin.kind === 'published' ? (d.origin.modifiedAt ?? 0) : 0,
      ),
    ),
  );
  const parts = [
    modifiedAt > 0 && t('board.asOf.modified', { time: formatTime(modifiedAt, lang) }),
    refresh.lastGoodAt !== undefined &&
      t('wall.loadedAt', { time: formatTime(refresh.lastGoodAt, lang) }),
    t('wall.every', { minutes: new Intl.NumberFormat(LOCALES[lang]).format(minutes) }),
  ].filter(Boolean);
  return <p className="wall-as-of">{parts.join(' · ')}</p>;
}

export function WallHeader({
  refresh,
  minutes,
  rotation,
  groupNames,
}: {
  refresh: RefreshState;
  minutes: number;
  rotation: Rotation;
  groupNames: readonly string[];
}) {
  const t = useT();
  const fullscreen = useFullscreen();
  return (
    <header className="wall-head">
      <div className="wall-brand">
        <h1>{t('app.title')}</h1>
        <AsOf refresh={refresh} minutes={minutes} />
      </div>
      <nav className="wall-nav" aria-label={t('wall.groups')} title={t('wall.keys')}>
        <button type="button" onClick={rotation.prev} aria-label={t('wall.prev')}>
          ‹
        </button>
        {/* Every name in one cell, the others invisible: as wide as the longest, so nothing moves. */}
        <p className="wall-group" aria-live="polite">
          {groupNames.map((name, i) => (
            <span key={name} className={i === rotation.index ? undefined : 'wall-group-off'}>
              {t('wall.groupOf', { n: i + 1, total: groupNames.length, name })}
            </span>
          ))}
        </p>
        <button type="button" onClick={rotation.next} aria-label={t('wall.next')}>
          ›
        </button>
        {rotation.rotating && (
          <button type="button" aria-pressed={rotation.paused} onClick={rotation.togglePause}>
            {t(rotation.paused ? 'wall.resume' : 'wall.pause')}
          </button>
        )}
        {fullscreen.toggle && (
          <button type="button" onClick={fullscreen.toggle}>
            {t(fullscreen.on ? 'wall.fullscreen.exit' : 'wall.fullscreen.enter')}
          </button>
        )}
      </nav>
      <Clock />
    </header>
  );
}
