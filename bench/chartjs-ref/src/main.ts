import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

// The reference the bench compares against: fetch the same CSV at run time and draw it, nothing more.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const text = await (await fetch('./data/services.csv')).text();
const rows = text
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [];
    const [, item = '', count = '0'] = cells.map((c) =>
      c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'),
    );
    return { item, count: Number(count) };
  })
  .sort((a, b) => b.count - a.count);

const canvas = document.getElementById('chart');
if (canvas instanceof HTMLCanvasElement) {
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.item),
      datasets: [{ label: '数量', data: rows.map((r) => r.count), backgroundColor: '#2f6db5' }],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
    },
  });
}
