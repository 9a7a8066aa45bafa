import { useAppStore } from '../../store/store';
import type { StaffSession } from '../../store/staff-slice';
import { useT } from '../../store/use-t';
import { signOut } from '../../ui/staff-api';
import { HistoryDialog } from './history-dialog';
import { ReviewDialog } from './review-dialog';
import { SignInDialog } from './sign-in-dialog';
import { setStaffFlag } from './staff-flag';
import './staff.css';

function SignedInBar({ session }: { session: StaffSession }) {
  const t = useT();
  const setStaff = useAppStore((s) => s.setStaff);
  const openStaffPanel = useAppStore((s) => s.openStaffPanel);
  const closeImport = useAppStore((s) => s.closeImport);
  const roles = session.roles.map((r) => t(`staff.role.${r}`)).join(t('staff.role.sep'));
  const leave = async () => {
    await signOut(session.csrf);
    setStaffFlag(false);
    closeImport();
    openStaffPanel('none');
    setStaff({ kind: 'reader' });
  };
  return (
    <nav className="staff-bar" aria-label={t('staff.bar.label')}>
      <span className="staff-bar__who">{t('staff.bar.who', { name: session.name, roles })}</span>
      {session.review === 'required' && (
        <span className="staff-bar__note">{t('staff.bar.reviewOn')}</span>
      )}
      <span className="staff-bar__actions">
        <button type="button" onClick={() => openStaffPanel('review')}>
          {t('staff.bar.review')}
        </button>
        <button type="button" onClick={() => openStaffPanel('history')}>
          {t('staff.bar.history')}
        </button>
        <button type="button" onClick={() => void leave()}>
          {t('staff.bar.signOut')}
        </button>
      </span>
    </nav>
  );
}

/** Everything staff see: the bar under the header and the panel they opened. */
export default function StaffLayer() {
  const t = useT();
  const staff = useAppStore((s) => s.staff);
  const panel = useAppStore((s) => s.staffPanel);
  const session = staff.kind === 'signed-in' ? staff.session : undefined;
  return (
    <>
      {session && <SignedInBar session={session} />}
      {staff.kind === 'static' && (
        <p className="staff-bar staff-bar__note" role="note">
          {t('staff.static')}
        </p>
      )}
      {panel === 'sign-in' && !session && <SignInDialog />}
      {panel === 'review' && session && <ReviewDialog session={session} />}
      {panel === 'history' && session && <HistoryDialog session={session} />}
    </>
  );
}
