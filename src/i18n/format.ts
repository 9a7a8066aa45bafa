import type { Lang } from '../core/manifest';
import type { Approx } from '../core/types';
import { LOCALES, type Translate } from './translate';

export type Direction = 'rise' | 'fall' | 'flat';

/** What formatting needs: a chart context is one. */
export interface Formatters {
  t: Translate;
  lang: Lang;
  nf: Intl.NumberFormat;
  pf: Intl.NumberFormat;
}

// Re-exported: charts and features read them here, beside the number formats.
export { LOCALES } from './translate';
export { formatPeriod } from './period-text';

const numberFormatCache = new Map<Lang, { nf: Intl.NumberFormat; pf: Intl.NumberFormat }>();

/** Made once per language: every chart context asks, and each construction costs milliseconds. */
export function numberFormats(lang: Lang): { nf: Intl.NumberFormat; pf: Intl.NumberFormat } {
  let formats = numberFormatCache.get(lang);
  if (!formats) {
    formats = {
      nf: new Intl.NumberFormat(LOCALES[lang]),
      pf: new Intl.NumberFormat(LOCALES[lang], {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
    };
    numberFormatCache.set(lang, formats);
  }
  return formats;
}

/** 160 + at_least → 160余 / 160+; the source's qualifier is never dropped. */
export function formatApprox(value: number, approx: Approx, f: Formatters): string {
  const n = f.nf.format(value);
  if (approx === 'at_least') return f.t('chart.approx.atLeast', { n });
  if (approx === 'about') return f.t('chart.approx.about', { n });
  return n;
}

/** A figure with its unit: 160余名 in Chinese, "160+ officers" in English. */
export function withUnit(text: string, unit: string, lang: Lang): string {
  if (!unit || unit === '%') return text + unit;
  return lang === 'zh' ? text + unit : `${text} ${unit}`;
}

export function directionOf(value: number): Direction {
  return value > 0 ? 'rise' : value < 0 ? 'fall' : 'flat';
}

const ARROWS: Record<Direction, string> = { rise: '▲ +', fall: '▼ −', flat: '±' };

/** A signed change with its arrow, so a rise or fall never relies on colour: "▼ −7.2%". */
export function formatChange(value: number, f: Formatters, unit = '%'): string {
  const magnitude = unit === '%' ? f.pf.format(Math.abs(value)) : f.nf.format(Math.abs(value));
  return `${ARROWS[directionOf(value)]}${magnitude}${unit}`;
}

/** Absolute and relative change of a count: "▲ +20 (+11.1%)". */
export function formatCountChange(current: number, previous: number, f: Formatters): string {
  const abs = formatChange(current - previous, f, '');
  if (previous === 0) return abs;
  const rel = ((current - previous) / previous) * 100;
  const sign = rel > 0 ? '+' : rel < 0 ? '−' : '±';
  return `${abs} (${sign}${f.pf.format(Math.abs(rel))}%)`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Data text comes from files staff upload; tooltips are HTML, so it must be escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}
