import { hydrate, type ECSSRClientEventParams } from 'echarts/ssr/client/index';

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

/**
 * Tooltips on the pre-rendered SVG with ECharts' small SSR client, so hovering needs no ECharts.
 * The chart stays role="img"; its table is the keyboard and screen reader route to the numbers.
 */
export function attachTooltips(main: HTMLElement): void {
  const chart = main.querySelector<HTMLElement>('.chart');
  if (!chart) return;
  const tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  chart.append(tip);
  const hide = () => {
    tip.hidden = true;
  };
  const show = (params: ECSSRClientEventParams) => {
    const lines = params.dataIndex === undefined ? undefined : tipLines(main, params.dataIndex);
    if (params.ssrType !== 'chart' || !lines || !(params.event instanceof MouseEvent)) return;
    tip.replaceChildren(...lines);
    tip.hidden = false;
    const box = chart.getBoundingClientRect();
    const x = params.event.clientX - box.left + 12;
    const y = params.event.clientY - box.top + 12;
    tip.style.left = `${Math.max(0, Math.min(x, box.width - tip.offsetWidth - 4))}px`;
    tip.style.top = `${Math.max(0, Math.min(y, box.height - tip.offsetHeight - 4))}px`;
  };
  for (const drawing of chart.querySelectorAll<HTMLElement>('.drawing')) {
    hydrate(drawing, { on: { mouseover: show, click: show, mouseout: hide } });
  }
  chart.addEventListener('mouseleave', hide);
}
