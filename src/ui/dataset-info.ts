import type { Lang, Manifest } from '../core/manifest';
import type { DatasetId } from '../core/types';
import { citationsOf, type Citation } from '../i18n/citations';
import type { Translate } from '../i18n/translate';

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
  return {
    title: meta.title[lang],
    definition: meta.definition[lang],
    unit: meta.unit[lang],
    citations: citationsOf(manifest, id, lang),
  };
}
