import { useEffect } from 'react';

/** setTimeout's longest delay (about 24.8 days); a longer wait is taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const RELOAD = () => location.reload();

/**
 * Reloads the whole page `hours` after it opened, against leaks in browsers left on for weeks,
 * but only once a data check passes: a failed check keeps the page (and its last good
 * figures) up and tries again after `retryMs`, so a server outage never blanks the wall.
 */
export function usePageReload(
  check: () => Promise<boolean>,
  hours: number,
  retryMs: number,
  reloadPage: () => void = RELOAD,
): void {
  useEffect(() => {
    const due = Date.now() + hours * 3_600_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const wait = (ms: number) => {
      timer = setTimeout(() => void attempt(), Math.min(Math.max(ms, 0), MAX_TIMER_MS));
    };
    const attempt = async () => {
      if (Date.now() < due) return wait(due - Date.now());
      const ok = await check().catch(() => false);
      if (stopped) return;
      if (ok) reloadPage();
      else wait(retryMs);
    };
    wait(due - Date.now());
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [check, hours, retryMs, reloadPage]);
}
