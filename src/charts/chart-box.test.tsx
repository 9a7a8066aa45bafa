import { act, fireEvent, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartBox } from './chart-box';
import { CHARTS, modelOf, type ChartModel } from './chart-registry';
import { createChartContext } from './context';
import { DrawingsContext, drawingKey, readDrawings, type DrawingSource } from './drawings';

const ctx = createChartContext({ lang: 'zh', labels: {}, theme: 'light' });
function servicesModel(count: number): ChartModel {
  const view = CHARTS.services.view([{ period: '2021', item: '甲', count }], {
    current: '2021',
    previous: undefined,
  });
  return modelOf(CHARTS.services, view, ctx);
}

/** What the build would put in: a stand-in drawing, keyed to the model it was made from. */
const atBuild =
  (built: ChartModel): DrawingSource =>
  () => ({
    key: drawingKey(built),
    html: '<div class="chart-drawing w300"><svg viewBox="0 0 300 100"><rect width="9" height="9"></rect></svg></div>',
  });

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

/** Server HTML for one model, then the browser hydrates it with another (or the same). */
async function hydrate(built: ChartModel, shown: ChartModel) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(
    <DrawingsContext.Provider value={atBuild(built)}>
      <ChartBox id="services" model={built} />
    </DrawingsContext.Provider>,
  );
  document.body.append(container);
  const errors: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(
      container,
      <DrawingsContext.Provider value={readDrawings(container)}>
        <ChartBox id="services" model={shown} />
      </DrawingsContext.Provider>,
      { onRecoverableError: (error) => errors.push(error) },
    );
  });
  return { container, errors };
}

const drawing = (container: HTMLElement) => container.querySelector('[data-drawings="services"]');

describe('ChartBox on a page built with the chart drawn in', () => {
  it('hydrates without a mismatch and keeps the drawing while it still fits', async () => {
    const { container, errors } = await hydrate(servicesModel(5), servicesModel(5));
    expect(errors).toEqual([]);
    expect(drawing(container)?.querySelector('svg rect')).not.toBeNull();
    expect(container.querySelector('.skeleton')).toBeNull();
    expect(container.querySelector('[role="img"]')).toHaveAttribute('aria-label');
  });

  it('drops the drawing once hydrated when the data no longer match it', async () => {
    const { container, errors } = await hydrate(servicesModel(5), servicesModel(6));
    expect(errors).toEqual([]);
    expect(drawing(container)).toBeNull();
    expect(container.querySelector('.skeleton, .echarts-for-react')).not.toBeNull();
  });

  it('loads the live chart when pointed at, and lets its first frame replace the drawing', async () => {
    const { container } = await hydrate(servicesModel(5), servicesModel(5));
    const box = container.querySelector('[role="img"]')!;
    fireEvent.pointerMove(box, { clientX: 10, clientY: 10 });
    await waitFor(() => expect(box.querySelector('.echarts-for-react svg')).not.toBeNull(), {
      timeout: 15_000,
    });
    await waitFor(() => expect(drawing(container)).toBeNull());
  });
});
