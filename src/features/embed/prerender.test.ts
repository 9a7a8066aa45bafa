import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../core/export-csv';
import type { ServiceRow } from '../../core/types';
import { dataHash } from './embed-data';
import { readEmbedState } from './embed-state';
import { prerenderChart, renderEmbed } from './prerender';
import { SVG_WIDTHS } from './render-svg';
import { seedDataset, seedManifest } from '../../../tests/helpers/embed-test-data';

const manifest = seedManifest();
const services = seedDataset('services');
const AS_OF = new Date(Date.UTC(2022, 0, 20, 8, 0));

function parse(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const main = template.content.querySelector('main');
  if (!main) throw new Error('no <main>');
  return main;
}

describe('renderEmbed', () => {
  const { body, model } = renderEmbed(
    'services',
    services,
    manifest,
    { lang: 'zh', theme: 'light', period: undefined },
    AS_OF,
  );
  const main = parse(body);
  const all = services.rows as ServiceRow[];
  // Items the manifest counts in a unit of their own are figures beside the chart, not bars.
  const apart = new Set(Object.keys(manifest.datasets.services.items ?? {}));
  const rows = all.filter((r) => !apart.has(r.item));
  const separate = all.filter((r) => apart.has(r.item));

  it('names the chart by its caption and draws one SVG per width band', () => {
    const chart = main.querySelector('[role="img"]');
    expect(chart?.getAttribute('aria-label')).toBe(model.chart.caption);
    expect(main.querySelector('.caption')?.textContent).toBe(model.chart.caption);
    expect(
      Array.from(chart?.querySelectorAll('svg') ?? [], (s) => s.getAttribute('width')),
    ).toEqual(SVG_WIDTHS.map(String));
  });

  it('draws every figure of data/services.csv in its unit into each SVG and the table', () => {
    const nf = new Intl.NumberFormat('zh-CN');
    expect(separate.length).toBeGreaterThan(0);
    for (const svg of main.querySelectorAll('svg')) {
      const texts = Array.from(svg.querySelectorAll('text'), (t) => t.textContent);
      for (const row of rows) expect(texts).toContain(nf.format(row.count));
      for (const row of separate) expect(texts).not.toContain(nf.format(row.count));
      expect(svg.querySelector('title')?.textContent).toBe(model.chart.caption);
      expect(svg.querySelector('desc')?.textContent).toContain(rows[0]!.item);
    }
    const cards = Array.from(main.querySelectorAll('.figure-card'), (c) => c.textContent ?? '');
    expect(cards).toHaveLength(separate.length);
    separate.forEach((row, i) => {
      const meta = manifest.datasets.services.items![row.item]!;
      expect(cards[i]).toContain(nf.format(row.count) + meta.unit.zh);
      expect(cards[i]).toContain(meta.definition.zh);
    });
    const cells = Array.from(main.querySelectorAll('tbody tr'), (tr) =>
      Array.from(tr.children, (c) => c.textContent),
    );
    expect(cells).toEqual(rows.map((r) => [r.item, nf.format(r.count)]));
  });

  it('carries the title, period, definition, every source and the time the data was read', () => {
    const meta = manifest.datasets.services;
    expect(main.querySelector('h1')?.textContent).toBe(meta.title.zh);
    const text = main.textContent ?? '';
    expect(text).toContain(meta.definition.zh);
    for (const ref of meta.sources) {
      const source = manifest.sources[ref]!;
      expect(text).toContain(`${source.title.zh} · ${source.author.zh} · ${source.date.zh}`);
    }
    expect(text).toContain(rows[0]!.period);
    expect(main.querySelector('.as-of')?.textContent).toMatch(/2022/);
  });

  it('offers each figure group’s rows as a BOM-prefixed CSV, a source note and the whole file', () => {
    const links = Array.from(main.querySelectorAll<HTMLAnchorElement>('.get-data a[download]'));
    const text = (a: HTMLAnchorElement) =>
      decodeURIComponent(a.getAttribute('href')!.replace(/^data:[^,]*,/, ''));
    const [chartCsv, itemCsv, note, whole] = links;
    expect(text(chartCsv!)).toBe(exportCsv({ id: 'services', rows }));
    expect(text(chartCsv!).startsWith('\uFEFF')).toBe(true);
    expect(text(itemCsv!)).toBe(exportCsv({ id: 'services', rows: separate }));
    expect(text(note!)).toContain(manifest.datasets.services.definition.zh);
    expect(whole!.getAttribute('href')).toBe('../data/services.csv');
    expect(main.querySelector('[data-manifest-key]')?.getAttribute('href')).toBe(
      '../data/datasets.json',
    );
    const dashboard = main.querySelector<HTMLAnchorElement>('a.dashboard');
    expect(dashboard?.getAttribute('href')).toBe(`../?period=${rows.at(-1)!.period}`);
    expect(dashboard?.getAttribute('rel')).toBe('noopener');
  });

  it('writes a state its script can read back, with the hash of the data it drew', () => {
    expect(readEmbedState(main)).toEqual({
      id: 'services',
      dataset: 'services',
      lang: 'zh',
      theme: 'light',
      period: rows.at(-1)!.period,
      periods: [...new Set(rows.map((r) => r.period))].sort(),
      hash: dataHash(services, manifest),
    });
  });
});

