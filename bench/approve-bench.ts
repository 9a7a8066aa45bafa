/**
 * npm run bench:approve: the time from a reviewer's Approve to the served no-JS HTML showing
 * the new figure, against a plain browser publish (review off) measured in the same run, on
 * two servers started alike and used in turn. The figures are the bundled services.csv with
 * 全城通办 changed: synthetic, never shown as real.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  servicesWith,
  startServer,
  tempDirs,
  waitFor,
  type RunningServer,
} from '../tests/server/server-process';
import { addStaff, base64, signIn, type StaffClient } from '../tests/server/staff-client';
import { median } from './first-chart';

const RUNS = 5;
let next = 900;

async function serverWith(review: 'off' | 'required') {
  const dirs = tempDirs();
  const config = join(dirs.state, '..', 'putuo.config.json');
  writeFileSync(config, JSON.stringify({ review }));
  await addStaff(dirs, 'ed', 'editor');
  await addStaff(dirs, 'rev', 'reviewer');
  const server = await startServer(dirs, { PUTUO_CONFIG: config });
  const ed = await signIn(server.url, 'ed');
  const rev = await signIn(server.url, 'rev');
  return { dirs, server, ed, rev };
}

type Live = { datasets: Record<string, { version: string }> };

async function submit(ed: StaffClient, figure: number) {
  const base = { services: (await ed.get<Live>('live')).body.datasets.services!.version };
  const body = { fileName: 'services.csv', contentBase64: base64(servicesWith(figure)), base };
  return ed.send<{ status: string; id: string }>('POST', 'submissions', body);
}

const shows = (s: RunningServer, figure: number) =>
  waitFor(async () => (await (await fetch(s.url)).text()).includes(`全城通办${figure}件`), 60_000);

/** From sending the request that publishes to the first fetch of `/` that shows the figure. */
async function timed(s: RunningServer, figure: number, send: () => Promise<{ status: number }>) {
  const start = performance.now();
  const res = await send();
  const answered = performance.now() - start;
  if (res.status !== 200) throw new Error(`publish answered ${res.status}`);
  await shows(s, figure);
  return { total: performance.now() - start, answered };
}

const plain = await serverWith('off');
const review = await serverWith('required');
try {
  const direct: number[] = [];
  const approve: number[] = [];
  const answers: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = next++;
    direct.push((await timed(plain.server, a, () => submit(plain.ed, a))).total);
    const b = next++;
    const pending = await submit(review.ed, b);
    if (pending.status !== 202) throw new Error(`submission answered ${pending.status}`);
    const t = await timed(review.server, b, () =>
      review.rev.send('POST', `submissions/${pending.body.id}/approve`),
    );
    approve.push(t.total);
    answers.push(t.answered);
  }
  const ms = (v: number[]) =>
    `median ${median(v).toFixed(0)} ms, max ${Math.max(...v).toFixed(0)} ms`;
  console.log(`# Approve → fresh no-JS HTML (${RUNS} runs each, interleaved)`);
  console.log(`plain browser publish (review off): ${ms(direct)}`);
  console.log(`reviewer Approve (review required):  ${ms(approve)}`);
  console.log(`  of which until Approve answered:   ${ms(answers)}`);
  console.log(`ratio Approve / plain publish: ${(median(approve) / median(direct)).toFixed(2)}`);
} finally {
  for (const s of [plain, review]) {
    await s.server.stop();
    s.dirs.remove();
  }
}
