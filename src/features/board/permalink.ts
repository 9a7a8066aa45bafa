import { useContext, useEffect } from 'react';
import type { AppState } from '../../store/store';
import { StoreContext } from '../../store/store';
import { dashboardUrl, parseUrlState, type UrlState } from '../../store/url-state';

/** The part of the view a link carries. */
export type LinkedView = Pick<
  AppState,
  'lang' | 'theme' | 'period' | 'comparePeriod' | 'openPanels'
>;

const LINKED: readonly (keyof LinkedView)[] = [
  'lang',
  'theme',
  'period',
  'comparePeriod',
  'openPanels',
];

/** The view a board URL asks for; anything it does not name keeps its default. */
export function viewFromUrl(search: string): LinkedView {
  const url = parseUrlState(search);
  return {
    lang: url.lang,
    theme: url.theme,
    period: url.period,
    comparePeriod: url.comparePeriod,
    openPanels: url.panel ? [...new Set(url.panel.split(','))].sort() : [],
  };
}

export function urlStateOf(view: LinkedView): Partial<UrlState> {
  return {
    lang: view.lang,
    theme: view.theme,
    period: view.period,
    comparePeriod: view.comparePeriod,
    panel: view.openPanels.length > 0 ? view.openPanels.join(',') : undefined,
  };
}

/** The board's address for a view, written by the one URL codec; the #fragment is kept. */
export function permalinkOf(href: string, view: LinkedView): string {
  const url = new URL(dashboardUrl(href, urlStateOf(view)));
  url.hash = new URL(href).hash;
  return url.href;
}

/** Keeps the address bar equal to the view, without adding history entries. */
export function usePermalinkSync(): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!store) return;
    const write = (view: LinkedView) => {
      const next = permalinkOf(window.location.href, view);
      if (next !== window.location.href)
        window.history.replaceState(window.history.state, '', next);
    };
    write(store.getState());
    return store.subscribe((state, prev) => {
      if (LINKED.some((key) => state[key] !== prev[key])) write(state);
    });
  }, [store]);
}
