// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFolder, readerOf } from '../core/data-folder';
import { describe, expect, it } from 'vitest';
import {
  changePattern,
  DATA_DIR,
  figurePattern,
  numberPattern,
  readSeed,
} from '../../tests/e2e/seed-figures';
import { CHART_IDS } from '../charts/chart-registry';
import { INITIAL_DATA_ID, initialDataOf, parseInitialData, type InitialData } from './initial-data';
import { linkedStylesheets } from '../features/embed/embed-page';
import { assembleDashboard, renderDashboard } from './prerender';

const seed = readSeed();

async function dataFolder(): Promise<InitialData> {
  const files = readdirSync(DATA_DIR)
    .filter((n) => /\.(csv|json)$/.test(n))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DATA_DIR, name))) }));
  return initialDataOf(await readDataFolder(readerOf(files)), 0);
}

const data = await dataFolder();
const html = await renderDashboard(data);

/** The text of an HTML fragment, roughly as a reader sees it. */
const textOf = (fragment: string) =>
  fragment
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The markup of one KPI card: the list item that names the figure. */
function kpiCard(label: string): string {
  const card = html.split('<li class="kpi-card"').find((c) => c.includes(`>${label}<`));
  if (!card) throw new Error(`no KPI card names ${label}`);
  return textOf(card.split('</li>')[0] ?? '');
}

function drawingsOf(id: string): string {
  const start = html.indexOf(`data-drawings="${id}"`);
  if (start < 0) throw new Error(`chart ${id} has no drawing`);
  return html.slice(start, html.indexOf('</div></div>', start));
}

describe('renderDashboard', () => {
  it('puts every KPI figure from data/ in the HTML', () => {
    for (const c of seed.crime)
      expect(kpiCard(c.metric)).toMatch(changePattern(c.change_pct, 'zh'));
    for (const p of seed.patrol)
      expect(kpiCard(p.force)).toMatch(figurePattern(p.officers_per_day, p.approx, 'zh'));
    for (const i of seed.indicators)
      expect(kpiCard(i.indicator)).toMatch(figurePattern(i.value, i.approx, 'zh'));
    expect(html).not.toContain('kpi-skeleton');
  });

  it('draws every chart that compares as SVG named by its caption, with its figures in it', () => {
    // Patrol holds one value a period: a figure card, never a one-bar chart.
    expect(seed.patrol).toHaveLength(1);
    for (const id of CHART_IDS.filter((c) => c !== 'patrol')) {
      expect(drawingsOf(id)).toMatch(
        /<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*><title>[^<]+<\/title><desc>/,
      );
    }
    expect(html).not.toContain('data-drawings="patrol"');
    const patrolCard = html.split('data-figure="patrol:')[1]?.split('</li>')[0] ?? '';
    const p = seed.patrol[0]!;
    expect(textOf(patrolCard)).toMatch(figurePattern(p.officers_per_day, p.approx, 'zh'));
    const apart = seed.manifest.datasets.services.items ?? {};
    const services = textOf(drawingsOf('services'));
    for (const s of seed.services) {
      const pattern = new RegExp(numberPattern(s.count, 'zh'));
      if (s.item in apart) {
        expect(services).not.toMatch(pattern);
        const card = html.split(`data-figure="services:${s.item}"`)[1]?.split('</li>')[0] ?? '';
        expect(textOf(card)).toMatch(pattern);
        expect(textOf(card)).toContain(apart[s.item]!.unit.zh);
      } else expect(services).toMatch(pattern);
    }
    const crime = textOf(drawingsOf('crime'));
    for (const c of seed.crime) expect(crime).toMatch(changePattern(c.change_pct, 'zh'));
  });

  it('includes the first page of cases and every source, and no script', () => {
    const first = seed.cases.map((c) => c.summary).filter((s) => html.includes(s));
    expect(first.length).toBeGreaterThan(0);
    for (const source of Object.values(seed.manifest.sources))
      expect(textOf(html)).toContain(source.title.zh);
    // The dashboard's CSP allows no inline script: React must not have added one.
    expect(html).not.toMatch(/<script/i);
  });
});

const TEMPLATE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <title>t</title>
    <script type="module" crossorigin src="./assets/boot-a.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/boot-a.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('assembleDashboard', () => {
  const page = assembleDashboard(TEMPLATE, { html, css: '.app{color:red}', data });

  it('fills #root and inlines the linked stylesheet', () => {
    expect(linkedStylesheets(TEMPLATE)).toEqual(['./assets/boot-a.css']);
    expect(page.includes(`<div id="root" data-prerendered="">${html}</div>`)).toBe(true);
    expect(page).toMatch(/<style>\.app\{color:red\}[\s\S]*\.chart-drawing/);
    expect(page).toContain('<link rel="stylesheet" href="./assets/boot-a.css" disabled>');
    expect(page).toContain('<script type="module" crossorigin src="./assets/boot-a.js">');
  });

  it('carries the data for hydration, inert and unable to end its script early', () => {
    const hostile: InitialData = {
      builtAt: 1,
      datasets: {
        services: {
          hash: 'h',
          modifiedAt: 2,
          dataset: {
            id: 'services',
            rows: [{ period: '2021', item: 'a</script><script>alert(1)</script>', count: 1 }],
          },
        },
      },
    };
    const withHostile = assembleDashboard(TEMPLATE, { html: '', css: '', data: hostile });
    const json = new RegExp(
      `<script type="application/json" id="${INITIAL_DATA_ID}">(.*?)</script>`,
    );
    const carried = json.exec(withHostile)?.[1] ?? '';
    expect(carried).not.toContain('<');
    expect(parseInitialData(JSON.parse(carried))).toEqual(hostile);
    expect(json.exec(page)?.[1]).toBeDefined();
  });

  it('refuses a page already filled', () => {
    expect(() => assembleDashboard(page, { html, css: '', data })).toThrow(/root/);
  });
});
