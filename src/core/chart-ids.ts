/** The charts a link can name; the registry in charts/ builds one of each. */
export const CHART_IDS = ['services', 'crime', 'patrol'] as const;
export type ChartId = (typeof CHART_IDS)[number];
