import { useId, useRef, type ReactNode } from 'react';
import { useModal } from '../../ui/use-modal';
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
  useModal(ref);
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
