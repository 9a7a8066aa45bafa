import { describe, expect, it } from 'vitest';
import { CHARTS, modelOf } from './chart-registry';
import { createChartContext } from './context';
import { compactSvg, labelSvg, renderSvg } from './ssr-svg';
import { FONT_FAMILY } from './theme';

const ctx = createChartContext({ lang: 'zh', labels: {}, theme: 'light' });
const view = CHARTS.services.view(
  [
    { period: '2021', item: '甲 <b>"x"</b>', count: 1234 },
    { period: '2021', item: '乙', count: 56 },
  ],
  { current: '2021', previous: undefined },
);
const full = renderSvg(modelOf(CHARTS.services, view, ctx).option, 360, 200, 'a');
const compact = compactSvg(full);

describe('compactSvg', () => {
  it('is much smaller and still a well-formed SVG on its own, with the same texts', () => {
    expect(compact.length).toBeLessThan(full.length * 0.7);
    const doc = new DOMParser().parseFromString(compact, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = (svg: string) =>
      Array.from(
        new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text'),
        (t) => t.textContent,
      );
    expect(texts(compact)).toEqual(texts(full));
    expect(texts(compact)).toContain('1,234');
  });

  it('says the font once, on the root, and keeps what places each text', () => {
    const root = new DOMParser().parseFromString(compact, 'image/svg+xml').documentElement;
    expect(root.getAttribute('font-family')).toBe(FONT_FAMILY.replaceAll('"', "'"));
    for (const text of root.querySelectorAll('text')) {
      expect(text.getAttribute('style') ?? '').not.toContain('font-family');
      expect(text.getAttribute('dominant-baseline')).toBe('central');
    }
    expect(compact).not.toMatch(/ecmeta_|<style|class="/);
  });
});

describe('labelSvg', () => {
  it('puts the caption in <title> and the marks in <desc>, escaped', () => {
    const svg = labelSvg('<svg viewBox="0 0 1 1"><rect/></svg>', { title: 'a<b', desc: '"x" & y' });
    expect(svg).toBe(
      '<svg viewBox="0 0 1 1"><title>a&lt;b</title><desc>&quot;x&quot; &amp; y</desc><rect/></svg>',
    );
  });
});
