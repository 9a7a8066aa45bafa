import { compactSvg, renderSvg } from '../../charts/ssr-svg';
import { PALETTES } from '../../charts/theme';
import { periodLabel } from '../../core/period';
import { citationText } from '../../i18n/citations';
import { escapeHtml } from '../../i18n/format';
import { periodText } from '../../i18n/period-text';
import { translator } from '../../i18n/translate';
import type { EmbedModel } from './embed-model';

/** The size Open Graph and Twitter's large summary card both show without cropping. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Where the card's parts stand, in pixels. The chart is drawn smaller and scaled up by
 * `chartZoom`, so its labels read at a thumbnail's size.
 */
const BOX = { pad: 48, titlePx: 44, linePx: 24, chartTop: 192, chartHeight: 318, chartZoom: 1.5 };
const FOOT_TOP = BOX.chartTop + BOX.chartHeight + 38;
/** The card's own font, shipped with the renderer (card-png.ts), so no machine font is needed. */
export const CARD_FONT = 'Noto Sans SC';

export interface CardParts {
  title: string;
  caption: string;
  /** The chart as ECharts drew it for the card's chart box. */
  chartSvg: string;
  period: string;
  source: string;
  lang: 'zh' | 'en';
}

/** A CJK glyph is one em wide; Latin letters and digits about half that. */
function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.56;
  return w;
}

/** Lines of at most `maxEm`, the last cut with an ellipsis: SVG text does not wrap itself. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  // A run of Latin letters and digits ("6,327", "2021") is never cut in two.
  const tokens = text.match(/[A-Za-z0-9.,%+-]+|./gsu) ?? [];
  const lines: string[] = [''];
  for (const token of tokens) {
    const last = lines.length - 1;
    if (ems(lines[last] + token) <= maxEm) lines[last] += token;
    else if (lines.length < maxLines) lines.push(token.trimStart());
    else {
      lines[last] = `${Array.from(lines[last]!).slice(0, -1).join('')}…`;
      break;
    }
  }
  return lines;
}

function textLines(lines: string[], x: number, y: number, px: number, attrs: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * px * 1.3}" font-size="${px}" ${attrs}>${escapeHtml(line)}</text>`,
    )
    .join('');
}

/** The chart's own SVG, placed in the card's chart box. */
function placed(chartSvg: string): string {
  return compactSvg(chartSvg).replace(
    /^<svg /,
    `<svg x="${BOX.pad}" y="${BOX.chartTop}" width="${CARD_WIDTH - 2 * BOX.pad}" height="${BOX.chartHeight}" `,
  );
}

/** The 1200×630 image a shared link shows: title, caption, the chart, its period and source. */
export function cardSvg(parts: CardParts): string {
  const p = PALETTES.light;
  const t = translator(parts.lang);
  const maxEm = (px: number) => (CARD_WIDTH - 2 * BOX.pad) / px;
  const foot = `${t('ui.period')}：${parts.period}\u3000${t('ui.source')}：${parts.source}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" ` +
    `viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${CARD_FONT}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${p.background}"/>` +
    `<rect width="${CARD_WIDTH}" height="10" fill="${p.series}"/>` +
    textLines(
      wrapText(parts.title, maxEm(BOX.titlePx), 1),
      BOX.pad,
      BOX.pad + BOX.titlePx,
      BOX.titlePx,
      `font-weight="700" fill="${p.text}"`,
    ) +
    textLines(
      wrapText(parts.caption, maxEm(BOX.linePx), 2),
      BOX.pad,
      BOX.pad + BOX.titlePx + 44,
      BOX.linePx,
      `fill="${p.textMuted}"`,
    ) +
    placed(parts.chartSvg) +
    textLines(wrapText(foot, maxEm(20), 3), BOX.pad, FOOT_TOP, 20, `fill="${p.textMuted}"`) +
    '</svg>'
  );
}

/** The card of one embed's model (its language, light, the period it shows). */
export function embedCardSvg(model: EmbedModel, title = model.title): string {
  const chartSvg = renderSvg(
    model.chart.option,
    Math.round((CARD_WIDTH - 2 * BOX.pad) / BOX.chartZoom),
    Math.round(BOX.chartHeight / BOX.chartZoom),
    `card-${model.id}`,
  );
  return cardSvg({
    title,
    caption: model.chart.caption,
    chartSvg,
    period: periodText(
      periodLabel({ current: model.period, previous: model.previous }),
      model.lang,
    ),
    source: model.citations.map(citationText).join('；'),
    lang: model.lang,
  });
}

export interface SocialTags {
  title: string;
  description: string;
  /** The card's URL: absolute when the site's public URL is known, else relative to the page. */
  image: string;
  /** The page's own absolute URL, when known. */
  url?: string;
}

/** Open Graph and Twitter tags for a page's <head>. */
export function socialMeta(tags: SocialTags): string {
  const meta = (attr: 'property' | 'name', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', tags.title),
    meta('property', 'og:description', tags.description),
    meta('property', 'og:image', tags.image),
    meta('property', 'og:image:width', String(CARD_WIDTH)),
    meta('property', 'og:image:height', String(CARD_HEIGHT)),
    meta('property', 'og:image:alt', `${tags.title}: ${tags.description}`),
    ...(tags.url ? [meta('property', 'og:url', tags.url)] : []),
    meta('name', 'twitter:card', 'summary_large_image'),
  ].join('\n');
}

/**
 * Where a page links a site file: under the public URL when the site knows it (scrapers want
 * an absolute og:image), else relative to the page, `depth` folders below the site root.
 */
export function siteHref(path: string, publicUrl: string | undefined, depth: number): string {
  return publicUrl ? new URL(path, publicUrl).href : `${'../'.repeat(depth)}${path}`;
}
