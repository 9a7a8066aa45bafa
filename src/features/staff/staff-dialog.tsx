import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../store/use-t';

/** A modal like the import's: the page behind goes inert, Esc closes, focus comes back. */
export function StaffDialog({
  title,
  onClose,
  children,
  className = '',
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
    return () => {
      if (el.open && typeof el.close === 'function') el.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`staff-dialog ${className}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <header className="staff-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label={t('staff.close')}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
