/** The period a view shows and, when there is one, the earlier period drawn beside it. */
export interface PeriodPair {
  current: string;
  /** The period before `current` in the data, when there is one. */
  previous: string | undefined;
}

/** The periods a label names, as data: i18n turns it into "2022, compared with 2021". */
export interface PeriodLabel {
  period: string;
  compareWith: string | undefined;
}

/** Every period in the rows, oldest first: "2021" < "2021-06" < "2022" as text. */
export function periodsIn(rowLists: Iterable<readonly { period: string }[]>): string[] {
  const periods = new Set<string>();
  for (const rows of rowLists) for (const row of rows) periods.add(row.period);
  return [...periods].sort();
}

/** The chosen period if the data holds it, else the latest. */
export function currentPeriod(
  periods: readonly string[],
  chosen: string | undefined,
): string | undefined {
  return chosen !== undefined && periods.includes(chosen) ? chosen : periods.at(-1);
}

/** Periods of the same kind as `current` (years with a year, months with a month), itself excluded. */
export function comparablePeriods(
  periods: readonly string[],
  current: string | undefined,
): string[] {
  return current === undefined
    ? []
    : periods.filter((p) => p.length === current.length && p !== current);
}

/**
 * The period chosen to compare with, if it is comparable; else the latest earlier period of the
 * same kind. The chosen one may be later than `current`.
 */
export function previousPeriod(
  periods: readonly string[],
  current: string | undefined,
  chosen: string | undefined,
): string | undefined {
  if (current === undefined) return undefined;
  const comparable = comparablePeriods(periods, current);
  if (chosen !== undefined && comparable.includes(chosen)) return chosen;
  return comparable.filter((p) => p < current).at(-1);
}

/** The pair the dashboard shows for a choice of period and comparison; undefined without data. */
export function periodPair(
  periods: readonly string[],
  chosen: string | undefined,
  compareWith: string | undefined,
): PeriodPair | undefined {
  const current = currentPeriod(periods, chosen);
  if (current === undefined) return undefined;
  return { current, previous: previousPeriod(periods, current, compareWith) };
}

export function periodLabel(pair: PeriodPair): PeriodLabel {
  return { period: pair.current, compareWith: pair.previous };
}
