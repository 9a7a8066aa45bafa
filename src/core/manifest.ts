import { DATASET_IDS, OPTIONAL_DATASETS, type DatasetId } from './types';
import { isRecord } from './is-record';

export type Lang = 'zh' | 'en';
export type Localized = Record<Lang, string>;

export interface SourceCitation {
  title: Localized;
  author: Localized;
  date: Localized;
}

/** An item counted in a unit other than its dataset's, so it is shown on its own, never on the same axis. */
export interface ItemMeta {
  unit: Localized;
  definition: Localized;
}

export interface DatasetMeta {
  title: Localized;
  unit: Localized;
  definition: Localized;
  sources: string[];
  /** Keyed by the item as written in the CSV. */
  items?: Record<string, ItemMeta>;
}

export interface Manifest {
  version: number;
  sources: Record<string, SourceCitation>;
  datasets: Record<DatasetId, DatasetMeta>;
  /** English for data text (item names, stations…), keyed by the Chinese as written in the CSV. */
  labels: Record<string, string>;
}

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; path: string };

type Json = unknown;

function localized(v: Json): Localized | undefined {
  return isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string'
    ? { zh: v.zh, en: v.en }
    : undefined;
}

function itemsOf(v: Json): Record<string, ItemMeta> | undefined | false {
  if (v === undefined) return undefined;
  if (!isRecord(v)) return false;
  const items: Record<string, ItemMeta> = {};
  for (const [key, entry] of Object.entries(v)) {
    const unit = isRecord(entry) ? localized(entry.unit) : undefined;
    const definition = isRecord(entry) ? localized(entry.definition) : undefined;
    if (!unit || !definition) return false;
    items[key] = { unit, definition };
  }
  return items;
}

/** What a manifest that does not describe the annotations says of them. */
const ANNOTATIONS_META: DatasetMeta = {
  title: { zh: '图表注释', en: 'Chart annotations' },
  unit: { zh: '', en: '' },
  definition: {
    zh: '标在图表上的事件与统计口径变化',
    en: 'Events and changes of definition marked on the charts',
  },
  sources: [],
};

/** Checks the shape of `datasets.json`; `path` names the first part that is wrong. */
export function parseManifest(json: Json): ManifestResult {
  if (!isRecord(json) || !isRecord(json.sources) || !isRecord(json.datasets))
    return { ok: false, path: '$' };
  const sources: Record<string, SourceCitation> = {};
  for (const [id, s] of Object.entries(json.sources)) {
    if (!isRecord(s)) return { ok: false, path: `sources.${id}` };
    const title = localized(s.title);
    const author = localized(s.author);
    const date = localized(s.date);
    if (!title || !author || !date) return { ok: false, path: `sources.${id}` };
    sources[id] = { title, author, date };
  }
  const datasets: Partial<Record<DatasetId, DatasetMeta>> = {};
  for (const id of DATASET_IDS) {
    const d = json.datasets[id];
    const path = `datasets.${id}`;
    if (d === undefined && OPTIONAL_DATASETS.includes(id)) {
      datasets[id] = ANNOTATIONS_META;
      continue;
    }
    if (!isRecord(d) || !Array.isArray(d.sources)) return { ok: false, path };
    const title = localized(d.title);
    const unit = localized(d.unit);
    const definition = localized(d.definition);
    const refs = d.sources.filter((s): s is string => typeof s === 'string' && s in sources);
    if (!title || !unit || !definition || refs.length !== d.sources.length)
      return { ok: false, path };
    const items = itemsOf(d.items);
    if (items === false) return { ok: false, path: `${path}.items` };
    datasets[id] = { title, unit, definition, sources: refs, ...(items ? { items } : {}) };
  }
  const labels: Record<string, string> = {};
  if (isRecord(json.labels)) {
    for (const [zh, en] of Object.entries(json.labels)) if (typeof en === 'string') labels[zh] = en;
  }
  return {
    ok: true,
    manifest: {
      version: typeof json.version === 'number' ? json.version : 1,
      sources,
      datasets: datasets as Record<DatasetId, DatasetMeta>,
      labels,
    },
  };
}
