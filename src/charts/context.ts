import type { Lang } from '../core/manifest';
import { dataLabel } from '../i18n/data-label';
import { translator } from '../i18n/translate';
import { numberFormats, type Formatters } from '../i18n/format';
import { PALETTES, type Palette, type ThemeName } from './theme';

export interface ChartContext extends Formatters {
  palette: Palette;
  /** Data text in the current language (manifest labels for English). */
  labelOf: (text: string) => string;
  animation: boolean;
  /** How much larger than the builders' own pixel sizes to draw text, bars and gaps. */
  scale: number;
  /** Decal patterns on the marks, so series differ without colour (print, high contrast). */
  patterns: boolean;
}

/** A builder's length in pixels, grown by the context's scale. */
export function scaled(ctx: Pick<ChartContext, 'scale'>, px: number): number {
  return ctx.scale === 1 ? px : Math.round(px * ctx.scale * 10) / 10;
}

export function createChartContext(options: {
  lang: Lang;
  labels: Readonly<Record<string, string>>;
  theme?: ThemeName;
  animation?: boolean;
  scale?: number;
  patterns?: boolean;
}): ChartContext {
  const { lang, labels } = options;
  return {
    t: translator(lang),
    lang,
    ...numberFormats(lang),
    palette: PALETTES[options.theme ?? 'light'],
    labelOf: (text) => dataLabel(labels, lang, text),
    animation: options.animation ?? false,
    scale: options.scale ?? 1,
    patterns: options.patterns ?? false,
  };
}
