import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePageReload } from './use-page-reload';

const HOUR = 3_600_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(results: boolean[], hours = 24) {
  const check = vi.fn(() => Promise.resolve(results.shift() ?? false));
  const reloadPage = vi.fn();
  const hook = renderHook(() => usePageReload(check, hours, 60_000, reloadPage));
  return { check, reloadPage, hook };
}

describe('usePageReload', () => {
  it('checks the data once the hours are up and reloads only when the check passes', async () => {
    const { check, reloadPage } = setup([false, false, true]);
    await act(() => vi.advanceTimersByTimeAsync(24 * HOUR - 1));
    expect(check).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(check).toHaveBeenCalledTimes(1);
    expect(reloadPage).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(check).toHaveBeenCalledTimes(2);
    expect(reloadPage).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(check).toHaveBeenCalledTimes(3);
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('waits past the longest timer for a long period, and stops when unmounted', async () => {
    const { check, reloadPage, hook } = setup([true], 30 * 24);
    await act(() => vi.advanceTimersByTimeAsync(29 * 24 * HOUR));
    expect(check).not.toHaveBeenCalled();
    hook.unmount();
    await act(() => vi.advanceTimersByTimeAsync(2 * 24 * HOUR));
    expect(check).not.toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();
  });
});
