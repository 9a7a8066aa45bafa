import { useRef } from 'react';
import { useT } from '../../store/use-t';

export interface CasesPaginationProps {
  /** Zero-based, as the table keeps it. */
  pageIndex: number;
  pageCount: number;
  onPageChange(pageIndex: number): void;
}

export function CasesPagination({ pageIndex, pageCount, onPageChange }: CasesPaginationProps) {
  const t = useT();
  const prev = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const canPrev = pageIndex > 0;
  const canNext = pageIndex < pageCount - 1;

  // A button that becomes disabled drops keyboard focus to <body>; hand it to the other one.
  const go = (target: number) => {
    onPageChange(target);
    if (target === 0) next.current?.focus();
    else if (target === pageCount - 1) prev.current?.focus();
  };

  return (
    <nav className="cases-pagination" aria-label={t('cases.pagination')}>
      <button ref={prev} type="button" disabled={!canPrev} onClick={() => go(pageIndex - 1)}>
        <span aria-hidden="true">‹ </span>
        {t('cases.prev')}
      </button>
      <span>{t('cases.page', { page: pageIndex + 1, pages: pageCount })}</span>
      <button ref={next} type="button" disabled={!canNext} onClick={() => go(pageIndex + 1)}>
        {t('cases.next')}
        <span aria-hidden="true"> ›</span>
      </button>
    </nav>
  );
}
