import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';
import { checkSession, signIn } from '../../ui/staff-api';
import { setStaffFlag } from './staff-flag';
import { StaffDialog } from './staff-dialog';

export function SignInDialog() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setStaff = useAppStore((s) => s.setStaff);
  const openStaffPanel = useAppStore((s) => s.openStaffPanel);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    const answer = await signIn(String(form.get('name') ?? ''), String(form.get('password') ?? ''));
    setBusy(false);
    if (answer.ok) {
      // Sign-in answers name, roles and token; the session route also says whether review is on.
      const check = await checkSession();
      setStaffFlag(true);
      setStaff({
        kind: 'signed-in',
        session: check.kind === 'signed-in' ? check.session : answer.value,
      });
      openStaffPanel('none');
      return;
    }
    const retry =
      answer.retryAfterS === undefined
        ? ''
        : ` ${t('staff.signIn.retry', { seconds: Math.ceil(answer.retryAfterS) })}`;
    setError(answer.reason[lang] + retry);
  };

  return (
    <StaffDialog
      title={t('staff.signIn.title')}
      className="sign-in"
      onClose={() => openStaffPanel('none')}
    >
      <p>{t('staff.signIn.intro')}</p>
      <form className="sign-in__form" onSubmit={(e) => void send(e)}>
        <label>
          {t('staff.signIn.name')}
          <input name="name" autoComplete="username" required autoFocus />
        </label>
        <label>
          {t('staff.signIn.password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p className="staff-error" role="alert">
            {error}
          </p>
        )}
        <p>
          <button type="submit" disabled={busy}>
            {busy ? t('staff.signIn.busy') : t('staff.signIn.submit')}
          </button>
        </p>
      </form>
    </StaffDialog>
  );
}
