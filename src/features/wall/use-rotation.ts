import { useCallback, useEffect, useState } from 'react';

export interface Rotation {
  index: number;
  /** Auto-rotation asked for in the URL (rotate=seconds). */
  rotating: boolean;
  paused: boolean;
  next(): void;
  prev(): void;
  togglePause(): void;
}

/** Which panel group shows: the arrows move, space pauses, and `rotate=S` advances every S s. */
export function useRotation(count: number, seconds: number | undefined): Rotation {
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const next = useCallback(() => setIndex((i) => (i + 1) % count), [count]);
  const prev = useCallback(() => setIndex((i) => (i - 1 + count) % count), [count]);
  const togglePause = useCallback(() => setPaused((p) => !p), []);
  const rotating = seconds !== undefined;

  useEffect(() => {
    if (!rotating || paused) return;
    // Restarted on every move, so a group shown by hand also gets its full time.
    const timer = setTimeout(next, seconds * 1000);
    return () => clearTimeout(timer);
  }, [rotating, paused, seconds, index, next]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === ' ') togglePause();
      else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next();
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') prev();
      else return;
      // Space would otherwise also press a focused button.
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, prev, togglePause]);

  return { index, rotating, paused, next, prev, togglePause };
}
