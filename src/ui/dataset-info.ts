import { LOCALES } from '../i18n/format';
import type { Lang, Manifest } from '../core/manifest';
import type { DatasetId } from '../core/types';
import type { Translate } from '../i18n/translate';
import type { Origin } from '../store/datasets-slice';
import type { Citation } from './source-note';

export interface DatasetInfo {
  title: string;
  definition: string | undefined;
  unit: string;
  citations: Citation[];
}

/** A dataset's title, definition and sources in one language; a bare title until the manifest loads. */
export function datasetInfo(
  manifest: Manifest | undefined,
  id: DatasetId,
  lang: Lang,
  t: Translate,
): DatasetInfo {
  const meta = manifest?.datasets[id];
  if (!manifest || !meta)
    return { title: t(`dataset.${id}`), definition: undefined, unit: '', citations: [] };
  const citations = meta.sources.flatMap((ref) => {
    const s = manifest.sources[ref];
    return s ? [{ title: s.title[lang], author: s.author[lang], date: s.date[lang] }] : [];
  });
  return {
    title: meta.title[lang],
    definition: meta.definition[lang],
    unit: meta.unit[lang],
    citations,
  };
}

const timeFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A date and time as the reader's locale writes it, in Beijing time as the embeds give it:
 * the build and every reader's browser then write the same text, whatever their time zone.
 */
export function formatTime(time: number, lang: Lang): string {
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Shanghai',
    });
    timeFormats.set(lang, format);
  }
  return format.format(new Date(time));
}

/**
 * "Data files updated …" when the server said when they changed, else when they were
 * read; for a staff import, which file it came from. With the period the figures cover.
 */
export function asOfText(
  origin: Origin,
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
