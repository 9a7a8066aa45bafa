import { afterEach, describe, expect, test, vi } from 'vitest';
import { rateLimiter } from '../../server/rate-limit';

afterEach(() => vi.useRealTimers());

describe('sign-in rate limiter', () => {
  test('the try after N failures waits a window from the last one, then the count starts again', () => {
    vi.useFakeTimers({ now: 0 });
    const limit = rateLimiter(5, 60_000);
    for (let i = 0; i < 4; i++) limit.fail('name:ed');
    expect(limit.retryAfterS('name:ed')).toBe(0);
    vi.setSystemTime(50_000);
    limit.fail('name:ed');
    expect(limit.retryAfterS('name:ed')).toBe(60);
    expect(limit.retryAfterS('name:rev')).toBe(0);
    vi.setSystemTime(109_500);
    expect(limit.retryAfterS('name:ed')).toBe(1);
    vi.setSystemTime(110_000);
    expect(limit.retryAfterS('name:ed')).toBe(0);
    limit.fail('name:ed');
    expect(limit.retryAfterS('name:ed')).toBe(0);
  });

  test('failures further apart than the window never add up', () => {
    vi.useFakeTimers({ now: 0 });
    const limit = rateLimiter(2, 60_000);
    limit.fail('ip:10.0.0.1');
    vi.setSystemTime(61_000);
    limit.fail('ip:10.0.0.1');
    expect(limit.retryAfterS('ip:10.0.0.1')).toBe(0);
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
