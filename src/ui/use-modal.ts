import { useEffect, type RefObject } from 'react';

/** showModal on mount: the page behind goes inert, Esc closes, focus comes back; old browsers only open it. */
export function useModal(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
    return () => {
      if (el.open && typeof el.close === 'function') el.close();
    };
  }, [ref]);
}
