import { CHART_IDS, CHARTS, type ChartId } from '../charts/chart-registry';
import { folderIssues, readDataFolder, readerOf, type DataFolder } from '../core/data-folder';
import type { Manifest } from '../core/manifest';
import type { Revisions } from '../core/revisions';
import type { DataFile, IssueText, RenderOutcome, SiteFile } from '../core/site-files';
import type { Dataset, DatasetId } from '../core/types';
import { dataVersion } from '../features/embed/embed-data';
import { assemblePage, linkedStylesheets } from '../features/embed/embed-page';
import { prerenderChart, type PrerenderedChart } from '../features/embed/prerender';
import { embedCardSvg, siteHref, socialMeta } from '../features/embed/social-card';
import { hash53 } from '../core/fingerprint';
import { formatIssue } from '../i18n/format-issue';
import { translator } from '../i18n/translate';
import { embedPath } from '../store/url-state';
import { cardPngs } from './card-png';
import { initialDataOf } from './initial-data';
import { assembleDashboard, renderDashboard } from './prerender';

/** What rendering needs besides the data: the built pages with their stylesheets' text. */
export interface Templates {
  board: { html: string; css: string };
  embed: { html: string; css: string };
}

const zh = translator('zh');
const en = translator('en');

function texts(folder: DataFolder, severity: 'error' | 'warning'): IssueText[] {
  return folderIssues(folder)
    .filter(({ issue }) => issue.severity === severity)
    .map(({ file, issue }) => ({
      file,
      text: { zh: formatIssue(issue, zh), en: formatIssue(issue, en) },
    }));
}

interface Ready {
  manifest: Manifest;
  manifestHash: string;
  datasets: Record<DatasetId, { dataset: Dataset; hash: string }>;
}

function ready(folder: DataFolder): Ready | undefined {
  const m = folder.manifest;
  if (m?.status !== 'ready') return undefined;
  const datasets: Partial<Ready['datasets']> = {};
  for (const id of CHART_IDS.map((c) => CHARTS[c].dataset)) {
    const d = folder.datasets[id];
    if (d?.status !== 'ready') return undefined;
    datasets[id] = { dataset: d.dataset, hash: d.hash };
  }
  return { manifest: m.manifest, manifestHash: m.hash, datasets: datasets as Ready['datasets'] };
}

export interface RenderOptions {
  /** The site's public URL (https://host/path/): og:image and og:url are then absolute. */
  publicUrl?: string;
  /** false: no social cards (the bench's baseline). */
  cards?: boolean;
}

type Drawn = PrerenderedChart & { id: ChartId };

/** A card's file and the link to it, which changes whenever its picture does. */
function card(name: string, svg: string, publicUrl: string | undefined, depth: number) {
  const path = `cards/${name}.png`;
  return { path, svg, href: siteHref(`${path}?v=${hash53(svg)}`, publicUrl, depth) };
}
type Card = ReturnType<typeof card>;

function embedPages(
  charts: Drawn[],
  cards: Map<string, Card>,
  template: Templates['embed'],
  publicUrl: string | undefined,
): SiteFile[] {
  return charts.flatMap(({ id, page, variants }) => {
    const image = cards.get(id)?.href;
    const social = image
      ? socialMeta({
          title: page.title,
          description: page.model.chart.caption,
          image,
          url: publicUrl && siteHref(embedPath(id), publicUrl, 0),
        })
      : undefined;
    const html = assemblePage(template.html, {
      lang: 'zh-CN',
      theme: page.model.theme,
      title: page.title,
      description: page.model.chart.caption,
      css: template.css,
      body: page.body,
      social,
    });
    return [
      { path: embedPath(id), body: html },
      ...variants.map((v) => ({ path: `embed/${v.path}`, body: v.html })),
    ];
  });
}

