import { escapeHtml, LOCALES } from '../../i18n/format';
import type { TableData } from '../../core/table-data';
import { periodLabel } from '../../core/period';
import { asOfText } from '../../i18n/as-of';
import { revisedText } from '../../i18n/revised';
import { citationText } from '../../i18n/citations';
import { periodText } from '../../i18n/period-text';
import { translator } from '../../i18n/translate';
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

export function csvHref(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
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
  const figure = chart.empty
    ? ''
    : `<div class="chart" role="img" aria-label="${caption}">${drawingsHtml(drawings)}</div>`;
  const table = chart.empty
    ? ''
    : `<details class="table"><summary>${esc(t('ui.table.show'))}</summary>` +
      `<div class="table-scroll" role="region" tabindex="0" aria-label="${esc(t('embed.tableRegion', { title: model.title }))}">` +
      tableHtml(chart.table, `${model.title} · ${period}`) +
      '</div></details>';
  const fileName = `${model.id}-${model.period || 'data'}.csv`;
  return (
    `<main id="embed" class="embed" lang="${LOCALES[model.lang]}" data-theme="${model.theme}" ` +
    `data-title="${esc(pageTitle(model))}">` +
    `<h1>${esc(model.title)}</h1>` +
    `<p class="caption">${caption}</p>` +
    figure +
    '<dl class="facts">' +
    `<div><dt>${esc(t('ui.period'))}</dt><dd>${esc(period)}</dd></div>` +
    `<div><dt>${esc(t('ui.definition'))}</dt><dd>${esc(model.definition)}</dd></div>` +
    `<div><dt>${esc(t('ui.source'))}</dt><dd>${citations}</dd></div>` +
    '</dl>' +
    `<p class="as-of">${esc(asOfText({ kind: 'published' }, asOf.getTime(), model.lang, t))}</p>` +
    (model.revisedAt
      ? `<p class="revised">${esc(revisedText(model.revisedAt, model.lang, t))}</p>`
      : '') +
    `<p class="stale" role="status" hidden>${esc(t('embed.stale'))}</p>` +
    table +
    '<p class="actions">' +
    `<a class="button" download="${esc(fileName)}" href="${esc(csvHref(model.csv))}">${esc(t('embed.csv'))}</a>` +
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
