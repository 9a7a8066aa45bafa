import type { Approx, IssueCode } from './types';

export type CellResult<T> =
  { ok: true; value: T; approx?: Approx } | { ok: false; code: IssueCode };

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const AT_LEAST_SUFFIX = /(余|多|\+|以上)$/;
const ABOUT_PREFIX = /^(约|大约|~|≈)/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?\d+(\.\d+)?$/;

/** Full-width ASCII (６３２７, －, ．) as Excel on a Chinese PC may write it. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Undo the apostrophe our own export puts before formula-like text. */
export function cleanText(raw: string): string {
  const s = raw.trim();
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

export function parseNumber(raw: string, opts: { percent?: boolean } = {}): CellResult<number> {
  let s = toHalfWidth(raw.trim()).replace(/\s+/g, '');
  let approx: Approx = '';
  if (AT_LEAST_SUFFIX.test(s)) {
    approx = 'at_least';
    s = s.replace(AT_LEAST_SUFFIX, '');
  } else if (ABOUT_PREFIX.test(s)) {
    approx = 'about';
    s = s.replace(ABOUT_PREFIX, '');
  }
  if (opts.percent) s = s.replace(/%$/, '');
  if (s.startsWith('−')) s = '-' + s.slice(1);
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN.test(s)) return { ok: false, code: 'bad_number' };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value, approx } : { ok: false, code: 'bad_number' };
}

export function parseCount(raw: string): CellResult<number> {
  const n = parseNumber(raw);
  if (!n.ok) return { ok: false, code: 'bad_integer' };
  if (n.value < 0) return { ok: false, code: 'negative' };
  if (!Number.isInteger(n.value)) return { ok: false, code: 'bad_integer' };
  return n;
}

/** YYYY or YYYY-MM; Excel's 2021/01 and the typed 2021年1月 are read too. */
export function parsePeriod(raw: string): CellResult<string> {
  const s = toHalfWidth(raw.trim());
  const m = /^(\d{4})(?:年)?(?:[-/.](\d{1,2})|(\d{1,2})月)?$/.exec(s);
  if (!m) return { ok: false, code: 'bad_period' };
  const month = m[2] ?? m[3];
  if (month === undefined) return { ok: true, value: m[1]! };
  const n = Number(month);
  if (n < 1 || n > 12) return { ok: false, code: 'bad_period' };
  return { ok: true, value: `${m[1]}-${String(n).padStart(2, '0')}` };
}

/** YYYY-MM-DD or YYYY-MM; a day that does not exist is an error. */
export function parseDate(raw: string): CellResult<string> {
  const s = toHalfWidth(raw.trim());
  const m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s);
  if (!m) return { ok: false, code: 'bad_date' };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return { ok: false, code: 'bad_date' };
  const month = `${m[1]}-${String(mo).padStart(2, '0')}`;
  if (m[3] === undefined) return { ok: true, value: month };
  const d = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return { ok: false, code: 'bad_date' };
  return { ok: true, value: `${month}-${String(d).padStart(2, '0')}` };
}

const APPROX_WORDS: Record<string, Approx> = {
  '': '',
  at_least: 'at_least',
  余: 'at_least',
  多: 'at_least',
  '+': 'at_least',
  以上: 'at_least',
  about: 'about',
  约: 'about',
};

export function parseApprox(raw: string): CellResult<Approx> {
  const value = APPROX_WORDS[toHalfWidth(raw.trim()).toLowerCase()];
  return value === undefined ? { ok: false, code: 'bad_approx' } : { ok: true, value };
}
