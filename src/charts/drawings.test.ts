import { describe, expect, it } from 'vitest';
import { CHARTS, modelOf } from './chart-registry';
import { createChartContext } from './context';
import { DRAWING_WIDTHS, drawingCss, drawingKey, readDrawings } from './drawings';

function model(count: number, animation: boolean, lang: 'zh' | 'en' = 'zh') {
  const ctx = createChartContext({ lang, labels: {}, theme: 'light', animation });
  const view = CHARTS.services.view([{ period: '2021', item: '甲', count }], {
    current: '2021',
    previous: undefined,
  });
  return modelOf(CHARTS.services, view, ctx);
}

describe('drawingKey', () => {
  it('ignores animation, which changes nothing drawn', () => {
    expect(drawingKey(model(5, true))).toBe(drawingKey(model(5, false)));
  });

  it('changes with the data and the language', () => {
    expect(drawingKey(model(5, false))).not.toBe(drawingKey(model(6, false)));
    expect(drawingKey(model(5, false))).not.toBe(drawingKey(model(5, false, 'en')));
  });
});

describe('readDrawings', () => {
  it('reads each drawing the page carries by its chart id', () => {
    document.body.innerHTML =
      '<div data-drawings="crime" data-drawing-key="k1"><svg></svg></div><div data-drawings="x"></div>';
    const source = readDrawings(document.body);
    expect(source('crime', model(1, false))).toEqual({ key: 'k1', html: '<svg></svg>' });
    expect(source('x', model(1, false))).toBeUndefined();
    expect(source('patrol', model(1, false))).toBeUndefined();
  });
});

describe('drawingCss', () => {
  it('shows exactly one drawing at every width of box', () => {
    const css = drawingCss();
    const shown = (box: number) =>
      DRAWING_WIDTHS.filter((w, i) => {
        const from = i === 0 ? 0 : w;
        const to = DRAWING_WIDTHS[i + 1] ?? Infinity;
        return box >= from && box < to && css.includes(`.chart-drawing.w${w}{display:block}`);
      });
    for (const box of [200, 280, 301.5, 354, 558, 1000, 1166, 2000])
      expect(shown(box), String(box)).toHaveLength(1);
    expect(css.match(/\.chart-drawing\.w\d+\{display:block\}/g)).toHaveLength(
      DRAWING_WIDTHS.length,
    );
    expect(css).not.toContain('@media');
  });
});
