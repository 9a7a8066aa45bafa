/**
 * npm run bench:approve: the time from a reviewer's Approve to the served no-JS HTML showing
 * the new figure, against a plain browser publish (review off) measured in the same run, on
 * two servers started alike and used in turn. The figures are the bundled services.csv with
 * 全城通办 changed: synthetic, never shown as real.
 */
import * as proc from '../tests/server/server-process';
import { base64, startStaffServer, type StaffClient } from '../tests/server/staff-client';
import { median } from './first-chart';

const RUNS = 5;
let next = 900;

const serverWith = (review: 'off' | 'required') =>
  startStaffServer({ review }, { ed: 'editor', rev: 'reviewer' });

type Live = { datasets: Record<string, { version: string }> };

async function submit(ed: StaffClient, figure: number) {
  const base = { services: (await ed.get<Live>('live')).body.datasets.services!.version };
  const body = { fileName: 'services.csv', contentBase64: base64(proc.servicesWith(figure)), base };
  return ed.send<{ status: string; id: string }>('POST', 'submissions', body);
}

const shows = (s: proc.RunningServer, figure: number) =>
  proc.waitFor(
    async () => (await (await fetch(s.url)).text()).includes(`全城通办${figure}件`),
    60_000,
  );

/** From sending the request that publishes to the first fetch of `/` that shows the figure. */
async function timed(
  s: proc.RunningServer,
  figure: number,
  send: () => Promise<{ status: number }>,
) {
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
    direct.push((await timed(plain.server, a, () => submit(plain.staff.ed!, a))).total);
    const b = next++;
    const pending = await submit(review.staff.ed!, b);
    if (pending.status !== 202) throw new Error(`submission answered ${pending.status}`);
    const t = await timed(review.server, b, () =>
      review.staff.rev!.send('POST', `submissions/${pending.body.id}/approve`),
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
  await plain.stop();
  await review.stop();
}
