import type { StateCreator } from 'zustand';

export type StaffRole = 'editor' | 'reviewer';

export interface StaffSession {
  name: string;
  roles: StaffRole[];
  csrf: string;
  review: 'off' | 'required';
}

export type StaffState =
  /** The default: no staff tool is shown, no staff code is loaded. */
  | { kind: 'reader' }
  /** A static host with no publishing server: the local import and export, as before. */
  | { kind: 'static' }
  | { kind: 'signed-in'; session: StaffSession };

export type StaffPanel = 'none' | 'sign-in' | 'review' | 'history';

export interface StaffSlice {
  staff: StaffState;
  staffPanel: StaffPanel;
  /** Counts publishes made from this page, so the app fetches the new live data/. */
  livePublishes: number;
  setStaff(staff: StaffState): void;
  openStaffPanel(panel: StaffPanel): void;
  noteLivePublished(): void;
}

export const createStaffSlice: StateCreator<StaffSlice, [], [], StaffSlice> = (set) => ({
  staff: { kind: 'reader' },
  staffPanel: 'none',
  livePublishes: 0,
  setStaff: (staff) => set({ staff }),
  openStaffPanel: (staffPanel) => set({ staffPanel }),
  noteLivePublished: () => set((s) => ({ livePublishes: s.livePublishes + 1 })),
});

/** The signed-in session when it has `role`. */
export function sessionWith(staff: StaffState, role: StaffRole): StaffSession | undefined {
  return staff.kind === 'signed-in' && staff.session.roles.includes(role)
    ? staff.session
    : undefined;
}
