import { useEffect, useState } from 'react';
import { afterRefresh, INITIAL_REFRESH, type RefreshState } from './wall-status';

/**
 * Loads data/ now and then every `intervalMs`, one load at a time: the next waits for the
 * last, so a slow server never piles requests up. The store keeps the last good data.
 */
export function useRefresh(reload: () => Promise<boolean>, intervalMs: number): RefreshState {
  const [state, setState] = useState(INITIAL_REFRESH);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const run = async () => {
      const ok = await reload().catch(() => false);
      if (stopped) return;
      setState((s) => afterRefresh(s, ok, Date.now()));
      timer = setTimeout(() => void run(), intervalMs);
    };
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [reload, intervalMs]);
  return state;
}
