import type { ChartId } from '../../charts/chart-registry';
import type { ThemeName } from '../../charts/theme';
import type { Lang, Manifest } from '../../core/manifest';
import type { Dataset } from '../../core/types';
import { embedMarkup, pageTitle } from './embed-markup';
import { buildEmbedModel, type EmbedModel } from './embed-model';
import { variantPath } from './embed-state';
import { renderDrawings } from './render-svg';

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

export function renderEmbed(
  id: ChartId,
  dataset: Dataset,
  manifest: Manifest,
  params: { lang: Lang; theme: ThemeName; period: string | undefined },
  asOf: Date,
  version?: string,
  revisedAt?: string,
): Rendered {
  const built = buildEmbedModel(id, dataset, manifest, params);
  if (!built) throw new Error(`${dataset.id} is not the dataset of chart ${id}`);
  // The byte hashes of its files, so the page's fetch knows them without parsing (fetch-data.ts).
  const model = {
    ...built,
    ...(version !== undefined && { hash: version }),
    ...(revisedAt !== undefined && { revisedAt }),
  };
  const drawings = model.chart.empty
    ? []
    : renderDrawings(model.chart.option, model.chart.height, id);
  return { model, body: embedMarkup(model, drawings, asOf), title: pageTitle(model) };
}

export function prerenderChart(
  id: ChartId,
  dataset: Dataset,
  manifest: Manifest,
  asOf: Date,
  version?: string,
  revisedAt?: string,
): PrerenderedChart {
  const page = renderEmbed(
    id,
    dataset,
    manifest,
    { lang: 'zh', theme: 'light', period: undefined },
    asOf,
    version,
    revisedAt,
  );
  const periods = page.model.periods.length > 0 ? page.model.periods : [page.model.period];
  const variants = periods.flatMap((period) =>
    LANGS.flatMap((lang) =>
      THEMES.map((theme) => ({
        path: variantPath(id, lang, theme, period),
        html:
          lang === 'zh' && theme === 'light' && period === page.model.period
            ? page.body
            : renderEmbed(id, dataset, manifest, { lang, theme, period }, asOf, version, revisedAt)
                .body,
      })),
    ),
  );
  return { page, variants };
}
