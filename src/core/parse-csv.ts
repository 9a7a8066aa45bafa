import Papa from 'papaparse';
import { echoValue } from './privacy';
import type { Issue } from './types';

export interface ParsedTable {
  /** Records in file order; index 0 is the header (spreadsheet row 1). */
  records: string[][];
  delimiter: string;
  issues: Issue[];
  /** Physical lines before the header: 1 when a `sep=` line was dropped. */
  linesBefore: number;
}

const DELIMITERS = [',', ';', '\t', '，'];

type LineEnd = '\n' | '\r\n' | '\r';

/** Excel writes `sep=;` as a first line to name the delimiter; it is not a row. */
function takeSepLine(text: string): { text: string; delimiter?: string } {
  const m = /^"?sep=([^\r\n"])"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (!m) return { text };
  return { text: text.slice(m[0].length), delimiter: m[1] };
}

/** Enough text for Papa's guess, which reads ten rows: a very long file or line costs no more. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * The delimiter that splits the first rows into the same number of cells,
 * so a title line or a header with quoted commas does not decide it alone.
 */
function guessDelimiter(text: string, newline: LineEnd): string {
  let sample = text.slice(0, SAMPLE_CHARS);
  if (text.length > SAMPLE_CHARS) {
    const cut = sample.lastIndexOf(newline);
    if (cut > 0) sample = sample.slice(0, cut);
  }
  const guess = Papa.parse<string[]>(sample, {
    newline,
    preview: 10,
    skipEmptyLines: true,
    delimitersToGuess: DELIMITERS,
  });
  return guess.meta.delimiter;
}

/**
 * The line end the header row uses, outside quotes. Naming it spares Papa
 * its own guess, which scans the first megabyte with a regex.
 */
function lineEnd(text: string): LineEnd {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    else if (!quoted && c === 10) return '\n';
  }
  return '\n';
}

/** Spreadsheet letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The header name of a cell, or its letter where the header has none. */
export function columnName(header: readonly string[] | undefined, index: number): string {
  const name = header?.[index]?.trim();
  return name ? echoValue(name) : columnLetter(index);
}

/**
 * One issue per record with bad quotes. An unterminated quote swallows the
 * rest of the file into the record's last cell; a malformed closing quote
 * stays inside the cell it broke.
 */
function quoteIssues(errors: Papa.ParseError[], records: string[][]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<number>();
  for (const e of errors) {
    if (e.type !== 'Quotes' || seen.has(e.row ?? 0)) continue;
    const r = e.row ?? 0;
    seen.add(r);
    const record = records[r] ?? [];
    const broken = e.code === 'InvalidQuotes' ? record.findIndex((c) => c.includes('"')) : -1;
    const cell = broken >= 0 ? broken : Math.max(record.length - 1, 0);
    issues.push({
      code: 'quote_error',
      severity: 'error',
      row: r + 1,
      column: columnName(r > 0 ? records[0] : undefined, cell),
      value: echoValue(record[cell] ?? ''),
      params: { kind: e.code },
    });
  }
  return issues;
}

export function parseCsv(input: string): ParsedTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = takeSepLine(text);
  const newline = lineEnd(sep.text);
  const delimiter = sep.delimiter ?? guessDelimiter(sep.text, newline);
  const result = Papa.parse<string[]>(sep.text, {
    delimiter,
    newline,
    header: false,
    skipEmptyLines: false,
  });
  const records = result.data;
  const issues = quoteIssues(result.errors, records);
  while (records.length > 0 && isBlank(records[records.length - 1]!)) records.pop();
  return { records, delimiter, issues, linesBefore: sep.text === text ? 0 : 1 };
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** The record a physical line (0-based) falls in: a record spans the line breaks inside its cells. */
export function recordOfLine(table: ParsedTable, line: number): number {
  let at = table.linesBefore;
  for (let r = 0; r < table.records.length; r++) {
    let breaks = 0;
    for (const cell of table.records[r]!) breaks += cell.match(LINE_BREAK)?.length ?? 0;
    if (line <= at + breaks) return r;
    at += breaks + 1;
  }
  return Math.max(table.records.length - 1, 0);
}

/** Cell-count problems; `width` ignores empty header cells at the end, as Excel may leave them. */
export function shapeIssue(
  record: string[],
  width: number,
  header: string[],
  row: number,
): Issue | undefined {
  if (record.length < width) {
    return {
      code: 'too_few_cells',
      severity: 'error',
      row,
      column: columnName(header, record.length),
      params: { expected: width, actual: record.length },
    };
  }
  for (let i = header.length; i < record.length; i++) {
    if (record[i]!.trim() === '') continue;
    return {
      code: 'too_many_cells',
      severity: 'error',
      row,
      column: columnLetter(i),
      value: echoValue(record[i]!),
      params: { expected: header.length, actual: record.length },
    };
  }
  return undefined;
}

export function isBlank(record: string[]): boolean {
  for (let i = 0; i < record.length; i++) if (record[i]!.trim() !== '') return false;
  return true;
}
