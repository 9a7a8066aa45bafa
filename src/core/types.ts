export const DATASET_IDS = ['services', 'crime', 'patrol', 'indicators', 'cases'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/** `at_least` is the source's 余/多/+ ("160余"), `about` its 约. */
export type Approx = '' | 'at_least' | 'about';

export interface ServiceRow {
  period: string;
  item: string;
  count: number;
}
export interface CrimeRow {
  period: string;
  metric: string;
  change_pct: number;
  baseline: string;
}
export interface PatrolRow {
  period: string;
  force: string;
  officers_per_day: number;
  approx: Approx;
}
export interface IndicatorRow {
  period: string;
  indicator: string;
  value: number;
  unit: string;
  approx: Approx;
}
export interface CaseRow {
  date: string;
  station: string;
  category: string;
  summary: string;
  outcome: string;
}

export interface RowsById {
  services: ServiceRow;
  crime: CrimeRow;
  patrol: PatrolRow;
  indicators: IndicatorRow;
  cases: CaseRow;
}

export type Dataset<K extends DatasetId = DatasetId> = {
  [P in K]: { id: P; rows: RowsById[P][] };
}[K];

export type Severity = 'error' | 'warning';

export const ISSUE_CODES = [
  'http_error',
  'network_error',
  'timeout',
  'bad_manifest',
  'bad_revisions',
  'file_missing',
  'file_empty',
  'html_not_csv',
  'header_only',
  'file_too_large',
  'binary_file',
  'decode_failed',
  'truncated_char',
  'mixed_encoding',
  'unknown_dataset',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'quote_error',
  'too_many_cells',
  'too_few_cells',
  'required',
  'bad_integer',
  'negative',
  'bad_number',
  'bad_period',
  'bad_date',
  'bad_approx',
  'approx_not_allowed',
  'approx_conflict',
  'duplicate_key',
  'sensitive_id_number',
  'sensitive_phone',
  'sensitive_plate',
  'personal_name',
  'xls_not_supported',
  'workbook_encrypted',
  'workbook_corrupt',
  'workbook_too_big',
  'workbook_macros',
  'no_dataset_sheet',
  'sheet_empty',
  'sheet_duplicate_dataset',
  'header_row',
  'hidden_row',
  'hidden_sheet',
  'formula_no_value',
  'cell_error',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** `row` is the row as a spreadsheet shows it: the header is row 1. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  row?: number;
  column?: string;
  value?: string;
  params?: Record<string, string | number>;
  /** A workbook's sheet, and the cell in Excel's notation (`C4`), when the issue sits in one. */
  sheet?: string;
  cell?: string;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface ReadMeta {
  fileName: string;
  encoding?: Encoding;
  bom?: boolean;
  delimiter?: string;
  datasetId?: DatasetId;
  rowCount?: number;
  /** For a workbook: the sheet read and the row its header was found on. */
  sheet?: string;
  headerRow?: number;
}

export type ReadResult =
  | { ok: true; dataset: Dataset; warnings: Issue[]; meta: ReadMeta }
  | { ok: false; issues: Issue[]; meta: ReadMeta };
