/** The User Timing mark each parse of a data file leaves: dev tools and tests count them. */
export const PARSE_MARK = 'putuo:parse';

export function markParse(fileName: string): void {
  globalThis.performance?.mark?.(PARSE_MARK, { detail: fileName });
}

/** How many parses of each file have been marked so far in this realm. */
export function parsesSoFar(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of globalThis.performance?.getEntriesByName?.(PARSE_MARK) ?? []) {
    const name = (entry as PerformanceMark).detail;
    if (typeof name === 'string') counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
