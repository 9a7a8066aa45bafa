import type { ChartId } from '../../charts/chart-registry';
import type { ThemeName } from '../../charts/theme';
import type { Lang, Manifest } from '../../core/manifest';
import type { AnnotationRow, Dataset } from '../../core/types';
import { embedMarkup, pageTitle } from './embed-markup';
import { buildEmbedModel, type EmbedModel } from './embed-model';
import { variantPath } from './embed-state';
import { renderDrawings } from './render-svg';
import { svgLabelOf } from '../../charts/mark-summaries';

export const LANGS: readonly Lang[] = ['zh', 'en'];
export const THEMES: readonly ThemeName[] = ['light', 'dark'];

export interface Rendered {
  model: EmbedModel;
  /** The page's <main>, ready to put into the template's <body>. */
  body: string;
  title: string;
}

export interface PrerenderedChart {
  /** embed/<id>.html: Chinese, light, the latest period. */
  page: Rendered;
  /** Every language × theme × period, for the page's script to swap in. */
  variants: { path: string; html: string }[];
}

/** What a publish knows beyond the dataset: its files' hashes, its last revision, its notes. */
export interface EmbedExtras {
  /** The byte hashes of its files, so the page's fetch knows them without parsing (fetch-data.ts). */
  version?: string;
  revisedAt?: string;
  annotations?: readonly AnnotationRow[];
}

export function renderEmbed(
  id: ChartId,
  dataset: Dataset,
  manifest: Manifest,
  params: { lang: Lang; theme: ThemeName; period: string | undefined },
  asOf: Date,
  extras: EmbedExtras = {},
): Rendered {
  const { version, revisedAt, annotations } = extras;
  const built = buildEmbedModel(id, dataset, manifest, params, annotations);
  if (!built) throw new Error(`${dataset.id} is not the dataset of chart ${id}`);
  const model = {
    ...built,
    ...(version !== undefined && { hash: version }),
    ...(revisedAt !== undefined && { revisedAt }),
  };
  const drawings = model.chart.compares
    ? renderDrawings(model.chart.option, model.chart.height, id, svgLabelOf(model.chart))
    : [];
  return { model, body: embedMarkup(model, drawings, asOf), title: pageTitle(model) };
}

export function prerenderChart(
  id: ChartId,
  dataset: Dataset,
  manifest: Manifest,
  asOf: Date,
  extras: EmbedExtras = {},
): PrerenderedChart {
  const render = (params: { lang: Lang; theme: ThemeName; period: string | undefined }) =>
    renderEmbed(id, dataset, manifest, params, asOf, extras);
  const page = render({ lang: 'zh', theme: 'light', period: undefined });
  const periods = page.model.periods.length > 0 ? page.model.periods : [page.model.period];
  const variants = periods.flatMap((period) =>
    LANGS.flatMap((lang) =>
      THEMES.map((theme) => ({
        path: variantPath(id, lang, theme, period),
        html:
          lang === 'zh' && theme === 'light' && period === page.model.period
            ? page.body
            : render({ lang, theme, period }).body,
      })),
    ),
  );
  return { page, variants };
}
