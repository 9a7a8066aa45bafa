/** The numbers behind a chart, as the "view as table" toggle and the embeds' fallback show them. */
export interface TableData {
  head: string[];
  rows: string[][];
  /** Right-align these columns. */
  numeric: boolean[];
}

export const MISSING = '—';
