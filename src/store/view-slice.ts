import type { StateCreator } from 'zustand';
import type { Lang } from '../core/manifest';

export type Theme = 'light' | 'dark' | 'auto';

export interface ViewSlice {
  lang: Lang;
  theme: Theme;
  /** undefined means the latest period in the data. */
  period: string | undefined;
  comparePeriod: string | undefined;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setPeriod(period: string | undefined): void;
  setComparePeriod(period: string | undefined): void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  lang: 'zh',
  theme: 'light',
  period: undefined,
  comparePeriod: undefined,
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  setPeriod: (period) => set({ period }),
  setComparePeriod: (comparePeriod) => set({ comparePeriod }),
});
