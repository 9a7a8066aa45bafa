import { CHART_IDS, type ChartId } from '../core/chart-ids';
import type { Lang } from '../core/manifest';
import type { Theme } from './view-slice';

/** What a link can carry: the dashboard permalink and every embed URL are read and written here. */
export interface UrlState {
  lang: Lang;
  theme: Theme;
  /** undefined: the latest period in the data. */
  period: string | undefined;
  comparePeriod: string | undefined;
  /** The dashboard panels open in the view ("services-table"), comma-separated. */
  panel: string | undefined;
  /** The embed's chart, when the page's path does not name it (the dev template). */
  chart: ChartId | undefined;
  /** 'wall': the same app laid out for the command centre's wall screen. */
  mode: 'wall' | undefined;
  /** Wall only: minutes between re-fetches of data/; fractions allowed, for tests. */
  refresh: number | undefined;
  /** Wall only: seconds each panel group stays before the next; undefined: no rotation. */
  rotate: number | undefined;
  /** Wall only: hours between whole-page reloads, each after a good data check (24 when unset). */
  reload: number | undefined;
  /** Embed only: no title, caption or footer, for a host that writes its own; the source stays. */
  plain: true | undefined;
  /** Embed only: no page background, the host's shows through. */
  transparent: true | undefined;
}

export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  lang: 'zh',
  theme: 'light',
  period: undefined,
  comparePeriod: undefined,
  panel: undefined,
  chart: undefined,
  mode: undefined,
  refresh: undefined,
  rotate: undefined,
  reload: undefined,
  plain: undefined,
  transparent: undefined,
});

const PARAM: Record<keyof UrlState, string> = {
  lang: 'lang',
  theme: 'theme',
  period: 'period',
  comparePeriod: 'compare',
  panel: 'panel',
  chart: 'chart',
  mode: 'mode',
  refresh: 'refresh',
  rotate: 'rotate',
  reload: 'reload',
  plain: 'plain',
  transparent: 'transparent',
};

const LANGS: readonly Lang[] = ['zh', 'en'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const PANEL = /^[a-z][a-z0-9-]{0,31}(,[a-z][a-z0-9-]{0,31}){0,7}$/;
const MODES: readonly 'wall'[] = ['wall'];
const DECIMAL = /^\d{1,5}(\.\d{1,4})?$/;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  const v = value?.trim().toLowerCase();
  return allowed.find((a) => a === v);
}

function matching(pattern: RegExp, value: string | null): string | undefined {
  const v = value?.trim();
  return v !== undefined && pattern.test(v) ? v : undefined;
}

/** A positive number up to `max`, written plainly (no exponent, no sign). */
function positive(value: string | null, max: number): number | undefined {
  const v = value?.trim();
  if (v === undefined || !DECIMAL.test(v)) return undefined;
  const n = Number(v);
  return n > 0 && n <= max ? n : undefined;
}

/** "1" (or "true") turns a flag on; anything else leaves it off. */
function flag(value: string | null): true | undefined {
  const v = value?.trim().toLowerCase();
  return v === '1' || v === 'true' ? true : undefined;
}

function paramsOf(query: string | URLSearchParams): URLSearchParams {
  if (typeof query !== 'string') return query;
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

/** Any query string, however mangled, gives a whole state: a bad value falls back to its default. */
export function parseUrlState(query: string | URLSearchParams): UrlState {
  const p = paramsOf(query);
  return {
    lang: oneOf(LANGS, p.get(PARAM.lang)) ?? DEFAULT_URL_STATE.lang,
    theme: oneOf(THEMES, p.get(PARAM.theme)) ?? DEFAULT_URL_STATE.theme,
    period: matching(PERIOD, p.get(PARAM.period)),
    comparePeriod: matching(PERIOD, p.get(PARAM.comparePeriod)),
    panel: matching(PANEL, p.get(PARAM.panel)),
    chart: oneOf(CHART_IDS, p.get(PARAM.chart)),
    mode: oneOf(MODES, p.get(PARAM.mode)),
    refresh: positive(p.get(PARAM.refresh), 24 * 60),
    rotate: positive(p.get(PARAM.rotate), 24 * 60 * 60),
    reload: positive(p.get(PARAM.reload), 24 * 365),
    plain: flag(p.get(PARAM.plain)),
    transparent: flag(p.get(PARAM.transparent)),
  };
}

export interface WriteOptions {
  /** Leave out values equal to the default, as the dashboard permalink does. */
  omitDefaults?: boolean;
  /** Only these keys; embed URLs name the chart in the path instead. */
  keys?: readonly (keyof UrlState)[];
}

const ORDER: readonly (keyof UrlState)[] = [
  'chart',
  'lang',
  'theme',
  'period',
  'comparePeriod',
  'panel',
  'mode',
  'refresh',
  'rotate',
  'reload',
  'plain',
  'transparent',
];

/** The query string (without "?"), keys always in the same order so links compare equal. */
export function writeUrlState(state: Partial<UrlState>, options: WriteOptions = {}): string {
  const parsed = parseUrlState(new URLSearchParams(entriesOf(state)));
  const out = new URLSearchParams();
  for (const key of ORDER) {
    if (options.keys && !options.keys.includes(key)) continue;
    const value = parsed[key];
    if (value === undefined) continue;
    if (options.omitDefaults && value === DEFAULT_URL_STATE[key]) continue;
    out.set(PARAM[key], value === true ? '1' : String(value));
  }
  // A comma needs no escaping in a query; kept plain, a list of panels stays readable.
  return out.toString().replace(/%2C/g, ',');
}

function entriesOf(state: Partial<UrlState>): [string, string][] {
  return ORDER.flatMap((key) => {
    const value = state[key];
    return value === undefined ? [] : [[PARAM[key], String(value)] as [string, string]];
  });
}

export function embedPath(id: ChartId): string {
  return `embed/${id}.html`;
}

const EMBED_KEYS: readonly (keyof UrlState)[] = ['lang', 'theme', 'period', 'plain', 'transparent'];

/** The embed page of a chart, with language, theme and period written out even when default. */
export function embedUrl(siteRoot: string | URL, id: ChartId, state: Partial<UrlState>): string {
  const url = new URL(embedPath(id), siteRoot);
  url.search = writeUrlState(state, { keys: EMBED_KEYS });
  return url.href;
}

const EMBED_PATH = /(?:^|\/)embed\/([a-z]+)\.html$/;

/** The state an embed page was opened with: its chart from the path, the rest from the query. */
export function parseEmbedLocation(location: { pathname: string; search: string }): UrlState {
  const state = parseUrlState(location.search);
  const fromPath = oneOf(CHART_IDS, EMBED_PATH.exec(location.pathname)?.[1] ?? null);
  return { ...state, chart: fromPath ?? state.chart };
}

const EMBED_ONLY: readonly (keyof UrlState)[] = ['chart', 'plain', 'transparent'];
const DASHBOARD_KEYS = ORDER.filter((k) => !EMBED_ONLY.includes(k));

/** The dashboard permalink: only what differs from the defaults. */
export function dashboardUrl(siteRoot: string | URL, state: Partial<UrlState>): string {
  const url = new URL('./', siteRoot);
  url.search = writeUrlState(state, { omitDefaults: true, keys: DASHBOARD_KEYS });
  return url.href;
}

/** The same link from an embed page, relative so it works on any host. */
export function dashboardHref(state: Partial<UrlState>): string {
  const query = writeUrlState(state, { omitDefaults: true, keys: DASHBOARD_KEYS });
  return query ? `../?${query}` : '../';
}
