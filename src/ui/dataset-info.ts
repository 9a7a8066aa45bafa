import { dateRange } from '../core/case-date';
import type { Lang, Manifest } from '../core/manifest';
import type { DatasetId } from '../core/types';
import { citationsOf, type Citation } from '../i18n/citations';
import { formatCaseDate } from '../i18n/format-date';
import { formatPeriod } from '../i18n/period-text';
import type { Translate } from '../i18n/translate';
import type { DatasetState } from '../store/datasets-slice';

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

/** The periods a dataset covers; for the case log, its first and last date. */
export function coverage(state: DatasetState, lang: Lang, t: Translate): string {
  if (state.status !== 'ready') return '—';
  const { dataset } = state;
  if (dataset.id === 'cases') {
    const range = dateRange(dataset.rows);
    if (!range) return '—';
    const from = formatCaseDate(range[0], lang);
    const to = formatCaseDate(range[1], lang);
    return from === to ? from : t('ui.range', { from, to });
  }
  const periods = [...new Set<string>(dataset.rows.map((r) => r.period))].sort();
  return periods.map((p) => formatPeriod(p, lang)).join(lang === 'zh' ? '、' : ', ') || '—';
}
