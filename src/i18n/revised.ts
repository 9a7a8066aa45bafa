import type { Lang } from '../core/manifest';
import type { Revisions } from '../core/revisions';
import type { Translate } from './translate';

const DAY_LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** "修订于 2026年11月30日" / "Revised on 30 Nov 2026", the day in Beijing time like every other date. */
export function revisedText(iso: string, lang: Lang, t: Translate): string {
  const date = new Intl.DateTimeFormat(DAY_LOCALES[lang], {
    dateStyle: lang === 'zh' ? 'long' : 'medium',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
  return t('board.revised', { date });
}

/** The line for a dataset that was republished, shown only over the published figures. */
export function revisedLine(
  revisions: Revisions,
  id: keyof Revisions,
  published: boolean,
  lang: Lang,
  t: Translate,
): string | undefined {
  const at = revisions[id];
  return published && at !== undefined ? revisedText(at, lang, t) : undefined;
}
