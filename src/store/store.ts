import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { createDatasetsSlice, type DatasetsSlice } from './datasets-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createStaffSlice, type StaffSlice } from './staff-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = DatasetsSlice & ViewSlice & ImportSlice & StaffSlice;
export type AppStore = StoreApi<AppState>;

/** A factory, not a singleton: the dashboard, each embed and each test get their own. */
export function createAppStore(initial?: Partial<AppState>): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDatasetsSlice(...a),
    ...createViewSlice(...a),
    ...createImportSlice(...a),
    ...createStaffSlice(...a),
    ...initial,
  }));
}

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreContext provider');
  return useStore(store, selector);
}
