import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/core/schema';
import { REQUIRED_DATASETS } from '../../src/core/types';
import { translator } from '../../src/i18n/translate';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh copy of data/, changed by `spoil`. */
function copyOfData(spoil: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
  dirs.push(dir);
  cpSync('data', dir, { recursive: true });
  spoil(dir);
  return dir;
}

function check(dir: string, lang: 'zh' | 'en') {
  const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir, `--lang=${lang}`], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('npm run data:check', () => {
  it('passes a copy of data/ and exits 0', () => {
    const { code, out } = check(copyOfData(), 'en');
    expect(code).toBe(0);
    for (const id of REQUIRED_DATASETS) expect(out).toContain(`${SCHEMAS[id].file}: `);
    expect(out).not.toMatch(/error|warning/i);
  }, 30_000);

  // Each broken copy changes one cell; the row is where that line sits in the file.
  const lineOf = (text: string, needle: string) =>
    text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it.each(['zh', 'en'] as const)(
    'names file, row and column of a negative count (%s)',
    (lang) => {
      const t = translator(lang);
      let row = 0;
      const dir = copyOfData((d) =>
        edit(join(d, 'services.csv'), (text) => {
          row = lineOf(text, '全城通办');
          return text.replace(/全城通办,(\d+)/, '全城通办,-$1');
        }),
      );
      const { code, out } = check(dir, lang);
      expect(code).toBe(1);
      const line = out
        .split('\n')
        .find((l) => l.includes('services.csv') && l.includes(t('issue.negative')));
      expect(line).toContain(join(dir, 'services.csv'));
      expect(line).toContain(t('issue.row', { row }));
      expect(line).toContain(t('issue.column', { column: 'count' }));
      expect(line).toContain(t('issue.severity.error'));
      expect(out).toContain(t('issue.check.errors', { count: 1 }));
    },
    30_000,
  );

  it.each(['zh', 'en'] as const)(
    'rejects a phone number in the cases log without printing it (%s)',
    (lang) => {
      const t = translator(lang);
      let row = 0;
      const dir = copyOfData((d) =>
        edit(join(d, 'cases.csv'), (text) => {
          row = lineOf(text, '鳗鱼干');
          return text.replace('6条鳗鱼干', '6条鳗鱼干（失主13812345678）');
        }),
      );
      const { code, out } = check(dir, lang);
      expect(code).toBe(1);
      expect(out).not.toContain('13812345678');
      const line = out.split('\n').find((l) => l.includes(t('issue.sensitive_phone')));
      expect(line).toContain('cases.csv');
      expect(line).toContain(t('issue.row', { row }));
      expect(line).toContain(t('issue.column', { column: 'summary' }));
    },
    30_000,
  );

  it('names a missing file and a broken manifest', () => {
    const t = translator('en');
    const dir = copyOfData((d) => {
      unlinkSync(join(d, 'patrol.csv'));
      edit(join(d, 'datasets.json'), (text) =>
        text.replace('"sources": ["yearend"]', '"sources": ["nowhere"]'),
      );
    });
    const { code, out } = check(dir, 'en');
    expect(code).toBe(1);
    expect(out).toContain(
      `${join(dir, 'patrol.csv')}: ${t('issue.severity.error')}: ${t('issue.file_missing')}`,
    );
    expect(out).toContain(t('issue.bad_manifest', { path: 'datasets.patrol' }));
  }, 30_000);

  it('prints warnings but exits 0 when there are no errors', () => {
    const t = translator('en');
    const dir = copyOfData((d) =>
      edit(join(d, 'crime.csv'), (text) =>
        text
          .split('\n')
          .map((l, i) => (l === '' ? l : i === 0 ? `${l},note` : `${l},见原文`))
          .join('\n'),
      ),
    );
    const { code, out } = check(dir, 'en');
    expect(code).toBe(0);
    expect(out).toContain(`crime.csv: ${t('issue.severity.warning')}: `);
    expect(out).toContain(t('issue.column', { column: 'note' }));
  }, 30_000);

  it('checks an annotations.csv when there is one: the synthetic file passes, a bad kind is named by row and column', () => {
    const t = translator('en');
    const fixture = 'tests/fixtures/annotations.synthetic.csv';
    const good = copyOfData((d) => cpSync(fixture, join(d, 'annotations.csv')));
    const passed = check(good, 'en');
    expect(passed.code).toBe(0);
    expect(passed.out).toContain(`annotations.csv: ${t('issue.check.ok', { rows: 2 })}`);
    const bad = copyOfData((d) =>
      writeFileSync(
        join(d, 'annotations.csv'),
        readFileSync(fixture, 'utf8').replace(',event', ',rumour'),
      ),
    );
    const refused = check(bad, 'en');
    expect(refused.code).toBe(1);
    const line = refused.out.split('\n').find((l) => l.includes('annotations.csv'));
    expect(line).toContain(t('issue.row', { row: 3 }));
    expect(line).toContain(t('issue.column', { column: 'kind' }));
  }, 30_000);
});
