/**
 * The site renderer's speed, as the server uses it: loaded once, then one render per publish.
 * Prints each run's split (load, board, embeds, cards), then what the social cards add: the
 * same renders without cards, interleaved in the same run, as the baseline of a ratio. Each run
 * is a publish of one dataset: services.csv with a synthetic 全城通办 figure, new at each run, so
 * the cards it shows are drawn again and the others may be reused, as on the server.
 * Run npm run build first.
 *   tsx bench/render-bench.ts [runs]
 */
import { readDataDir } from '../scripts/data-dir';
import { loadSiteRenderer, type DataFile, type SiteRenderer } from '../scripts/site-renderer';
import { servicesWith } from '../tests/server/server-process';

const runs = Number(process.argv[2] ?? 6);
const t0 = performance.now();
const withCards = await loadSiteRenderer();
const without = await loadSiteRenderer({ cards: false });
console.log(`renderers loaded in ${(performance.now() - t0).toFixed(0)} ms`);

/** The bundled data with services.csv as a publish of run `i` leaves it (synthetic figure). */
function publishOf(i: number): DataFile[] {
  const bytes = new TextEncoder().encode(servicesWith(700 + i));
  return readDataDir('data').map((f) => (f.name === 'services.csv' ? { ...f, bytes } : f));
}

async function measure(render: SiteRenderer, label: string, i: number) {
  const data = publishOf(i);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await render(data, new Date());
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  // CPU time (every thread: the cards are drawn on libuv's) is what a busy machine does not inflate.
  const cpuMs = (used.user + used.system) / 1000;
  if (!outcome.ok) throw new Error('data/ does not validate');
  const split = Object.entries(outcome.timings)
    .map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`)
    .join(', ');
  console.log(
    `run ${i + 1} ${label}: ${split}, wall ${wall.toFixed(0)} ms, CPU ${cpuMs.toFixed(0)} ms, ${outcome.files.length} files`,
  );
  return { wall, cpuMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const cards: { wall: number; cpuMs: number }[] = [];
const plain: { wall: number; cpuMs: number }[] = [];
for (let i = 0; i < runs; i++) {
  // Alternate which goes first, so neither always meets a warmer machine.
  const order = i % 2 === 0 ? [true, false] : [false, true];
  for (const drawCards of order) {
    const m = await measure(drawCards ? withCards : without, drawCards ? 'cards' : 'no cards', i);
    if (i > 0) (drawCards ? cards : plain).push(m);
  }
}
const cpu = [median(cards.map((m) => m.cpuMs)), median(plain.map((m) => m.cpuMs))] as const;
const wall = [median(cards.map((m) => m.wall)), median(plain.map((m) => m.wall))] as const;
console.log(
  `warm median CPU: ${cpu[0].toFixed(0)} ms with cards, ${cpu[1].toFixed(0)} ms without: ${(cpu[0] / cpu[1]).toFixed(2)}×`,
);
console.log(
  `warm median wall: ${wall[0].toFixed(0)} ms with cards, ${wall[1].toFixed(0)} ms without: ${(wall[0] / wall[1]).toFixed(2)}×`,
);
