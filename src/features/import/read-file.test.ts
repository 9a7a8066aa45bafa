import { describe, expect, it } from 'vitest';
import { readFile } from './read-file';

/** A resident ID number with a valid GB 11643 check digit, built here rather than copied. */
function residentId(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body17 + '10X98765432'[sum % 11]!;
}

const read = (text: string) =>
  readFile({ file: new Blob([text]), fileName: 'cases.csv', current: {} }, () => {});

describe('readFile on a file with personal data', () => {
  it('rejects it and keeps the full ID number out of everything it returns, peek included', async () => {
    const id = residentId('33090319900101123');
    const outcome = await read(
      `date,station,category,summary,outcome\n2022-01-06,东港派出所,盗窃,身份证号${id}，已查获,行政拘留7日\n`,
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.issues.map((i) => i.code)).toContain('sensitive_id_number');
    expect(outcome.peek).toBe('');
    expect(JSON.stringify(outcome)).not.toContain(id);
  });

  it('still shows the peek of a file rejected for anything else', async () => {
    const outcome = await read('period,item,count\n2022,全城通办,九百\n');
    expect(outcome.ok).toBe(false);
    expect(outcome.peek).toContain('全城通办');
  });
});
