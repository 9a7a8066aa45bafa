import type { Lang } from '../../core/manifest';

/** A case date as the source gives it: a whole month, or a day when the source names one. */
export interface CaseDate {
  year: number;
  month: number;
  day?: number;
}

const PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function parseCaseDate(text: string): CaseDate | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return m[3] === undefined ? { year, month } : { year, month, day: Number(m[3]) };
}

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withDay}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      year: 'numeric',
      month: lang === 'zh' ? 'long' : 'short',
      ...(withDay ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

/** zh "2022年1月" / "2021年11月12日", en "Jan 2022" / "12 Nov 2021"; a month never gains a day. */
export function formatCaseDate(text: string, lang: Lang): string {
  const date = parseCaseDate(text);
  if (!date) return text;
  const withDay = date.day !== undefined;
  return formatter(lang, withDay).format(Date.UTC(date.year, date.month - 1, date.day ?? 1));
}

/**
 * Orders by year, then month, then day. A month-only date sorts before the
 * dated days of that month: it is the coarser fact, and it keeps ties stable.
 * Unparseable text goes last.
 */
export function compareCaseDates(a: string, b: string): number {
  const da = parseCaseDate(a);
  const db = parseCaseDate(b);
  if (!da || !db) return (da ? 0 : 1) - (db ? 0 : 1);
  return da.year - db.year || da.month - db.month || (da.day ?? 0) - (db.day ?? 0);
}
