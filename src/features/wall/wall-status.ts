export interface RefreshState {
  /** Refreshes finished, good or bad, since the wall opened. */
  count: number;
  /** When every file last loaded. */
  lastGoodAt: number | undefined;
  /** When the refreshes started failing; undefined while they succeed. */
  failingSince: number | undefined;
}

export const INITIAL_REFRESH: RefreshState = {
  count: 0,
  lastGoodAt: undefined,
  failingSince: undefined,
};

export function afterRefresh(state: RefreshState, ok: boolean, now: number): RefreshState {
  return ok
    ? { count: state.count + 1, lastGoodAt: now, failingSince: undefined }
    : { ...state, count: state.count + 1, failingSince: state.failingSince ?? now };
}

export type WallNotice =
  | { kind: 'failed'; since: number; lastGood: number }
  | { kind: 'loadFailed'; since: number }
  | { kind: 'stale'; lastGood: number; minutes: number };

/** Data older than three refresh intervals is stale: two refreshes in a row were missed. */
export function staleAfterMs(refreshMs: number): number {
  return refreshMs * 3;
}

/** What the banner says: a failing refresh (the last good data stays up), and staleness. */
export function wallNotices(state: RefreshState, now: number, refreshMs: number): WallNotice[] {
  const notices: WallNotice[] = [];
  const { failingSince, lastGoodAt } = state;
  if (failingSince !== undefined)
    notices.push(
      lastGoodAt === undefined
        ? { kind: 'loadFailed', since: failingSince }
        : { kind: 'failed', since: failingSince, lastGood: lastGoodAt },
    );
  const limit = staleAfterMs(refreshMs);
  if (lastGoodAt !== undefined && now - lastGoodAt > limit)
    notices.push({ kind: 'stale', lastGood: lastGoodAt, minutes: Math.round(limit / 6000) / 10 });
  return notices;
}