describe('prerenderChart', () => {
  it('marks and lists the annotations that name its chart, in every variant', () => {
    const note = {
      period: '2021',
      chart: 'crime' as const,
      label_zh: '【测试用合成数据】口径调整',
      label_en: '[SYNTHETIC] A change of definition',
      kind: 'definition-change' as const,
    };
    const other = { ...note, chart: 'services' as const, label_zh: '【测试用合成数据】别的图' };
    const { page, variants } = prerenderChart('crime', seedDataset('crime'), manifest, AS_OF, {
      annotations: [note, other],
    });
    const listed = (html: string) =>
      Array.from(parse(html).querySelectorAll('.facts .notes li'), (li) => li.textContent);
    expect(listed(page.body)).toHaveLength(1);
    expect(listed(page.body)[0]).toContain(note.label_zh);
    expect(parse(page.body).querySelector('.chart svg')?.textContent).toContain('①');
    const en = variants.find((v) => v.path.includes('.en.light.'))!;
    expect(listed(en.html)[0]).toContain(note.label_en);
    // Without annotations nothing is listed or marked.
    const plain = prerenderChart('crime', seedDataset('crime'), manifest, AS_OF).page.body;
    expect(listed(plain)).toEqual([]);
    expect(parse(plain).querySelector('.chart svg')?.textContent).not.toContain('①');
  });

  it('renders the default page plus every language × theme × period', () => {
    const { page, variants } = prerenderChart('crime', seedDataset('crime'), manifest, AS_OF);
    const periods = page.model.periods;
    expect(variants).toHaveLength(periods.length * 4);
    const paths = variants.map((v) => v.path);
    expect(new Set(paths).size).toBe(paths.length);
    const zhLight = variants.find((v) => v.path.includes('.zh.light.' + page.model.period));
    expect(zhLight?.html).toBe(page.body);
    const enDark = variants.find((v) => v.path.includes('.en.dark.' + page.model.period));
    const main = parse(enDark!.html);
    expect(main.getAttribute('lang')).toBe('en');
    expect(main.getAttribute('data-theme')).toBe('dark');
    expect(main.querySelector('h1')?.textContent).toBe(manifest.datasets.crime.title.en);
  });

  it('escapes data text, so a staff upload cannot inject markup', () => {
    const evil = '<img src=x onerror=alert(1)>"&';
    const dataset = {
      id: 'services' as const,
      rows: [
        { period: '2021', item: evil, count: 5 },
        { period: '2021', item: '乙', count: 6 },
      ],
    };
    const { body } = renderEmbed(
      'services',
      dataset,
      manifest,
      { lang: 'zh', theme: 'light', period: undefined },
      AS_OF,
    );
    expect(body).not.toContain('<img');
    const main = parse(body);
    expect(main.querySelector('img')).toBeNull();
    expect(main.querySelector('tbody th')?.textContent).toBe(evil);
    const single = renderEmbed(
      'services',
      { id: 'services', rows: dataset.rows.slice(0, 1) },
      manifest,
      { lang: 'zh', theme: 'light', period: undefined },
      AS_OF,
    );
    expect(single.body).not.toContain('<img');
    expect(parse(single.body).querySelector('.figure-label')?.textContent).toBe(evil);
  });

  it('rejects a dataset that is not the chart’s', () => {
    expect(() =>
      renderEmbed(
        'crime',
        services,
        manifest,
        { lang: 'zh', theme: 'light', period: undefined },
        AS_OF,
      ),
    ).toThrow(/not the dataset/);
  });
});
