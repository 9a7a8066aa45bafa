import type { Lang } from '../core/manifest';
import { formatTime } from './format-date';
import type { Translate } from './translate';

/** Where the figures came from: the published files (with their Last-Modified) or an import. */
export type AsOfOrigin =
  { kind: 'published'; modifiedAt?: number } | { kind: 'imported'; fileName: string };

/**
 * "Data files updated …" when the server said when they changed, else when they were
 * read; for a staff import, which file it came from. With the period the figures cover.
 */
export function asOfText(
  origin: AsOfOrigin,
  loadedAt: number,
  lang: Lang,
  t: Translate,
  period?: string,
): string {
  const asOf =
    origin.kind === 'imported'
      ? t('ui.imported', { file: origin.fileName, time: formatTime(loadedAt, lang) })
      : origin.modifiedAt !== undefined
        ? t('board.asOf.modified', { time: formatTime(origin.modifiedAt, lang) })
        : t('ui.asOf', { time: formatTime(loadedAt, lang) });
  return period ? t('board.asOf.withPeriod', { asOf, period }) : asOf;
}
