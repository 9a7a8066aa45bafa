import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../charts/chart-registry';
import { createChartContext } from '../../charts/context';
import { FONT_FAMILY } from '../../charts/theme';
import { cleanSvg, renderDrawings, renderSvg } from './render-svg';

const ctx = createChartContext({ lang: 'zh', labels: {}, theme: 'light' });
const view = CHARTS.services.view(
  [
    { period: '2021', item: '甲 <b>"x"</b>', count: 1234 },
    { period: '2021', item: '乙', count: 56 },
  ],
  { current: '2021', previous: undefined },
);
const option = CHARTS.services.build(view, ctx);

function parseSvg(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('renderSvg', () => {
  it('draws a well-formed SVG whose style attributes keep the whole font stack', () => {
    const svg = renderSvg(option, 360, 200, 'a');
    const doc = parseSvg(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const styled = Array.from(doc.querySelectorAll('text'), (t) => t.getAttribute('style') ?? '');
    expect(styled.length).toBeGreaterThan(0);
    for (const style of styled) expect(style).toContain("'Segoe UI'");
    expect(svg).not.toContain(FONT_FAMILY);
  });

  it('escapes data text and keeps the figures', () => {
    const svg = renderSvg(option, 360, 200, 'a');
    expect(svg).not.toContain('<b>');
    const texts = Array.from(parseSvg(svg).querySelectorAll('text'), (t) => t.textContent);
    expect(texts).toContain('1,234');
    expect(texts.join('')).toContain('<b>"x"</b>');
  });

  it('gives each drawing its own class and id prefix, so several can share a page', () => {
    const drawings = renderDrawings(option, 200, 'services');
    const prefixes = drawings.map((d) => new Set(d.svg.match(/class="([a-z0-9]+)-/g) ?? []));
    for (const set of prefixes) expect(set.size).toBeLessThanOrEqual(1);
    const all = prefixes.flatMap((set) => [...set]);
    expect(new Set(all).size).toBe(all.length);
    for (const d of drawings) expect(d.svg).not.toMatch(/\bzr\d+-/);
  });
});

describe('cleanSvg', () => {
  it('renames classes in tags and in the style sheet, never in text', () => {
    const svg =
      '<svg><style>.zr3-cls-0:hover{fill:red}</style><path class="zr3-cls-0" clip-path="url(#zr3-c0)"/><text>zr3-cls-0</text></svg>';
    expect(cleanSvg(svg, 'p')).toBe(
      '<svg><style>.p-cls-0:hover{fill:red}</style><path class="p-cls-0" clip-path="url(#p-c0)"/><text>zr3-cls-0</text></svg>',
    );
  });
});
