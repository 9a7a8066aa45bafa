import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * When the current print began, or undefined when the page is not being printed.
 * Chromium fires beforeprint and the print media change for window.print() and for
 * page.pdf() alike; flushSync puts the print-only content on the page before the
 * browser lays out the pages.
 */
export function usePrintedAt(): number | undefined {
  const [printedAt, setPrintedAt] = useState<number | undefined>(undefined);
  useEffect(() => {
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const start = () => flushSync(() => setPrintedAt((at) => at ?? Date.now()));
    const end = () => flushSync(() => setPrintedAt(undefined));
    const onChange = (e: MediaQueryListEvent) => (e.matches ? start() : end());
    media?.addEventListener('change', onChange);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      media?.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printedAt;
}

export function usePrinting(): boolean {
  return usePrintedAt() !== undefined;
}
