import type { Lang, Manifest } from '../core/manifest';
import type { DatasetId } from '../core/types';

export interface Citation {
  title: string;
  author: string;
  date: string;
}

/** A dataset's sources in one language, in the manifest's order. */
export function citationsOf(manifest: Manifest, id: DatasetId, lang: Lang): Citation[] {
  return manifest.datasets[id].sources.flatMap((ref) => {
    const s = manifest.sources[ref];
    return s ? [{ title: s.title[lang], author: s.author[lang], date: s.date[lang] }] : [];
  });
}

/** "Title · Author · Date": one source as a panel, an embed and the PNG write it. */
export function citationText(c: Citation): string {
  return `${c.title} · ${c.author} · ${c.date}`;
}

/** The wall's short form, title and date only: a room reads it from metres away. */
export function shortCitations(citations: readonly Citation[], lang: Lang): string {
  return citations
    .map((c) => (lang === 'zh' ? `${c.title}（${c.date}）` : `${c.title} (${c.date})`))
    .join(lang === 'zh' ? '；' : '; ');
}
