import type { StateCreator } from 'zustand';
import type { Lang } from '../core/manifest';

export type Theme = 'light' | 'dark' | 'auto';

export interface ViewSlice {
  lang: Lang;
  theme: Theme;
  /** undefined means the latest period in the data. */
  period: string | undefined;
  comparePeriod: string | undefined;
  /** Panels opened by the reader, such as "services-table"; a permalink carries them. */
  openPanels: readonly string[];
  /** High contrast: patterns on chart marks as well as colour, stronger text and borders. */
  contrast: boolean;
  setContrast(contrast: boolean): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setPeriod(period: string | undefined): void;
  setComparePeriod(period: string | undefined): void;
  setPanelOpen(panel: string, open: boolean): void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  lang: 'zh',
  theme: 'light',
  period: undefined,
  comparePeriod: undefined,
  openPanels: [],
  contrast: false,
  setContrast: (contrast) => set({ contrast }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  setPeriod: (period) => set({ period }),
  setComparePeriod: (comparePeriod) => set({ comparePeriod }),
  setPanelOpen: (panel, open) =>
    set((s) => {
      const others = s.openPanels.filter((p) => p !== panel);
      // Sorted, so the same open panels always give the same link.
      return { openPanels: open ? [...others, panel].sort() : others };
    }),
});
