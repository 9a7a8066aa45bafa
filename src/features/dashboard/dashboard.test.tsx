import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DATASETS, type Approx } from '../../core/types';
import { dataLabel } from '../../i18n/data-label';
import { createAppStore } from '../../store/store';
import { fakeLayout, renderApp } from '../../../tests/helpers/render-app';
import { readSeedManifest, readSeedRows, seedStore } from '../../../tests/helpers/test-store';

const manifest = readSeedManifest();
const allServices = readSeedRows('services');
// An item the manifest counts in a unit of its own (调取共享材料 in 份) is a figure, not a bar.
const itemMeta = (item: string) => manifest.datasets.services.items?.[item];
const services = allServices.filter((s) => !itemMeta(s.item));
const separate = allServices.filter((s) => itemMeta(s.item));
const crime = readSeedRows('crime');
const patrol = readSeedRows('patrol');
const indicators = readSeedRows('indicators');
const cases = readSeedRows('cases');

const nf = { zh: new Intl.NumberFormat('zh-CN'), en: new Intl.NumberFormat('en') };
const pct = (v: number) => v.toFixed(1);
const label = (lang: 'zh' | 'en', text: string) => dataLabel(manifest.labels, lang, text);
/** The reader's form of a figure: grouped digits, and the source's qualifier kept. */
function figure(value: number, approx: Approx, lang: 'zh' | 'en'): string {
  const n = nf[lang].format(value);
  if (approx === 'at_least') return lang === 'zh' ? `${n}余` : `${n}+`;
  if (approx === 'about') return lang === 'zh' ? `约${n}` : `about ${n}`;
  return n;
}
const change = (v: number) => `${v < 0 ? '▼ −' : '▲ +'}${pct(Math.abs(v))}%`;

const panel = (id: string) => document.querySelector<HTMLElement>(`section[data-panel="${id}"]`)!;
const kpis = () => screen.getByRole('region', { name: /主要指标|Key figures/ });

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

async function openTables(user: ReturnType<typeof userEvent.setup>) {
  for (const button of screen.getAllByRole('button', { name: /以表格查看|View as table/ }))
    await user.click(button);
}

