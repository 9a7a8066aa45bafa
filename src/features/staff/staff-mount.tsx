import { lazy, Suspense, useContext, useEffect } from 'react';
import { StoreContext, useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';
import { staffFlag } from './staff-flag';

// A reader never downloads any of this: it loads on the staff link, or for a browser that signed in.
const StaffLayer = lazy(() => import('./staff-layer'));
const entry = () => import('./staff-entry');

/** The quiet link in the footer; it opens sign-in, or the local import where there is no server. */
export function StaffLink() {
  const t = useT();
  const store = useContext(StoreContext);
  const signedIn = useAppStore((s) => s.staff.kind === 'signed-in');
  if (!store || signedIn) return null;
  return (
    <button
      type="button"
      className="staff-link"
      onClick={() => void entry().then((m) => m.enterStaff(store))}
    >
      {t('staff.link')}
    </button>
  );
}

/** The staff tools and panels, once somebody asked for them. */
export function StaffMount() {
  const store = useContext(StoreContext);
  const wanted = useAppStore((s) => s.staff.kind !== 'reader' || s.staffPanel !== 'none');
  useEffect(() => {
    if (store && staffFlag()) void entry().then((m) => m.resumeStaff(store));
  }, [store]);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <StaffLayer />
    </Suspense>
  );
}
