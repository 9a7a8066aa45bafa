import { hydrate } from 'echarts/ssr/client/index';

function cellsOf(row: Element): string[] {
  return Array.from(row.children, (cell) => cell.textContent ?? '');
}

/** One tooltip line per table column: the numbers shown are the table's, so they never disagree. */
function tipLines(main: HTMLElement, index: number): HTMLElement[] | undefined {
  const head = main.querySelector('.table thead tr');
  const row = main.querySelectorAll('.table tbody tr')[index];
  if (!head || !row) return undefined;
  const names = cellsOf(head);
  const [first = '', ...rest] = cellsOf(row);
  const title = document.createElement('strong');
  title.textContent = first;
  const lines = rest.map((cell, i) => {
    const line = document.createElement('div');
    line.textContent = `${names[i + 1] ?? ''}: ${cell}`;
    return line;
  });
  return [title, ...lines];
}

function union(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return new DOMRect(
    left,
    top,
    Math.max(a.right, b.right) - left,
    Math.max(a.bottom, b.bottom) - top,
  );
}

/**
 * The category under the pointer, as ECharts' axis tooltip finds it: the nearest band of bars
 * along the category axis, so hovering a short bar's row or column is enough.
 */
export function nearestCategory(svg: SVGSVGElement, x: number, y: number): number | undefined {
  const boxes = new Map<number, DOMRect>();
  for (const bar of svg.querySelectorAll('[ecmeta_ssr_type="chart"][ecmeta_data_index]')) {
    const index = Number(bar.getAttribute('ecmeta_data_index'));
    const box = bar.getBoundingClientRect();
    const seen = boxes.get(index);
    boxes.set(index, seen ? union(seen, box) : box);
  }
  const bands = [...boxes];
  const [a, b] = bands.map(([, box]) => box);
  // Categories stacked top to bottom (horizontal bars) when two bands share no height.
  const stacked = !a || !b || a.bottom <= b.top || b.bottom <= a.top;
  const distance = (box: DOMRect) =>
    stacked ? Math.abs(box.top + box.height / 2 - y) : Math.abs(box.left + box.width / 2 - x);
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const [index, box] of bands) {
    if (distance(box) < bestDistance) [best, bestDistance] = [index, distance(box)];
  }
  return best;
}

function shownSvg(chart: HTMLElement): SVGSVGElement | undefined {
  for (const drawing of chart.querySelectorAll<HTMLElement>('.drawing')) {
    const svg = drawing.querySelector('svg');
    if (svg && drawing.getClientRects().length > 0) return svg;
  }
  return undefined;
}

/**
 * Tooltips on the pre-rendered SVG, with no ECharts: the pointer picks the nearest category, and
 * ECharts' small SSR client reports taps on a bar. The chart stays role="img"; its table is the
 * keyboard and screen reader route to the same numbers.
 */
export function attachTooltips(main: HTMLElement): void {
  const chart = main.querySelector<HTMLElement>('.chart');
  if (!chart) return;
  const tip = document.createElement('div');
  tip.className = 'tooltip';
  // Inline as well as in embed.css, like ECharts' own tooltip, so tools that look for one find it.
  tip.style.position = 'absolute';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  chart.append(tip);
  const hide = () => {
    tip.hidden = true;
  };
  const show = (index: number | undefined, x: number, y: number) => {
    const lines = index === undefined ? undefined : tipLines(main, index);
    if (!lines) return hide();
    tip.replaceChildren(...lines);
    tip.hidden = false;
    const box = chart.getBoundingClientRect();
    const left = Math.min(x - box.left + 12, box.width - tip.offsetWidth - 4);
    const top = Math.min(y - box.top + 12, box.height - tip.offsetHeight - 4);
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${Math.max(0, top)}px`;
  };
  chart.addEventListener('pointermove', (event) => {
    if (event.pointerType !== 'mouse') return;
    const svg = shownSvg(chart);
    show(svg && nearestCategory(svg, event.clientX, event.clientY), event.clientX, event.clientY);
  });
  chart.addEventListener('pointerleave', hide);
  for (const drawing of chart.querySelectorAll<HTMLElement>('.drawing')) {
    hydrate(drawing, {
      on: {
        click: ({ ssrType, dataIndex, event }) => {
          if (ssrType === 'chart' && event instanceof MouseEvent)
            show(dataIndex, event.clientX, event.clientY);
        },
      },
    });
  }
}
