import { afterEach, describe, expect, test, vi } from 'vitest';
import { rateLimiter } from '../../server/rate-limit';

afterEach(() => vi.useRealTimers());

describe('sign-in rate limiter', () => {
  test('the try after N failures waits for the window, then the count starts again', () => {
    vi.useFakeTimers({ now: 0 });
    const limit = rateLimiter(5, 60_000);
    for (let i = 0; i < 4; i++) limit.fail('name:ed');
    expect(limit.retryAfterS('name:ed')).toBe(0);
    vi.setSystemTime(10_000);
    limit.fail('name:ed');
    expect(limit.retryAfterS('name:ed')).toBe(50);
    expect(limit.retryAfterS('name:rev')).toBe(0);
    vi.setSystemTime(59_500);
    expect(limit.retryAfterS('name:ed')).toBe(1);
    vi.setSystemTime(60_000);
    expect(limit.retryAfterS('name:ed')).toBe(0);
    limit.fail('name:ed');
    expect(limit.retryAfterS('name:ed')).toBe(0);
  });

  test('a success clears its key', () => {
    const limit = rateLimiter(2, 60_000);
    limit.fail('name:ed');
    limit.fail('name:ed');
    expect(limit.retryAfterS('name:ed')).toBeGreaterThan(0);
    limit.clear('name:ed');
    expect(limit.retryAfterS('name:ed')).toBe(0);
  });
});
