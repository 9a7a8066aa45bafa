import type { CellType } from './schema';
import type { CellLook } from './workbook-xml';

/** What read-excel-file gives for one cell. */
export type WorkbookValue = string | number | boolean | Date | null;

const DAY_MS = 86_400_000;
// Serial 73050 is 2099-12-31: a larger number in a date column is not a date.
const LAST_SERIAL = 73_050;

/** Excel's day serial as a UTC date; 1900 counts a 29 February that never was. */
export function serialToDate(serial: number, epoch1904: boolean): Date {
  const days = Math.floor(serial);
  if (epoch1904) return new Date(Date.UTC(1904, 0, 1) + days * DAY_MS);
  const base = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(base + days * DAY_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function dateText(d: Date, type: CellType | undefined, look: CellLook | undefined): string {
  if (Number.isNaN(d.getTime())) return '';
  // A date shown without its day keeps no day: the source gave none.
  if (look === 'year') return String(d.getUTCFullYear());
  if (look === 'month' || type === 'period') return ymd(d).slice(0, 7);
  return ymd(d);
}

/** The digits Excel shows: it keeps 15 significant digits, so 0.1 + 0.2 reads 0.3. */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const shown = Number(n.toPrecision(15));
  return String(shown === 0 ? 0 : shown);
}

function serialText(n: number, type: CellType, epoch1904: boolean): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > LAST_SERIAL) return undefined;
  if (type === 'date') return ymd(serialToDate(n, epoch1904));
  // In a period column 2022 is a year; only a number past any year is a serial.
  if (type === 'period' && n >= 10_000) return ymd(serialToDate(n, epoch1904)).slice(0, 7);
  if (type === 'when' && n >= 10_000) return ymd(serialToDate(n, epoch1904));
  return undefined;
}

/**
 * A cell as the text a CSV export of it would hold, so the workbook goes
 * through the very validator a CSV does. `type` is the column's, when known.
 */
export function cellText(
  value: WorkbookValue,
  type: CellType | undefined,
  look: CellLook | undefined,
  epoch1904: boolean,
): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, type, look);
  if (look === 'percent') return `${numberText(value * 100)}%`;
  if ((look === 'year' || look === 'month') && type !== 'count' && type !== 'number')
    return dateText(serialToDate(value, epoch1904), type, look);
  return (type && serialText(value, type, epoch1904)) ?? numberText(value);
}

/** `服务!C4`, with the sheet quoted as Excel does when its name needs it. */
export function cellRef(sheet: string, cell: string): string {
  const quoted = /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}
