import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './hardening-helpers';

interface Row {
  n: number;
  file: string;
  name: string;
}

/** The numbered rows of docs/reliability.md, each with the test file and test name it cites. */
function rows(): Row[] {
  const doc = readFileSync(join(ROOT, 'docs', 'reliability.md'), 'utf8');
  return doc
    .split('\n')
    .filter((line) => /^\| \d+ /.test(line))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
      const cite = /`([^`]+)` › `([^`]+)`/.exec(cells.at(-2) ?? '');
      return { n: Number(cells[1]), file: cite?.[1] ?? '', name: cite?.[2] ?? '' };
    });
}

/** A test's title as written in its source: vitest's %s, %i and %j stand for any text. */
function titlePattern(name: string): RegExp {
  const literal = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "\\\\?'");
  return new RegExp(`['"\`]${literal.replace(/%[sijd]/g, '[^\'"`]*')}['"\`]`);
}

describe('docs/reliability.md', () => {
  test('has at least 40 rows, numbered in order', () => {
    const all = rows();
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.map((r) => r.n)).toEqual(all.map((_, i) => i + 1));
  });

  test('every row names a test file that exists and a test that it holds, not skipped', () => {
    for (const row of rows()) {
      expect(row.file, `row ${row.n} cites a test`).toMatch(/\.test\.tsx?$/);
      const path = join(ROOT, row.file);
      expect(existsSync(path), `row ${row.n}: ${row.file}`).toBe(true);
      const source = readFileSync(path, 'utf8');
      expect(source, `row ${row.n}: "${row.name}" in ${row.file}`).toMatch(titlePattern(row.name));
      expect(source, `${row.file} skips a test`).not.toMatch(/\b(it|test|describe)\.(skip|todo)\b/);
    }
  });
});
