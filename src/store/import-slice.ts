import type { StateCreator } from 'zustand';
import type { MessageKey, Params } from '../i18n/translate';

export interface ImportNotice {
  id: number;
  key: MessageKey;
  params?: Params;
}

export interface ImportSlice {
  /** Files dropped or picked outside the dialog, waiting for it to read them. */
  importQueue: File[];
  importOpen: boolean;
  /** Storage problems and dropped drafts: said once, never silently. */
  importNotices: ImportNotice[];
  openImport(files?: File[]): void;
  takeImportQueue(): File[];
  closeImport(): void;
  addImportNotice(key: MessageKey, params?: Params): void;
  dismissImportNotice(id: number): void;
}

let nextNoticeId = 1;

export const createImportSlice: StateCreator<ImportSlice, [], [], ImportSlice> = (set, get) => ({
  importQueue: [],
  importOpen: false,
  importNotices: [],
  openImport: (files = []) =>
    set((s) => ({ importOpen: true, importQueue: [...s.importQueue, ...files] })),
  takeImportQueue: () => {
    const files = get().importQueue;
    if (files.length > 0) set({ importQueue: [] });
    return files;
  },
  closeImport: () => set({ importOpen: false, importQueue: [] }),
  addImportNotice: (key, params) =>
    set((s) => ({ importNotices: [...s.importNotices, { id: nextNoticeId++, key, params }] })),
  dismissImportNotice: (id) =>
    set((s) => ({ importNotices: s.importNotices.filter((n) => n.id !== id) })),
});
