import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate';
import * as W from '../fixtures/workbooks';

const dir = mkdtempSync(join(tmpdir(), 'data-check-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(name: string, bytes: Uint8Array | Promise<Uint8Array>, lang: 'zh' | 'en') {
  const file = join(dir, name);
  writeFileSync(file, await bytes);
  const run = spawnSync('npx', ['tsx', 'scripts/data-check.ts', file, `--lang=${lang}`], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout + run.stderr, file };
}

// Spawning npx tsx alone takes seconds on the shared 2-core machine.
describe('data:check given a workbook', { timeout: 60_000 }, () => {
  it('checks each dataset sheet and lists the skipped ones', async () => {
    const { code, out, file } = await check('two.xlsx', W.twoDatasets(), 'zh');
    const t = translator('zh');
    expect(code).toBe(0);
    expect(out).toContain(`${file} [服务]: ${t('issue.check.ok', { rows: 3 })}`);
    expect(out).toContain(`${file} [警情]: ${t('issue.check.ok', { rows: 2 })}`);
    expect(out).toContain(`${file} [说明]`);
  });

  it('names sheet and cell of an error and exits 1', async () => {
    const { code, out } = await check('bad.xlsx', W.badCount(), 'en');
    expect(code).toBe(1);
    expect(out).toContain('服务!C4 (数量)');
  });

  it('refuses an .xls with the Save As advice', async () => {
    const { code, out } = await check('old.xls', W.legacyXls(), 'en');
    expect(code).toBe(1);
    expect(out).toContain(translator('en')('issue.xls_not_supported'));
  });
});
