/**
 * Failed sign-ins counted per key (an account, an IP) while each comes within the window of the
 * one before. A key at the limit waits one window from its last failure, then starts again: no
 * permanent lockout of a real user. Kept in memory: a restart forgets the counts.
 */
export interface RateLimiter {
  /** Seconds to wait when `key` has used its tries in this window, else 0. */
  retryAfterS(key: string): number;
  fail(key: string): void;
  clear(key: string): void;
}

export function rateLimiter(tries: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    if (w && w.resetAt > now) return w;
    windows.delete(key);
    return undefined;
  };
  const sweep = (now: number) => {
    if (windows.size < 10_000) return;
    for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
  };
  return {
    retryAfterS: (key) => {
      const now = Date.now();
      const w = current(key, now);
      return w && w.count >= tries ? Math.max(1, Math.ceil((w.resetAt - now) / 1000)) : 0;
    },
    fail: (key) => {
      const now = Date.now();
      sweep(now);
      const w = current(key, now);
      if (w) {
        w.count++;
        w.resetAt = now + windowMs;
      } else windows.set(key, { count: 1, resetAt: now + windowMs });
    },
    clear: (key) => void windows.delete(key),
  };
}
