import type { Lang } from '../core/manifest';

/** Data text is written in Chinese; the manifest's `labels` give English where known. */
export function dataLabel(
  labels: Readonly<Record<string, string>>,
  lang: Lang,
  text: string,
): string {
  return lang === 'en' ? (labels[text] ?? text) : text;
}
