import type { CaseRow } from './types';

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

/** The case log newest first, as print, the wall and the PNG list it; unreadable dates last. */
export function newestFirst<R extends Pick<CaseRow, 'date'>>(rows: readonly R[]): R[] {
  const readable = (r: R) => parseCaseDate(r.date) !== undefined;
  return [...rows].sort(
    (a, b) => Number(readable(b)) - Number(readable(a)) || compareCaseDates(b.date, a.date),
  );
}

/** The first and last date of the log, or undefined when it has none that reads. */
export function dateRange(rows: readonly Pick<CaseRow, 'date'>[]): [string, string] | undefined {
  const sorted = newestFirst(rows).filter((r) => parseCaseDate(r.date));
  const [last, first] = [sorted[0], sorted.at(-1)];
  return last && first ? [first.date, last.date] : undefined;
}
