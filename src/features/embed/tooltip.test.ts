import { describe, expect, it } from 'vitest';
import { nearestCategory } from './tooltip';

/** Bars as ECharts' SSR writes them, each with a fake box: [left, top, width, height]. */
function svgWith(bars: { index: number; box: [number, number, number, number] }[]) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const { index, box } of bars) {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('ecmeta_ssr_type', 'chart');
    path.setAttribute('ecmeta_data_index', String(index));
    path.getBoundingClientRect = () => new DOMRect(...box);
    svg.append(path);
  }
  return svg;
}

describe('nearestCategory', () => {
  it('picks the row for horizontal bars, however short the bar', () => {
    const svg = svgWith([
      { index: 0, box: [100, 10, 300, 16] },
      { index: 1, box: [100, 60, 2, 16] },
      { index: 2, box: [100, 110, 50, 16] },
    ]);
    expect(nearestCategory(svg, 390, 68)).toBe(1);
    expect(nearestCategory(svg, 390, 5)).toBe(0);
    expect(nearestCategory(svg, 10, 140)).toBe(2);
  });

  it('picks the column for vertical bars, joining the periods of one category', () => {
    const svg = svgWith([
      { index: 0, box: [40, 20, 20, 60] },
      { index: 0, box: [64, 20, 20, 90] },
      { index: 1, box: [240, 20, 20, 30] },
      { index: 1, box: [264, 20, 20, 170] },
    ]);
    expect(nearestCategory(svg, 90, 300)).toBe(0);
    expect(nearestCategory(svg, 200, 0)).toBe(1);
  });

  it('finds nothing in a chart without bars', () => {
    expect(nearestCategory(svgWith([]), 10, 10)).toBeUndefined();
  });
});
