import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { fetchText, servicesWith, waitFor } from './server-process';
import { serverPerFile } from './server-per-file';

const running = serverPerFile();

const inDone = (name: string) =>
  waitFor(() => existsSync(join(running.dirs.inbox, 'done', name)), 60_000);

async function liveFigure(): Promise<{
  board: string;
  embed: string;
  csv: string;
  gen: string | null;
}> {
  const board = await fetchText(running.server.url);
  const embed = await fetchText(`${running.server.url}embed/services.html`);
  const csv = await fetchText(`${running.server.url}data/services.csv`);
  return { board: board.body, embed: embed.body, csv: csv.body, gen: csv.generation };
}

describe('drop folder', () => {
  test('a good GBK file is published and the no-JS HTML of the board and the embed shows it', async () => {
    writeFileSync(join(running.dirs.inbox, '服务-gbk.csv'), iconv.encode(servicesWith(601), 'gbk'));
    await inDone('服务-gbk.csv');
    const live = await liveFigure();
    expect(live.board).toContain('全城通办601件');
    expect(live.embed).toContain('全城通办601件');
    expect(live.embed).not.toContain('全城通办578件');
  });

  test('a good UTF-8 file is published the same way', async () => {
    writeFileSync(join(running.dirs.inbox, 'services-utf8.csv'), servicesWith(602));
    await inDone('services-utf8.csv');
    const live = await liveFigure();
    expect(live.board).toContain('全城通办602件');
    expect(live.embed).toContain('全城通办602件');
    expect(live.csv).toBe(servicesWith(602));
  });

  test('bad files are refused with a bilingual errors file naming row, column and value; live is unchanged', async () => {
    const before = await liveFigure();
    const gbk = iconv.encode(servicesWith(603), 'gbk');
    const bad: Record<string, Uint8Array | string> = {
      'negative.csv': servicesWith(-5),
      'missing-column.csv': 'period,item\n2021,全城通办\n',
      'truncated-gbk.csv': gbk.subarray(0, gbk.indexOf(iconv.encode('全城通办', 'gbk')) + 3),
      'photo.csv': Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
      'empty.csv': '',
    };
    for (const [name, body] of Object.entries(bad))
      writeFileSync(join(running.dirs.inbox, name), body);
    const rejected = join(running.dirs.inbox, 'rejected');
    await waitFor(
      () => Object.keys(bad).every((n) => existsSync(join(rejected, `${n}.errors.txt`))),
      60_000,
    );
    const errors = (n: string) => readFileSync(join(rejected, `${n}.errors.txt`), 'utf8');
    for (const name of Object.keys(bad)) {
      expect(existsSync(join(rejected, name)), name).toBe(true);
      expect(errors(name)).toContain(`文件：${name}`);
      expect(errors(name)).toContain(`File: ${name}`);
    }
    expect(errors('negative.csv')).toMatch(/第 4 行.*count.*-5.*不能为负数/);
    expect(errors('negative.csv')).toMatch(/Row 4, column “count”, value “-5”: Cannot be negative/);
    expect(errors('missing-column.csv')).toMatch(/services \(count\)/);
    expect(errors('truncated-gbk.csv')).toMatch(/incomplete gb18030 character/i);
    expect(errors('photo.csv')).toMatch(/not a CSV text file \(looks like image\)/);
    expect(errors('empty.csv')).toMatch(/The file is empty/);
    expect(await liveFigure()).toEqual(before);
    expect(readdirSync(running.dirs.inbox).filter((n) => n.endsWith('.csv'))).toEqual([]);
  });

  test('a file copied in slowly, in chunks, is taken once, whole', async () => {
    const full = Buffer.from(servicesWith(604));
    const path = join(running.dirs.inbox, 'slow-copy.csv');
    // The first chunk alone is a valid services file (the rows before 全城通办): taking it early would publish it.
    const cut = full.indexOf(Buffer.from('2021,全城通办'));
    await writeFile(path, full.subarray(0, cut));
    for (let at = cut; at < full.length; at += 7) {
      await new Promise((r) => setTimeout(r, 120));
      await appendFile(path, full.subarray(at, Math.min(at + 7, full.length)));
    }
    await inDone('slow-copy.csv');
    expect(existsSync(join(running.dirs.inbox, 'rejected', 'slow-copy.csv'))).toBe(false);
    const live = await liveFigure();
    expect(live.csv).toBe(full.toString());
    expect(live.board).toContain('全城通办604件');
    const audit = readFileSync(join(running.dirs.state, 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file?: string; outcome: string });
    expect(audit.filter((r) => r.file === 'slow-copy.csv').map((r) => r.outcome)).toEqual([
      'published',
    ]);
  });
});
