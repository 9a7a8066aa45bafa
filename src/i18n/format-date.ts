import { parseCaseDate } from '../core/case-date';
import type { Lang } from '../core/manifest';
import { LOCALES } from './translate';

/** Case dates: zh "2022年1月", en "Jan 2022" (day before month, as the table has always read). */
const DATE_LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

// Constructing an Intl formatter costs far more than formatting with it.
const formats = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/**
 * A case date, the same text in the table, on paper, on the wall and in the PNG:
 * zh "2022年1月" / "2021年11月12日", en "Jan 2022" / "12 Nov 2021"; a month never gains a day.
 */
export function formatCaseDate(text: string, lang: Lang): string {
  const date = parseCaseDate(text);
  if (!date) return text;
  const withDay = date.day !== undefined;
  const format = cached(`date:${lang}:${withDay}`, () => {
    return new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      year: 'numeric',
      month: lang === 'zh' ? 'long' : 'short',
      ...(withDay ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    });
  });
  return format.format(Date.UTC(date.year, date.month - 1, date.day ?? 1));
}

/**
 * A date and time as the reader's locale writes it, in Beijing time as the embeds give it:
 * the build and every reader's browser then write the same text, whatever their time zone.
 */
export function formatTime(time: number, lang: Lang): string {
  const format = cached(
    `time:${lang}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Asia/Shanghai',
      }),
  );
  return format.format(new Date(time));
}
