import fc from 'fast-check';
import { findSensitive } from '../../src/core/privacy';
import { CHART_IDS } from '../../src/core/chart-ids';
import type {
  AnnotationRow,
  Approx,
  CaseRow,
  CrimeRow,
  Dataset,
  DatasetId,
  IndicatorRow,
  PatrolRow,
  ServiceRow,
} from '../../src/core/types';

/** Characters that stress a CSV writer and reader: delimiters, quotes, line breaks, emoji, formula starts. */
const TRICKY = [
  ',',
  '，',
  ';',
  '\t',
  '"',
  "'",
  '\n',
  '\r\n',
  ' ',
  '=',
  '+',
  '-',
  '@',
  '😀',
  '👮‍♂️',
  '𠀀',
];
const HAN = [
  '调',
  '取',
  '共',
  '享',
  '材',
  '料',
  '全',
  '城',
  '通',
  '办',
  '派',
  '出',
  '所',
  '某',
  '余',
  '约',
];
const ASCII = ['a', 'Z', '0', '7', '.', '%', '(', ')'];

const unit = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: fc.constantFrom(...HAN) },
  { weight: 2, arbitrary: fc.constantFrom(...ASCII) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);

/**
 * Text a valid dataset can hold: non-empty and already trimmed (the reader
 * trims cells), with no personal data the privacy check rejects.
 */
export const text = fc
  .string({ unit, minLength: 1, maxLength: 24 })
  .filter((s) => s === s.trim() && s.length > 0)
  .filter((s) => findSensitive(s).every((f) => f.severity !== 'error'));

export const optionalText = fc.oneof(fc.constant(''), text);

const year = fc.integer({ min: 1000, max: 9999 }).map(String);
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
export const period = fc.oneof(
  year,
  fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
);

const date = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .chain((d) => {
    const iso = d.toISOString();
    return fc.constantFrom(iso.slice(0, 10), iso.slice(0, 7));
  });

export const approx = fc.constantFrom<Approx>('', 'at_least', 'about');
const count = fc.oneof(fc.nat({ max: 100_000 }), fc.maxSafeNat());
const real = fc
  .oneof(
    fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  )
  .filter((n) => !Object.is(n, -0));

const services = fc
  .uniqueArray(fc.record<ServiceRow>({ period, item: text, count }), {
    minLength: 1,
    maxLength: 12,
    selector: (r) => `${r.period}\u0000${r.item}`,
  })
  .map((rows): Dataset => ({ id: 'services', rows }));

const crime = fc
  .uniqueArray(fc.record<CrimeRow>({ period, metric: text, change_pct: real, baseline: text }), {
    minLength: 1,
    maxLength: 12,
    selector: (r) => `${r.period}\u0000${r.metric}\u0000${r.baseline}`,
  })
  .map((rows): Dataset => ({ id: 'crime', rows }));

const patrol = fc
  .uniqueArray(fc.record<PatrolRow>({ period, force: text, officers_per_day: count, approx }), {
    minLength: 1,
    maxLength: 12,
    selector: (r) => `${r.period}\u0000${r.force}`,
  })
  .map((rows): Dataset => ({ id: 'patrol', rows }));

const indicators = fc
  .uniqueArray(
    fc.record<IndicatorRow>({ period, indicator: text, value: real, unit: optionalText, approx }),
    { minLength: 1, maxLength: 12, selector: (r) => `${r.period}\u0000${r.indicator}` },
  )
  .map((rows): Dataset => ({ id: 'indicators', rows }));

const cases = fc
  .array(
    fc.record<CaseRow>({
      date,
      station: text,
      category: text,
      summary: text,
      outcome: optionalText,
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows): Dataset => ({ id: 'cases', rows }));

const annotations = fc
  .uniqueArray(
    fc.record<AnnotationRow>({
      period: fc.oneof(period, date),
      chart: fc.constantFrom(...CHART_IDS),
      label_zh: text,
      label_en: text,
      kind: fc.constantFrom('event', 'definition-change'),
    }),
    {
      minLength: 1,
      maxLength: 12,
      selector: (r) => `${r.period}\u0000${r.chart}\u0000${r.label_zh}`,
    },
  )
  .map((rows): Dataset => ({ id: 'annotations', rows }));

export const DATASETS: Record<DatasetId, fc.Arbitrary<Dataset>> = {
  services,
  crime,
  patrol,
  indicators,
  cases,
  annotations,
};