function boardSocial(template: string, image: string | undefined, publicUrl: string | undefined) {
  const text = (re: RegExp) => re.exec(template)?.[1]?.trim() ?? '';
  if (!image) return undefined;
  return socialMeta({
    title: text(/<title>([\s\S]*?)<\/title>/),
    description: text(/<meta\s+name="description"\s+content="([^"]*)"/),
    image,
    url: publicUrl,
  });
}

/**
 * The whole data-made part of the site from data/: read once through the core loader, then the
 * board and every embed page. Refused, with every issue in zh and en, when a file has an error.
 */
export async function renderSite(
  files: DataFile[],
  now: Date,
  templates: Templates,
  options: RenderOptions = {},
): Promise<RenderOutcome> {
  let start = performance.now();
  const lap = () => {
    const end = performance.now();
    const ms = Math.round((end - start) * 10) / 10;
    start = end;
    return ms;
  };
  const folder = await readDataFolder(readerOf(files));
  const issues = texts(folder, 'error');
  const data = ready(folder);
  if (issues.length > 0 || !data) return { ok: false, issues };
  const load = lap();
  const { publicUrl, cards: withCards = true } = options;
  const revisions: Revisions = folder.revisions?.revisions ?? {};
  const notes = folder.datasets.annotations;
  const annotations =
    notes?.status === 'ready' && notes.dataset.id === 'annotations' ? notes.dataset.rows : [];
  const charts: Drawn[] = CHART_IDS.map((id) => {
    const { dataset, hash } = data.datasets[CHARTS[id].dataset];
    const version = dataVersion(data.manifestHash, hash);
    const revisedAt = revisions[dataset.id];
    return {
      id,
      ...prerenderChart(id, dataset, data.manifest, now, { version, revisedAt, annotations }),
    };
  });
  let embedsMs = lap();
  const first = charts[0]!.page.model;
  const cards = new Map<string, Card>(
    withCards
      ? [
          ['board', card('board', embedCardSvg(first, zh('app.title')), publicUrl, 0)],
          ...charts.map(({ id, page }): [string, Card] => [
            id,
            card(id, embedCardSvg(page.model), publicUrl, 1),
          ]),
        ]
      : [],
  );
  let cardsMs = lap();
  // Rasterised on libuv's threads while this one renders the board.
  const drawn = Array.from(cards.values());
  const pngs = cardPngs(drawn.map((c) => c.svg)).then((bodies) =>
    bodies.map((body, i) => ({ path: drawn[i]!.path, body })),
  );
  const initial = initialDataOf(folder, now.getTime());
  const board = assembleDashboard(templates.board.html, {
    html: await renderDashboard(initial),
    css: templates.board.css,
    data: initial,
    social: boardSocial(templates.board.html, cards.get('board')?.href, publicUrl),
  });
  const boardMs = lap();
  const embeds = embedPages(charts, cards, templates.embed, publicUrl);
  embedsMs += lap();
  const cardFiles = await pngs;
  cardsMs += lap();
  return {
    ok: true,
    files: [
      { path: 'index.html', body: board },
      ...embeds,
      ...cardFiles,
      ...files.map((f) => ({ path: `data/${f.name}`, body: f.bytes })),
    ],
    timings: { load, board: boardMs, embeds: embedsMs, cards: cardsMs },
    warnings: texts(folder, 'warning'),
  };
}

export const BOARD_TEMPLATE = 'index.html';
export const EMBED_TEMPLATE = 'embed/chart.html';

/** The built pages and their stylesheets' text, by path relative to the site root. */
export function loadTemplates(read: (path: string) => string): Templates {
  const board = read(BOARD_TEMPLATE);
  const embed = read(EMBED_TEMPLATE);
  const css = (hrefs: string[], dir: string) =>
    hrefs.map((href) => read(new URL(href, `https://site/${dir}`).pathname.slice(1))).join('\n');
  return {
    board: { html: board, css: css(linkedStylesheets(board), '') },
    embed: { html: embed, css: css(linkedStylesheets(embed), 'embed/') },
  };
}
