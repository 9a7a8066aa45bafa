import { useEffect, useState } from 'react';

/** Whether the page is full screen, and a toggle; no toggle where the browser forbids it. */
export function useFullscreen(): { on: boolean; toggle: (() => void) | undefined } {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const update = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (typeof document === 'undefined' || !document.fullscreenEnabled)
    return { on, toggle: undefined };
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return { on, toggle };
}
