import type { Lang } from '../core/manifest';
import type { PeriodLabel } from '../core/period';
import { LOCALES, translate } from './translate';

const periodFormats = new Map<string, Intl.DateTimeFormat>();

// Constructing an Intl formatter costs far more than formatting; a long period list formats thousands.
function periodFormat(lang: Lang, hasMonth: boolean, hasDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${hasMonth}|${hasDay}`;
  let format = periodFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      year: 'numeric',
      ...(hasMonth ? { month: 'long' } : {}),
      ...(hasDay ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    periodFormats.set(key, format);
  }
  return format;
}

/** "2021" → 2021年 / 2021; "2021-03" → 2021年3月 / March 2021; a full date adds the day. */
export function formatPeriod(period: string, lang: Lang): string {
  const [year, month, day] = period.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return period;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return periodFormat(lang, month !== undefined, day !== undefined).format(date);
}

/** A period label in words: "2021年" or "2022年，对比2021年" / "2022, compared with 2021". */
export function periodText(label: PeriodLabel, lang: Lang): string {
  const period = formatPeriod(label.period, lang);
  if (label.compareWith === undefined) return period;
  return translate(lang, 'ui.comparedWith', {
    period,
    previous: formatPeriod(label.compareWith, lang),
  });
}
