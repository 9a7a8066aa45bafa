import { useEffect, type ReactNode } from 'react';
import { readContrast, writeContrast } from '../../ui/contrast-preference';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../store/use-t';
import { selectCurrentPeriod, selectPeriods } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import './dashboard.css';

function PeriodSelect() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const periods = useAppStore(selectPeriods);
  const current = useAppStore(selectCurrentPeriod);
  const setPeriod = useAppStore((s) => s.setPeriod);
  if (periods.length < 2) return null;
  return (
    <div className="control">
      <label htmlFor="period-select">{t('dashboard.period.label')}</label>
      <select id="period-select" value={current} onChange={(e) => setPeriod(e.target.value)}>
        {[...periods].reverse().map((p) => (
          <option key={p} value={p}>
            {formatPeriod(p, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

function ThemeToggle() {
  const t = useT();
  const dark = useAppStore((s) => s.theme === 'dark');
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <button type="button" aria-pressed={dark} onClick={() => setTheme(dark ? 'light' : 'dark')}>
      {t('dashboard.theme.dark')}
    </button>
  );
}

/** Read after hydration, so the pre-rendered page and the first client render agree. */
function ContrastToggle() {
  const t = useT();
  const high = useAppStore((s) => s.contrast);
  const setContrast = useAppStore((s) => s.setContrast);
  useEffect(() => {
    if (readContrast()) setContrast(true);
  }, [setContrast]);
  return (
    <button
      type="button"
      aria-pressed={high}
      data-contrast-toggle=""
      onClick={() => {
        writeContrast(!high);
        setContrast(!high);
      }}
    >
      {t('dashboard.contrast')}
    </button>
  );
}

function LangSwitch() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  // The button names the other language in that language, so it is marked as such.
  return (
    <button
      type="button"
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('lang.switch')}
    </button>
  );
}

/** `children`: more controls after the period select (the board's comparison and export). */
export function DashboardHeader({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <header className="site-head">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <div className="controls">
        <PeriodSelect />
        {children}
        <ThemeToggle />
        <ContrastToggle />
        <LangSwitch />
      </div>
    </header>
  );
}
