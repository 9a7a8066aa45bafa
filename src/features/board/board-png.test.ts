import { describe, expect, it } from 'vitest';
import { recordingCtx } from '../../../tests/helpers/recording-ctx';
import { CHARTS, modelOf } from '../../charts/chart-registry';
import { createChartContext } from '../../charts/context';
import { crimeCards, indicatorCards, patrolCards } from '../../charts/kpi-model';
import { PALETTES } from '../../charts/theme';
import type { Lang } from '../../core/manifest';
import {
  selectCrimeView,
  selectIndicatorsView,
  selectLabels,
  selectPatrolView,
  selectServicesView,
} from '../../store/selectors';
import { seedStore } from '../../../tests/helpers/test-store';
import { boardModel } from './board-model';
import { boardBlocks } from './board-png';

const squash = (s: string) => s.replace(/\s+/g, '');

function draw(lang: Lang) {
  const store = seedStore();
  store.getState().setLang(lang);
  const app = store.getState();
  const ctx = createChartContext({ lang, labels: selectLabels(app), theme: 'light' });
  const model = boardModel(app, ctx);
  const rec = recordingCtx();
  const images = model.panels.map(() => ({}) as CanvasImageSource);
  boardBlocks(rec.ctx, model, images, PALETTES.light, lang).draw(rec.ctx, 0, 0);
  return {
    app,
    ctx,
    model,
    texts: rec.texts,
    images: rec.images,
    drawn: squash(rec.texts.map((t) => t.text).join('')),
  };
}

describe.each(['zh', 'en'] as const)('the board PNG (%s)', (lang) => {
  it('draws the KPI cards the page builds from the same views, every figure of the data', () => {
    const { app, ctx, model, drawn } = draw(lang);
    expect(model.cards).toEqual([
      ...crimeCards(ready(selectCrimeView(app)), ctx),
      ...patrolCards(ready(selectPatrolView(app)), ctx),
      ...indicatorCards(ready(selectIndicatorsView(app)), ctx),
    ]);
    for (const card of model.cards) {
      expect(drawn).toContain(squash(card.label));
      expect(drawn).toContain(squash(card.value + card.unit));
      for (const note of card.notes) expect(drawn).toContain(squash(note.text));
    }
    // Figures from the data itself: every indicator's value, as the locale writes it.
    const indicators = app.datasets.indicators;
    if (indicators.status !== 'ready' || indicators.dataset.id !== 'indicators') throw new Error();
    const current = ready(selectIndicatorsView(app)).periods.current;
    for (const row of indicators.dataset.rows.filter((r) => r.period === current))
      expect(drawn).toContain(ctx.nf.format(row.value));
  });

  it('draws each chart from its option at the board width, with caption, source and definition', () => {
    const { app, ctx, model, drawn, images } = draw(lang);
    const services = modelOf(CHARTS.services, ready(selectServicesView(app)), ctx);
    expect(model.panels.map((p) => p.id)).toEqual(['services', 'crime', 'patrol']);
    // Its formatters are fresh functions each build; everything else is the same option.
    expect(JSON.stringify(model.panels[0]!.chart.option)).toBe(JSON.stringify(services.option));
    expect(images.map((i) => [i.width, i.height])).toEqual(
      model.panels.map((p) => [1200, p.chart.height]),
    );
    const manifest = app.manifest.status === 'ready' ? app.manifest.manifest : undefined;
    for (const panel of model.panels) {
      expect(drawn).toContain(squash(panel.chart.caption));
      const meta = manifest!.datasets[panel.id];
      expect(drawn).toContain(squash(meta.definition[lang]));
      for (const ref of meta.sources)
        expect(drawn).toContain(squash(manifest!.sources[ref]!.title[lang]));
    }
  });

  it('lists every case, newest first, and ends with the sources and the footer', () => {
    const { app, model, drawn } = draw(lang);
    const cases = app.datasets.cases;
    if (cases.status !== 'ready') throw new Error();
    expect(model.cases?.lines).toHaveLength(cases.dataset.rows.length);
    let at = -1;
    for (const line of model.cases!.lines) {
      const next = drawn.indexOf(squash(line), at + 1);
      expect(next, line).toBeGreaterThan(at);
      at = next;
    }
    expect(drawn.indexOf(squash(model.sources.heading))).toBeGreaterThan(at);
    expect(drawn.endsWith(squash(model.footer))).toBe(true);
  });
});

function ready<V>(s: { status: string; view?: V }): V {
  if (s.status !== 'ready' || !s.view) throw new Error('not loaded');
  return s.view;
}
