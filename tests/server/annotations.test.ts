import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { SCHEMAS } from '../../src/core/schema';
import { DATASET_IDS } from '../../src/core/types';
import { ROOT, fetchText, runCli, waitFor } from './server-process';
import { serverPerFile } from './server-per-file';

const running = serverPerFile();

/** Invented notes, each labelled as synthetic test data in both languages. */
const FIXTURE = readFileSync(join(ROOT, 'tests', 'fixtures', 'annotations.synthetic.csv'));
const NOTES = Papa.parse<Record<string, string>>(FIXTURE.toString('utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const noteOn = (chart: string) => NOTES.find((n) => n.chart === chart)!;

/** The fixture with one cell changed, refusing if the fixture no longer holds the cell. */
function fixtureWith(from: RegExp, to: string): string {
  const text = FIXTURE.toString('utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the fixture no longer matches ${String(from)}`);
  return changed;
}

/** What the site serves under data/: the manifest, revisions and every dataset's file. */
const DATA_FILES = [
  'datasets.json',
  'revisions.json',
  ...DATASET_IDS.map((id) => SCHEMAS[id].file),
];

async function served(path: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(`${running.server.url}${path}`);
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The live site as a reader gets it: the board, its generation and every data file. */
async function liveSite() {
  const board = await fetchText(running.server.url);
  const data: Record<string, { status: number; sha: string }> = {};
  for (const name of DATA_FILES) {
    const { status, bytes } = await served(`data/${name}`);
    data[name] = { status, sha: createHash('sha256').update(bytes).digest('hex') };
  }
  return { board: board.body, generation: board.generation, data };
}

/** The board's panels by `data-panel`, each up to the next panel. */
function panels(html: string): Record<string, string> {
  const parts = html.split(/(?=<[^>]+ data-panel=")/);
  return Object.fromEntries(
    parts.flatMap((p) => {
      const id = /^<[^>]+ data-panel="([^"]+)"/.exec(p)?.[1];
      return id ? [[id, p]] : [];
    }),
  );
}

/** The text of each item listed under a panel's chart ("chart notes"). */
function chartNotes(panel: string): string[] {
  const section = /<section class="chart-notes"[^>]*>([\s\S]*?)<\/section>/.exec(panel)?.[1];
  if (section === undefined) return [];
  return [...section.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]!.replace(/<[^>]*>/g, ''),
  );
}

/** `npm run data:check -- DIR`, as staff run it. */
const dataCheck = (dir: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile('npm', ['run', '-s', 'data:check', '--', dir], { cwd: ROOT }, (e, stdout, stderr) =>
      done({ code: e ? Number(e.code ?? -1) : 0, stdout, stderr }),
    ),
  );

const rejected = (name: string) => join(running.dirs.inbox, 'rejected', name);
const audit = () =>
  readFileSync(join(running.dirs.state, 'audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file?: string; dataset?: string; outcome: string });

const work = mkdtempSync(join(tmpdir(), 'putuo-notes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('annotations.csv through the publishing server', () => {
  test('with none published the board lists no chart notes and serves no annotations.csv', async () => {
    const live = await liveSite();
    expect(live.board).toContain('data-panel="crime"');
    expect(live.board).not.toContain('class="chart-notes"');
    expect(live.data['annotations.csv']!.status).toBe(404);
  });

  test('a bad annotations.csv in the drop folder is refused naming file, row and column; live is unchanged', async () => {
    const before = await liveSite();
    const bad = {
      // Row 3 is the fixture's second note (row 1 is the header).
      'notes-rumour.csv': fixtureWith(/,event(\r?)$/m, ',rumour$1'),
      'notes-maps.csv': fixtureWith(/^2021,crime,/m, '2021,maps,'),
    };
    for (const [name, body] of Object.entries(bad))
      writeFileSync(join(running.dirs.inbox, name), body);
    await waitFor(
      () => Object.keys(bad).every((n) => existsSync(rejected(`${n}.errors.txt`))),
      60_000,
    );
    const errors = (n: string) => readFileSync(rejected(`${n}.errors.txt`), 'utf8');
    expect(errors('notes-rumour.csv')).toContain('文件：notes-rumour.csv');
    expect(errors('notes-rumour.csv')).toContain('File: notes-rumour.csv');
    expect(errors('notes-rumour.csv')).toMatch(/第 3 行, “kind”列, 值为“rumour”/);
    expect(errors('notes-rumour.csv')).toMatch(
      /Row 3, column “kind”, value “rumour”: Expected one of event \/ definition-change/,
    );
    expect(errors('notes-maps.csv')).toContain('文件：notes-maps.csv');
    expect(errors('notes-maps.csv')).toMatch(/第 2 行, “chart”列, 值为“maps”/);
    expect(errors('notes-maps.csv')).toMatch(
      /Row 2, column “chart”, value “maps”: Expected one of/,
    );
    expect(await liveSite()).toEqual(before);
    const refused = audit().filter((r) => r.file?.startsWith('notes-'));
    expect(refused.map((r) => r.outcome)).toEqual(['refused', 'refused']);
  });

  test('the same bad file from the command line is refused naming file, row and column; live is unchanged', async () => {
    const before = await liveSite();
    const path = join(work, 'annotations.csv');
    writeFileSync(path, fixtureWith(/,event(\r?)$/m, ',rumour$1'));
    const res = await runCli(running.dirs, [path]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('已拒绝 refused');
    expect(res.stderr).toMatch(/第 3 行, “kind”列, 值为“rumour”/);
    expect(res.stderr).toMatch(/Row 3, column “kind”, value “rumour”/);
    expect(res.stderr).toContain('文件：annotations.csv');
    expect(res.stderr).toContain('File: annotations.csv');
    expect(await liveSite()).toEqual(before);
  });

  test('the synthetic annotations.csv dropped in the inbox is published: same bytes, the notes under their charts, data:check passes', async () => {
    const before = await liveSite();
    writeFileSync(join(running.dirs.inbox, 'notes.csv'), FIXTURE);
    await waitFor(() => existsSync(join(running.dirs.inbox, 'done', 'notes.csv')), 60_000);

    const after = await liveSite();
    expect(after.generation).not.toBe(before.generation);
    expect((await served('data/annotations.csv')).bytes).toEqual(FIXTURE);
    // Every other dataset is served as it was; only the notes (and the revisions log) are new.
    for (const id of DATASET_IDS.filter((d) => d !== 'annotations'))
      expect(after.data[SCHEMAS[id].file], id).toEqual(before.data[SCHEMAS[id].file]);

    const board = panels(after.board);
    for (const chart of ['crime', 'services']) {
      const note = noteOn(chart);
      expect(chartNotes(board[chart]!).join('\n'), chart).toContain(note.label_zh);
      // The mark the list names is drawn on the pre-rendered chart itself.
      expect(board[chart]!, chart).toMatch(/<text[^>]*>①<\/text>/);
    }
    expect(chartNotes(board.patrol ?? '')).toEqual([]);
    expect(panels(before.board).crime).not.toMatch(/<text[^>]*>①<\/text>/);
    // The embed of the chart lists its note among its facts, in the published page.
    const embed = (await served('embed/crime.html')).bytes.toString('utf8');
    expect(/<div class="notes">[\s\S]*?<\/div>/.exec(embed)?.[0]).toContain(
      noteOn('crime').label_zh,
    );

    expect(audit().filter((r) => r.file === 'notes.csv')).toEqual([
      expect.objectContaining({ dataset: 'annotations', outcome: 'published' }),
    ]);
    const history = await runCli(running.dirs, ['--history', 'annotations']);
    const sha = createHash('sha256').update(FIXTURE).digest('hex');
    expect(history.stdout).toMatch(new RegExp(`^${sha} .* notes\\.csv .*\\* live$`, 'm'));

    // The published data/ folder, as a reader downloads it, passes the same check as data/.
    const copy = join(work, 'served-data');
    mkdirSync(copy);
    for (const name of DATA_FILES) {
      const file = await served(`data/${name}`);
      if (file.status === 200) writeFileSync(join(copy, name), file.bytes);
    }
    const check = await dataCheck(copy);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain(`${join(copy, 'annotations.csv')}: ok, ${NOTES.length} rows`);
  });

  test('a header-only annotations.csv takes every note away again', async () => {
    const before = await liveSite();
    const header = FIXTURE.toString('utf8').split('\n')[0]! + '\n';
    writeFileSync(join(running.dirs.inbox, 'no-notes.csv'), header);
    await waitFor(() => existsSync(join(running.dirs.inbox, 'done', 'no-notes.csv')), 60_000);
    const after = await liveSite();
    expect(after.generation).not.toBe(before.generation);
    expect(before.board).toContain('class="chart-notes"');
    expect(after.board).not.toContain('class="chart-notes"');
    expect(panels(after.board).crime).not.toMatch(/<text[^>]*>①<\/text>/);
    expect((await served('data/annotations.csv')).bytes.toString('utf8')).toBe(header);
  });
});
