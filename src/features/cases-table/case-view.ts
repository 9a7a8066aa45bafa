import type { Lang } from '../../core/manifest';
import type { CaseRow } from '../../core/types';
import { dataLabel } from '../../i18n/data-label';
import { formatCaseDate } from '../../i18n/format-date';

export const TEXT_FIELDS = ['station', 'category', 'summary', 'outcome'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Data text as shown; `lang` is set only when it is not in the UI language (no English label yet). */
export interface ShownText {
  text: string;
  lang?: 'zh-CN';
}

/** One case as the table shows it in one language. */
export interface CaseView {
  source: CaseRow;
  dateText: string;
  shown: Record<TextField, ShownText>;
  /** Lower-cased Chinese and English of each text field, for the text filter. */
  haystack: Record<TextField, string>;
}

function shownText(labels: Readonly<Record<string, string>>, lang: Lang, zh: string): ShownText {
  const text = dataLabel(labels, lang, zh);
  return lang === 'en' && text === zh && /\p{Script=Han}/u.test(zh)
    ? { text, lang: 'zh-CN' }
    : { text };
}

export function toCaseViews(
  rows: readonly CaseRow[],
  labels: Readonly<Record<string, string>>,
  lang: Lang,
): CaseView[] {
  return rows.map((source) => {
    const shown = {} as Record<TextField, ShownText>;
    const haystack = {} as Record<TextField, string>;
    for (const field of TEXT_FIELDS) {
      const zh = source[field];
      shown[field] = shownText(labels, lang, zh);
      haystack[field] = `${zh}\n${labels[zh] ?? ''}`.toLowerCase();
    }
    return { source, dateText: formatCaseDate(source.date, lang), shown, haystack };
  });
}

/** The filter matches the shown text and the Chinese original, whatever the UI language. */
export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase();
}

export function isTextField(id: string): id is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(id);
}

/** Stations in the order the current language sorts them, each once. */
export function stationOptions(
  rows: readonly CaseRow[],
  labels: Readonly<Record<string, string>>,
  lang: Lang,
): { value: string; label: string }[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  return [...new Set(rows.map((r) => r.station))]
    .map((value) => ({ value, label: dataLabel(labels, lang, value) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
