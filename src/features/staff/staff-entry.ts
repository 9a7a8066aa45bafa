import type { AppStore } from '../../store/store';
import { checkSession } from '../../ui/staff-api';
import { setStaffFlag } from './staff-flag';

/** The staff link: staff tools when signed in, sign-in when not, the local import with no server. */
export async function enterStaff(store: AppStore): Promise<void> {
  const s = store.getState();
  const check = await checkSession();
  if (check.kind === 'signed-in') {
    s.setStaff({ kind: 'signed-in', session: check.session });
    setStaffFlag(true);
  } else if (check.kind === 'signed-out') s.openStaffPanel('sign-in');
  else {
    s.setStaff({ kind: 'static' });
    s.openImport();
  }
}

/** A page opened by a browser that signed in before: its tools come back while the session lives. */
export async function resumeStaff(store: AppStore): Promise<void> {
  const check = await checkSession();
  if (check.kind === 'signed-in')
    store.getState().setStaff({ kind: 'signed-in', session: check.session });
  else setStaffFlag(false);
}
