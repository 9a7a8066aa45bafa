import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifest, type Lang } from '../../src/core/manifest';
import { readCsv } from '../../src/core/read-csv';
import { SCHEMAS } from '../../src/core/schema';
import type { Approx, Dataset, DatasetId } from '../../src/core/types';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

function read(id: DatasetId, dir: string): Dataset {
  const fileName = SCHEMAS[id].file;
  const result = readCsv(new Uint8Array(readFileSync(join(dir, fileName))), {
    fileName,
    datasetId: id,
  });
  if (!result.ok)
    throw new Error(`${fileName} does not validate: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}

/** The bundled figures, read through the same core the app uses. */
export function readSeed(dir = DATA_DIR) {
  const services = read('services', dir);
  const crime = read('crime', dir);
  const patrol = read('patrol', dir);
  const indicators = read('indicators', dir);
  const cases = read('cases', dir);
  if (
    services.id !== 'services' ||
    crime.id !== 'crime' ||
    patrol.id !== 'patrol' ||
    indicators.id !== 'indicators' ||
    cases.id !== 'cases'
  )
    throw new Error('a data file was read as the wrong dataset');
  const parsed = parseManifest(JSON.parse(readFileSync(join(dir, 'datasets.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`datasets.json is invalid at ${parsed.path}`);
  return {
    services: services.rows,
    crime: crime.rows,
    patrol: patrol.rows,
    indicators: indicators.rows,
    cases: cases.rows,
    manifest: parsed.manifest,
  };
}

export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** A number as a reader sees it: `Intl` grouping, as in 6,327. */
export function readerNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(value);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The number on its own, not a piece of a longer one (16 must not match 160). */
export function numberPattern(value: number, lang: Lang): string {
  return `(?<![\\d.,])${escape(readerNumber(value, lang))}(?![.,]?\\d)`;
}

/** An approximate figure keeps its qualifier: "160余" / "160+", "约160" / "about 160". */
export function figurePattern(value: number, approx: Approx, lang: Lang): RegExp {
  const n = numberPattern(value, lang);
  if (approx === 'at_least')
    return lang === 'zh'
      ? new RegExp(`${n}\\s*[余多+]`)
      : new RegExp(`${n}\\s*\\+|(more than|over|at least)\\s+${n}`, 'i');
  if (approx === 'about')
    return lang === 'zh'
      ? new RegExp(`约\\s*${n}`)
      : new RegExp(`(about|approx\\.?|~)\\s*${n}`, 'i');
  return new RegExp(n);
}

/** A change as a reader sees it: its size in percent, marked as a rise or a fall. */
export function changePattern(changePct: number, lang: Lang): RegExp {
  const size = escape(readerNumber(Math.abs(changePct), lang));
  const mark = changePct < 0 ? '[-−▼↓]' : '[+▲↑]';
  return new RegExp(`${mark}\\s*${size}\\s*%`);
}

/**
 * A case date as a reader may see it: the month alone when the source gives no day
 * ("2022年1月", "Jan 2022"), the day too when it does. English may use either month style.
 */
export function datePattern(date: string, lang: Lang): RegExp {
  const [year = NaN, month = NaN, day] = date.split('-').map(Number);
  const when = Date.UTC(year, month - 1, day ?? 1);
  const styles: Intl.DateTimeFormatOptions['month'][] =
    lang === 'zh' ? ['long'] : ['short', 'long'];
  const locales = lang === 'zh' ? ['zh-CN'] : ['en-GB', 'en-US'];
  const shown = locales.flatMap((locale) =>
    styles.map((month) =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month,
        ...(day === undefined ? {} : { day: 'numeric' }),
        timeZone: 'UTC',
      }).format(when),
    ),
  );
  return new RegExp(shown.map(escape).join('|'));
}

/** One CSV file from a header and rows, quoted where a cell needs it. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
