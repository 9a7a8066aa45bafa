import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTemplates, renderSite } from '../../src/app/render-site';
import { CHART_IDS } from '../../src/charts/chart-registry';
import { parsesSoFar } from '../../src/core/parse-mark';
import { translator } from '../../src/i18n/translate';
import { embedPath } from '../../src/store/url-state';
import { checkFolder } from '../../scripts/check-folder';
import { readDataDir } from '../../scripts/data-dir';

// The source pages stand in for the built templates: same markers, no stylesheets.
const templates = loadTemplates((path) => readFileSync(path, 'utf8'));
const data = readDataDir('data');
const ONCE_EACH = Object.fromEntries(data.map((f) => [f.name, 1]));

async function counted<T>(run: () => Promise<T>): Promise<[T, Record<string, number>]> {
  const before = parsesSoFar();
  const result = await run();
  const delta: Record<string, number> = {};
  for (const [file, n] of Object.entries(parsesSoFar()))
    if (n > (before[file] ?? 0)) delta[file] = n - (before[file] ?? 0);
  return [result, delta];
}

describe('renderSite', () => {
  it('parses each data file once and returns the board, every embed page and data/', async () => {
    const [outcome, parses] = await counted(() => renderSite(data, new Date(0), templates));
    expect(parses).toEqual(ONCE_EACH);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const paths = outcome.files.map((f) => f.path);
    expect(paths).toContain('index.html');
    for (const id of CHART_IDS) expect(paths).toContain(embedPath(id));
    expect(paths.filter((p) => p.startsWith('embed/variants/')).length).toBeGreaterThan(0);
    for (const file of data)
      expect(outcome.files.find((f) => f.path === `data/${file.name}`)?.body).toEqual(file.bytes);
    expect(Object.keys(outcome.timings)).toEqual(['load', 'board', 'embeds', 'cards']);
    const board = outcome.files.find((f) => f.path === 'index.html')?.body;
    expect(typeof board === 'string' && board).toContain('全城通办');
  }, 60_000);

  it('refuses bad data with every issue in zh and en, naming file, row and column', async () => {
    const spoiled = data.map((f) =>
      f.name === 'services.csv'
        ? {
            ...f,
            bytes: new TextEncoder().encode(
              new TextDecoder().decode(f.bytes).replace('全城通办,578', '全城通办,-578'),
            ),
          }
        : f,
    );
    const row =
      new TextDecoder()
        .decode(spoiled.find((f) => f.name === 'services.csv')!.bytes)
        .split('\n')
        .findIndex((l) => l.includes('-578')) + 1;
    const [outcome, parses] = await counted(() =>
      renderSite(
        spoiled.filter((f) => f.name !== 'patrol.csv'),
        new Date(0),
        templates,
      ),
    );
    expect(parses).toEqual({ ...ONCE_EACH, 'patrol.csv': undefined });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const zh = translator('zh');
    const en = translator('en');
    expect(outcome.issues).toEqual([
      {
        file: 'services.csv',
        text: {
          zh: expect.stringContaining(zh('issue.row', { row })),
          en: expect.stringContaining(en('issue.column', { column: 'count' })),
        },
      },
      { file: 'patrol.csv', text: { zh: zh('issue.file_missing'), en: en('issue.file_missing') } },
    ]);
  }, 60_000);
});

describe('data:check', () => {
  it('parses each data file once', async () => {
    const lines: string[] = [];
    const out = {
      error: lines.push.bind(lines),
      warn: lines.push.bind(lines),
      log: lines.push.bind(lines),
    };
    const [errors, parses] = await counted(() => checkFolder('data', translator('en'), out));
    expect(errors).toBe(0);
    expect(parses).toEqual(ONCE_EACH);
    expect(lines).toHaveLength(5);
  });
});

describe('renderSite with a revisions.json from the server', () => {
  const revised = [
    ...data,
    {
      name: 'revisions.json',
      bytes: new TextEncoder().encode('{"crime":"2026-11-30T08:15:00.000Z"}'),
      modifiedAt: 0,
    },
  ];
  const text = (files: { path: string; body: string | Uint8Array }[], path: string) => {
    const body = files.find((f) => f.path === path)?.body;
    return typeof body === 'string' ? body : '';
  };

  it('says "revised on" on the republished dataset only: board, embed and its variants', async () => {
    const outcome = await renderSite(revised, new Date(0), templates);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const board = text(outcome.files, 'index.html');
    expect(board.match(/<p class="revised">修订于 2026年11月30日<\/p>/g)).toHaveLength(1);
    const at = board.indexOf('修订于');
    expect(at).toBeGreaterThan(board.indexOf('id="panel-crime-title"'));
    expect(at).toBeLessThan(board.indexOf('id="panel-patrol-title"'));
    expect(text(outcome.files, embedPath('crime'))).toContain(
      '<p class="revised">修订于 2026年11月30日</p>',
    );
    expect(text(outcome.files, embedPath('services'))).not.toContain('class="revised"');
    const english = outcome.files.filter((f) => f.path.startsWith('embed/variants/crime.en.'));
    expect(english.length).toBeGreaterThan(0);
    for (const f of english) expect(f.body).toContain('Revised on 30 Nov 2026');
    expect(outcome.files.some((f) => f.path === 'data/revisions.json')).toBe(true);
  }, 60_000);
});
