import Papa from 'papaparse';
import type { Issue } from './types';

export interface ParsedTable {
  /** Records in file order; index 0 is the header (spreadsheet row 1). */
  records: string[][];
  delimiter: string;
  issues: Issue[];
}

const DELIMITERS = [',', ';', '\t', '，'];

/** Excel writes `sep=;` as a first line to name the delimiter; it is not a row. */
function takeSepLine(text: string): { text: string; delimiter?: string } {
  const m = /^sep=(.)\r?\n?/i.exec(text);
  if (!m) return { text };
  return { text: text.slice(m[0].length), delimiter: m[1] };
}

function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsv(input: string): ParsedTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = takeSepLine(text);
  const delimiter = sep.delimiter ?? guessDelimiter(sep.text);
  const result = Papa.parse<string[]>(sep.text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
  });
  const issues: Issue[] = result.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ code: 'quote_error', severity: 'error', row: (e.row ?? 0) + 1 }));
  const records = result.data;
  while (records.length > 0 && isBlank(records[records.length - 1]!)) records.pop();
  return { records, delimiter, issues };
}

export function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
