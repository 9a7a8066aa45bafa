import { describe, expect, it } from 'vitest';
import { afterRefresh, INITIAL_REFRESH, staleAfterMs, wallNotices } from './wall-status';

const MINUTE = 60_000;
const every = 5 * MINUTE;

describe('refresh state', () => {
  it('counts every refresh and remembers when the failures began', () => {
    let s = afterRefresh(INITIAL_REFRESH, true, 1000);
    expect(s).toEqual({ count: 1, lastGoodAt: 1000, failingSince: undefined });
    s = afterRefresh(s, false, 2000);
    s = afterRefresh(s, false, 3000);
    expect(s).toEqual({ count: 3, lastGoodAt: 1000, failingSince: 2000 });
    s = afterRefresh(s, true, 4000);
    expect(s).toEqual({ count: 4, lastGoodAt: 4000, failingSince: undefined });
  });
});

describe('wallNotices', () => {
  it('says nothing while the refreshes succeed and the data is fresh', () => {
    const s = afterRefresh(INITIAL_REFRESH, true, 0);
    expect(wallNotices(s, every, every)).toEqual([]);
  });

  it('names when the failures began and when the shown data was read', () => {
    const s = afterRefresh(afterRefresh(INITIAL_REFRESH, true, 0), false, every);
    expect(wallNotices(s, every + 1, every)).toEqual([
      { kind: 'failed', since: every, lastGood: 0 },
    ]);
  });

  it('tells a first load that failed apart from a later refresh', () => {
    const s = afterRefresh(INITIAL_REFRESH, false, 10);
    expect(wallNotices(s, 20, every)).toEqual([{ kind: 'loadFailed', since: 10 }]);
  });

  it('adds a staleness notice once the data is older than the threshold', () => {
    const s = afterRefresh(INITIAL_REFRESH, true, 0);
    const limit = staleAfterMs(every);
    expect(limit).toBeGreaterThan(every);
    expect(wallNotices(s, limit, every)).toEqual([]);
    expect(wallNotices(s, limit + 1, every)).toEqual([
      { kind: 'stale', lastGood: 0, minutes: limit / MINUTE },
    ]);
  });
});
