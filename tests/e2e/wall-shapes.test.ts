import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { distPerFile } from './dist-per-file';
import {
  CHARTS_ON_WALL,
  layoutFacts,
  openWallAt,
  WALL_SHAPES,
  type WallShape,
} from './wall-shapes';

const site = distPerFile();
/** The wall's chart panels: services, crime and patrol (a figure card). */
const PANELS = 3;
const { cleanups } = site;

/** Where the chart panels (services, crime, patrol) and the figures stand, and how large the figures are drawn. */
function arrangement(page: Page) {
  return page.evaluate(() => {
    const boxes = (s: string) =>
      Array.from(document.querySelectorAll(s), (el) => {
        const r = el.getBoundingClientRect();
        return { x: Math.round(r.x), y: Math.round(r.y), width: r.width };
      }).filter((b) => b.width > 0);
    const value = document.querySelector('.wall-kpi-value');
    return {
      panels: boxes('.wall-charts > .wall-panel'),
      kpiRows: new Set(boxes('.wall-kpi').map((b) => b.y)).size,
      figurePx: value ? parseFloat(getComputedStyle(value).fontSize) : 0,
    };
  });
}

async function open(shape: Pick<WallShape, 'width' | 'height' | 'dpr'>) {
  const opened = await openWallAt(site.browser, `${site.server.url}?mode=wall`, shape);
  cleanups.push(opened.close);
  return opened.page;
}

describe('walls of any shape', () => {
  const shapes = WALL_SHAPES.filter((s) => s.name !== '1920x1080');
  test.each(shapes)(
    '$name: fills the screen with no scrollbar; wider than 16:9, no text under 1.4% of its height',
    async (shape) => {
      const page = await open(shape);
      const wide = shape.width / shape.height > 16 / 9 + 0.01;
      for (const screen of ['overview', 'cases']) {
        if (screen === 'cases') {
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => page.locator('.wall-case').count()).toBeGreaterThan(0);
        }
        const facts = await layoutFacts(page);
        expect(facts.dpr, screen).toBe(shape.dpr);
        expect(facts.overflowX, screen).toBeLessThanOrEqual(0);
        expect(facts.overflowY, screen).toBeLessThanOrEqual(0);
        expect(facts.clipped, screen).toEqual([]);
        expect(facts.texts, screen).toBeGreaterThan(20);
        expect(facts.minText, screen).toBeGreaterThanOrEqual(
          wide ? Math.max(14, 0.014 * shape.height) : 14,
        );
        if (screen === 'overview') {
          expect(facts.charts).toHaveLength(CHARTS_ON_WALL);
          for (const chart of facts.charts)
            expect(Math.abs(chart.attr[0]! - chart.box[0]!)).toBeLessThanOrEqual(1);
        }
      }
    },
  );

  test('at 32:9 the layout re-flows: the charts side by side, larger figures than at 16:9', async () => {
    const standard = await arrangement(await open({ width: 1920, height: 1080, dpr: 1 }));
    const wide = await arrangement(await open({ width: 3840, height: 1080, dpr: 1 }));
    // 16:9: the services chart beside the other two, stacked.
    expect(new Set(standard.panels.map((c) => c.x)).size).toBe(2);
    // 32:9: the three panels in one row, none wider than half the wall.
    expect(new Set(wide.panels.map((c) => c.y)).size).toBe(1);
    expect(new Set(wide.panels.map((c) => c.x)).size).toBe(PANELS);
    for (const chart of wide.panels) expect(chart.width).toBeLessThan(3840 / 2);
    expect(wide.figurePx).toBeGreaterThan(standard.figurePx * 1.15);
    expect(wide.kpiRows).toBe(1);
  });

  test('in portrait the charts stack and the figures wrap into rows', async () => {
    const tall = await arrangement(await open({ width: 1080, height: 1920, dpr: 1 }));
    expect(new Set(tall.panels.map((c) => c.x)).size).toBe(1);
    expect(new Set(tall.panels.map((c) => c.y)).size).toBe(PANELS);
    expect(tall.kpiRows).toBeGreaterThan(1);
    expect(tall.figurePx).toBeGreaterThanOrEqual(0.014 * 1920);
  });
});
