import { escapeHtml, LOCALES } from '../../i18n/format';
import type { TableData } from '../../core/table-data';
import { periodLabel } from '../../core/period';
import { asOfText } from '../../i18n/as-of';
import { revisedText } from '../../i18n/revised';
import { citationText } from '../../i18n/citations';
import { periodText } from '../../i18n/period-text';
import { translator, type Translate } from '../../i18n/translate';
import type { FigureCard } from '../../charts/figure-cards';
import { dashboardHref } from '../../store/url-state';
import type { EmbedModel } from './embed-model';
import type { EmbedState } from './embed-state';
import type { Drawing } from './render-svg';

const esc = escapeHtml;

/** The JSON inside <script type="application/json">: "<" escaped so no "</script>" can close it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function stateOf(model: EmbedModel): EmbedState {
  return {
    id: model.id,
    dataset: model.dataset,
    lang: model.lang,
    theme: model.theme,
    period: model.period,
    periods: model.periods,
    hash: model.hash,
  };
}

function tableHtml(table: TableData, caption: string): string {
  const align = (i: number) => (table.numeric[i] ? ' class="num"' : '');
  const head = table.head.map((h, i) => `<th scope="col"${align(i)}>${esc(h)}</th>`).join('');
  const rows = table.rows
    .map(
      (row) =>
        '<tr>' +
        row
          .map((cell, i) =>
            i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td${align(i)}>${esc(cell)}</td>`,
          )
          .join('') +
        '</tr>',
    )
    .join('');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function drawingsHtml(drawings: Drawing[]): string {
  return drawings.map((d) => `<div class="drawing w${d.width}">${d.svg}</div>`).join('');
}

export function fileHref(text: string, type = 'text/csv;charset=utf-8'): string {
  return `data:${type},${encodeURIComponent(text)}`;
}

function figuresHtml(cards: FigureCard[], t: Translate): string {
  const items = cards
    .map(
      (c) =>
        `<li class="figure-card" data-figure="${esc(c.key)}">` +
        `<p class="figure-label">${esc(c.label)}</p>` +
        `<p class="figure-value">${esc(c.value)}` +
        (c.unit ? `<span class="figure-unit">${c.spaced ? ' ' : ''}${esc(c.unit)}</span>` : '') +
        (c.previous ? `<span class="figure-previous">${esc(c.previous)}</span>` : '') +
        '</p>' +
        (c.qualifier ? `<p class="figure-note">${esc(c.qualifier)}</p>` : '') +
        (c.definition
          ? `<p class="figure-note">${esc(t('figure.definition', { text: c.definition }))}</p>`
          : '') +
        `<p class="figure-period">${esc(c.period)}</p></li>`,
    )
    .join('');
  return `<ul class="figure-cards" aria-label="${esc(t('figure.list'))}">${items}</ul>`;
}

/** The annotations marked ① ② on the chart, spelled out among the facts under it. */
function notesHtml({ chart }: EmbedModel, t: Translate): string {
  if (chart.notes.length === 0) return '';
  const items = chart.notes
    .map(
      (n) => `<li data-note=""><span aria-hidden="true">${esc(n.mark)}</span> ${esc(n.text)}</li>`,
    )
    .join('');
  return `<div class="notes"><dt>${esc(t('chart.note.heading'))}</dt><dd><ul>${items}</ul></dd></div>`;
}

function dataHtml(model: EmbedModel, t: Translate): string {
  const { files, whole, manifest } = model.data;
  const links = files
    .map(
      (f) =>
        `<li><a download="${esc(f.name)}" href="${esc(fileHref(f.text, f.type))}">${esc(f.label)}</a></li>`,
    )
    .join('');
  return (
    `<details class="get-data" data-get-data=""><summary>${esc(t('data.get'))}</summary><ul>${links}` +
    `<li><a href="${esc(whole.href)}" download="${esc(whole.file)}">${esc(t('data.whole', { file: whole.file }))}</a></li>` +
    `<li><a href="${esc(manifest.href)}" data-manifest-key="${esc(manifest.key)}">` +
    `${esc(t('data.manifest', { file: manifest.file, key: manifest.key }))}</a></li></ul></details>`
  );
}

/**
 * The whole embed as HTML, from the model and its drawings: what the page shows before any
 * script runs, and what a redraw puts back. Every text is escaped here.
 */
export function embedMarkup(model: EmbedModel, drawings: Drawing[], asOf: Date): string {
  const t = translator(model.lang);
  const { chart } = model;
  const caption = esc(chart.caption);
  const period = periodText(
    periodLabel({ current: model.period, previous: model.previous }),
    model.lang,
  );
  const dashboard = dashboardHref({
    lang: model.lang,
    theme: model.theme,
    period: model.period || undefined,
  });
  const citations = model.citations
    .map((c) => `<span class="citation">${esc(citationText(c))}</span>`)
    .join('');
  const figure =
    (chart.compares
      ? `<div class="chart" role="img" aria-label="${caption}">${drawingsHtml(drawings)}</div>`
      : '') + (chart.figures.length ? figuresHtml(chart.figures, t) : '');
  const table = !chart.compares
    ? ''
    : `<details class="table"><summary>${esc(t('ui.table.show'))}</summary>` +
      `<div class="table-scroll" role="region" tabindex="0" aria-label="${esc(t('embed.tableRegion', { title: model.title }))}">` +
      tableHtml(chart.table, `${model.title} · ${period}`) +
      '</div></details>';
  return (
    `<main id="embed" class="embed" lang="${LOCALES[model.lang]}" data-theme="${model.theme}" ` +
    `data-title="${esc(pageTitle(model))}">` +
    `<h1>${esc(model.title)}</h1>` +
    `<p class="caption">${caption}</p>` +
    figure +
    '<dl class="facts">' +
    `<div class="period"><dt>${esc(t('ui.period'))}</dt><dd>${esc(period)}</dd></div>` +
    `<div class="definition"><dt>${esc(t('ui.definition'))}</dt><dd>${esc(model.definition)}</dd></div>` +
    `<div class="source"><dt>${esc(t('ui.source'))}</dt><dd>${citations}</dd></div>` +
    notesHtml(model, t) +
    '</dl>' +
    `<p class="as-of">${esc(asOfText({ kind: 'published' }, asOf.getTime(), model.lang, t))}</p>` +
    (model.revisedAt
      ? `<p class="revised">${esc(revisedText(model.revisedAt, model.lang, t))}</p>`
      : '') +
    `<p class="stale" role="status" hidden>${esc(t('embed.stale'))}</p>` +
    table +
    dataHtml(model, t) +
    '<p class="actions">' +
    `<button type="button" class="button" data-png hidden>${esc(t('embed.png'))}</button>` +
    `<a class="dashboard" href="${esc(dashboard)}" target="_blank" rel="noopener">${esc(t('embed.dashboard'))}` +
    `<span class="visually-hidden">${esc(t('embed.newWindow'))}</span></a>` +
    '</p>' +
    `<script type="application/json" class="embed-state">${scriptJson(stateOf(model))}</script>` +
    '</main>'
  );
}

export function pageTitle(model: EmbedModel): string {
  return translator(model.lang)('embed.frameTitle', { title: model.title });
}