describe('the dashboard on the bundled data', () => {
  it('shows every figure of the data files, formatted, with its qualifier or arrow', async () => {
    renderApp(seedStore());
    expect(services.length).toBeGreaterThan(0);
    for (const s of services)
      expect(panel('services').textContent).toContain(`${s.item}${nf.zh.format(s.count)}件`);
    expect(separate.length).toBeGreaterThan(0);
    for (const s of separate) {
      const card = panel('services').querySelector(`[data-figure="services:${s.item}"]`)!;
      expect(card.textContent).toContain(`${nf.zh.format(s.count)}${itemMeta(s.item)!.unit.zh}`);
      expect(card.textContent).toContain(itemMeta(s.item)!.definition.zh);
      expect(
        panel('services').querySelector('[role="img"]')!.getAttribute('aria-label'),
      ).not.toContain(s.item);
    }
    for (const c of crime) {
      expect(within(kpis()).getByText(change(c.change_pct))).toBeInTheDocument();
      expect(panel('crime').textContent).toContain(`${c.metric}较${c.baseline}`);
    }
    for (const p of patrol) {
      expect(within(kpis()).getByText(label('zh', p.force))).toBeInTheDocument();
      expect(kpis().textContent).toContain(figure(p.officers_per_day, p.approx, 'zh'));
      expect(panel('patrol').textContent).toContain(figure(p.officers_per_day, p.approx, 'zh'));
    }
    for (const i of indicators) {
      const card = within(kpis()).getByText(i.indicator).closest('li')!;
      expect(card.textContent).toContain(`${figure(i.value, i.approx, 'zh')}${i.unit}`);
      expect(card.textContent).toContain(`${i.period}年`);
    }
    expect(
      await within(panel('cases')).findByText(cases[0]!.summary, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
  }, 30_000);

  it('draws a chart only where it compares, each as an SVG named by its caption', async () => {
    renderApp(seedStore());
    const charts = await screen.findAllByRole('img');
    // The patrol file holds one value per period: a figure card, not a one-bar chart.
    expect(patrol).toHaveLength(1);
    const panels = charts.map((c) => c.closest('section')!.getAttribute('data-panel'));
    expect([...new Set(panels)]).toEqual(['services', 'crime']);
    const card = panel('patrol').querySelector('.figure-card')!;
    expect(card.textContent).toContain(
      figure(patrol[0]!.officers_per_day, patrol[0]!.approx, 'zh'),
    );
    expect(card.textContent).toContain(manifest.datasets.patrol.unit.zh);
  }, 30_000);

  it('names each drawn chart by its caption and draws it', async () => {
    renderApp(seedStore());
    const charts = await screen.findAllByRole('img');
    for (const chart of charts) {
      const caption = chart.getAttribute('aria-label')!;
      expect(caption.length).toBeGreaterThan(10);
      expect(within(chart.closest('section')!).getByText(caption, { selector: 'p' })).toBeTruthy();
      // The first test to render loads ECharts through the lazy import, which takes a while.
      await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull(), { timeout: 15_000 });
    }
  }, 30_000);

  it('shows the same numbers as a table behind an aria-expanded toggle', async () => {
    const user = userEvent.setup();
    renderApp(seedStore());
    const toggle = within(panel('services')).getByRole('button', { name: '以表格查看' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel('services')).queryByRole('table')).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = within(panel('services')).getByRole('table');
    for (const s of services) {
      const row = within(table).getByRole('rowheader', { name: s.item }).closest('tr')!;
      expect(row).toHaveTextContent(nf.zh.format(s.count));
    }
    await openTables(user);
    for (const c of crime) {
      const row = within(panel('crime')).getByRole('rowheader', { name: c.metric }).closest('tr')!;
      expect(row).toHaveTextContent(change(c.change_pct));
    }
    expect(
      within(panel('services')).queryByRole('rowheader', { name: separate[0]!.item }),
    ).toBeNull();
  });

  it('carries title, period, source, definition and load time on every panel', () => {
    renderApp(seedStore());
    for (const id of ['services', 'crime', 'patrol', 'cases'] as const) {
      const meta = manifest.datasets[id];
      const section = within(panel(id));
      expect(section.getByRole('heading', { level: 2 })).toHaveTextContent(meta.title.zh);
      expect(panel(id).textContent).toContain(meta.definition.zh);
      for (const ref of meta.sources) {
        const source = manifest.sources[ref]!;
        expect(panel(id).textContent).toContain(source.title.zh);
        expect(panel(id).textContent).toContain(source.author.zh);
      }
      expect(section.getByText(/数据读取于/)).toBeInTheDocument();
    }
    expect(
      within(panel('services')).getByText(`${services[0]!.period}年`, {
        selector: '.panel-period',
      }),
    ).toBeInTheDocument();
  });

  it('lists every dataset in the sources section, and each KPI card links there', () => {
    renderApp(seedStore());
    const sources = screen.getByRole('region', { name: '来源与口径' });
    for (const id of REQUIRED_DATASETS) {
      const meta = manifest.datasets[id];
      const entry = sources.querySelector<HTMLElement>(`#source-${id}`)!;
      expect(within(entry).getByRole('heading', { level: 3 })).toHaveTextContent(meta.title.zh);
      expect(entry.textContent).toContain(meta.definition.zh);
    }
    // data/ holds no annotations, so the optional file is not listed.
    expect(sources.querySelector('#source-annotations')).toBeNull();
    for (const link of within(kpis()).getAllByRole('link'))
      expect(sources.querySelector(link.getAttribute('href')!)).not.toBeNull();
  });

  it('switches language: button text, <html lang>, title, headings, data labels and figures', async () => {
    const user = userEvent.setup();
    renderApp(seedStore());
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('lang', 'zh-CN');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toMatch(/^Putuo Police/);
    expect(within(panel('services')).getByRole('heading', { level: 2 })).toHaveTextContent(
      manifest.datasets.services.title.en,
    );
    // The live chart's own element is an img too (ECharts' aria), inside the box, with the same name.
    const caption = panel('services').querySelector('[data-chart]')!.getAttribute('aria-label')!;
    for (const s of services)
      expect(caption).toContain(`${label('en', s.item)} ${nf.en.format(s.count)}`);
    for (const i of indicators)
      expect(
        within(kpis()).getByText(label('en', i.indicator)).closest('li')!.textContent,
      ).toContain(figure(i.value, i.approx, 'en'));
    for (const p of patrol)
      expect(kpis().textContent).toContain(figure(p.officers_per_day, p.approx, 'en'));
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(document.documentElement.lang).toBe('zh-CN');
  }, 30_000);
});

describe('imported data', () => {
  it('says a panel shows an imported file, and which one', () => {
    const store = seedStore();
    const rows = services.map((s) => ({ ...s, count: s.count + 1 }));
    act(() => store.getState().applyImport({ id: 'services', rows }, '办件量.csv', Date.now()));
    renderApp(store);
    expect(within(panel('services')).getByText(/导入数据：办件量\.csv/)).toBeInTheDocument();
    expect(within(panel('crime')).queryByText(/导入数据/)).toBeNull();
    expect(panel('services').textContent).toContain(nf.zh.format(rows[0]!.count));
  });
});

describe('loading and errors', () => {
  it('reserves space while loading, with no alert', () => {
    renderApp(createAppStore());
    for (const id of ['services', 'crime', 'patrol', 'cases'])
      expect(panel(id)).toHaveAttribute('aria-busy', 'true');
    expect(kpis()).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('turns only the broken dataset into an alert naming file, row and column', () => {
    const [header, first, second, ...rest] = [
      'period,metric,change_pct,baseline',
      ...crime.map((c) => `${c.period},${c.metric},${c.change_pct},${c.baseline}`),
    ];
    const broken = [header, first, second!.replace(/,-?[\d.]+,/, ',n/a,'), ...rest].join('\n');
    renderApp(seedStore({ crime: broken }));

    const alert = within(panel('crime')).getByRole('alert');
    expect(alert).toHaveTextContent('crime.csv');
    expect(alert).toHaveTextContent('第 3 行');
    expect(alert).toHaveTextContent('change_pct');
    expect(within(kpis()).getByRole('alert')).toHaveTextContent('crime.csv');
    expect(screen.getAllByRole('alert')).toHaveLength(2);

    expect(within(panel('services')).getByRole('img')).toBeInTheDocument();
    expect(panel('patrol').querySelector('.figure-card')).not.toBeNull();
    for (const i of indicators) expect(within(kpis()).getByText(i.indicator)).toBeInTheDocument();
  });
});

describe('a second period', () => {
  const synthetic = allServices.map((s) => ({
    ...s,
    period: String(Number(s.period) - 1),
    count: s.count + 10,
  }));
  function twoYearStore() {
    const store = seedStore();
    store
      .getState()
      .setPublished('services', { id: 'services', rows: [...synthetic, ...allServices] }, 1);
    return store;
  }

  it('shows a period selector only when the data holds more than one period', async () => {
    renderApp(seedStore());
    expect(screen.queryByRole('combobox', { name: '统计期间' })).toBeNull();
    const store = twoYearStore();
    renderApp(store);
    const select = screen.getByRole('combobox', { name: '统计期间' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([`${services[0]!.period}年`, `${synthetic[0]!.period}年`]);
  });

  it('compares the chosen period with the one before it in charts and tables', async () => {
    const user = userEvent.setup();
    renderApp(twoYearStore());
    const section = within(panel('services'));
    const [previous, current] = [synthetic[0]!.period, services[0]!.period];
    expect(
      section.getByText(`${current}年，对比${previous}年`, { selector: '.panel-period' }),
    ).toBeInTheDocument();
    await user.click(section.getByRole('button', { name: '以表格查看' }));
    const s = services[0]!;
    const row = section.getByRole('rowheader', { name: s.item }).closest('tr')!;
    expect(row).toHaveTextContent(nf.zh.format(s.count + 10));
    expect(row).toHaveTextContent(`▼ −${nf.zh.format(10)}`);

    await act(() =>
      user.selectOptions(screen.getByRole('combobox', { name: '统计期间' }), previous),
    );
    expect(section.getByText(`${previous}年`, { selector: '.panel-period' })).toBeInTheDocument();
    expect(section.queryByText(/对比/)).toBeNull();
  });
});
