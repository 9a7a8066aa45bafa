import { chartRowGroups } from '../core/chart-rows';
import { exportCsv } from '../core/export-csv';
import { MANIFEST_FILE } from '../core/data-folder';
import type { DatasetMeta, Lang, Manifest } from '../core/manifest';
import { SCHEMAS } from '../core/schema';
import type { Dataset } from '../core/types';
import { citationsOf, citationText } from './citations';
import { dataLabel } from './data-label';
import { formatPeriod } from './period-text';
import type { Translate } from './translate';

export interface DataFile {
  name: string;
  label: string;
  text: string;
  type: string;
}

/** "Get the data" for one chart: its rows, their source and definition, and the whole file. */
export interface DataLinks {
  files: DataFile[];
  whole: { href: string; file: string };
  manifest: { href: string; file: string; key: string };
}

const CSV = 'text/csv;charset=utf-8';

function noteText(
  meta: DatasetMeta,
  manifest: Manifest,
  parts: { dataset: Dataset; periods: readonly string[]; files: string[] },
  lang: Lang,
  t: Translate,
): string {
  const sep = lang === 'zh' ? '：' : ': ';
  const id = parts.dataset.id;
  const items = Object.entries(meta.items ?? {}).map(
    ([item, m]) =>
      `${dataLabel(manifest.labels, lang, item)} (${m.unit[lang]})${sep}${m.definition[lang]}`,
  );
  return (
    '\uFEFF' +
    [
      meta.title[lang],
      `${t('ui.period')}${sep}${parts.periods.map((p) => formatPeriod(p, lang)).join(', ')}`,
      ...(meta.unit[lang] ? [`${t('data.unit')}${sep}${meta.unit[lang]}`] : []),
      `${t('ui.definition')}${sep}${meta.definition[lang]}`,
      ...items.map((line) => `${t('ui.definition')}${sep}${line}`),
      ...citationsOf(manifest, id, lang).map((c) => `${t('ui.source')}${sep}${citationText(c)}`),
      `${t('data.files')}${sep}${parts.files.join(', ')}`,
      t('data.wholeFile', { file: `data/${SCHEMAS[id].file}` }),
      t('data.manifestEntry', { file: `data/${MANIFEST_FILE}`, key: `datasets.${id}` }),
    ].join('\n') +
    '\n'
  );
}

/**
 * The files behind one chart panel: a CSV of exactly its rows per figure group (the data/
 * format: BOM, formula-safe), a note with the source and definition beside them, and where
 * the whole dataset and its manifest entry live. `base` leads to the site's root.
 */
export function dataLinks(options: {
  chart: string;
  dataset: Dataset;
  periods: readonly string[];
  manifest: Manifest;
  lang: Lang;
  t: Translate;
  base: string;
}): DataLinks {
  const { chart, dataset, periods, manifest, lang, t, base } = options;
  const meta = manifest.datasets[dataset.id];
  const apart = Object.keys(meta.items ?? {});
  const stem = `${chart}-${periods.join('_') || 'data'}`;
  const groups = chartRowGroups(dataset, periods, apart);
  const csvs = groups.map((g, i) => ({
    name: g.item === undefined ? `${stem}.csv` : `${stem}-${i}.csv`,
    label: t(g.item === undefined ? 'data.chartCsv' : 'data.itemCsv', {
      item: dataLabel(manifest.labels, lang, g.item ?? ''),
      rows: g.dataset.rows.length,
    }),
    text: exportCsv(g.dataset),
    type: CSV,
  }));
  const note = {
    name: `${stem}.source.txt`,
    label: t('data.note'),
    text: noteText(meta, manifest, { dataset, periods, files: csvs.map((c) => c.name) }, lang, t),
    type: 'text/plain;charset=utf-8',
  };
  return {
    files: [...csvs, note],
    whole: { href: `${base}data/${SCHEMAS[dataset.id].file}`, file: SCHEMAS[dataset.id].file },
    manifest: {
      href: `${base}data/${MANIFEST_FILE}`,
      file: MANIFEST_FILE,
      key: `datasets.${dataset.id}`,
    },
  };
}
