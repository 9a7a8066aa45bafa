import { LOCALES } from '../../charts/format';
import type { Lang, Manifest } from '../../core/manifest';
import type { DatasetId } from '../../core/types';
import type { Translate } from '../../i18n/translate';
import type { Origin } from '../../store/datasets-slice';
import type { Citation } from '../../ui/source-note';

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

/** "Data as of …", or for a staff import, which file it came from. */
export function asOfText(origin: Origin, loadedAt: number, lang: Lang, t: Translate): string {
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(loadedAt));
  return origin.kind === 'imported'
    ? t('ui.imported', { file: origin.fileName, time })
    : t('ui.asOf', { time });
}
