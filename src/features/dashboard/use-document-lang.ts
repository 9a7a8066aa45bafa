import { useEffect } from 'react';
import { PALETTES } from '../../charts/theme';
import { translate } from '../../i18n/translate';
import { useAppStore } from '../../store/store';
import { usePrinting } from '../../ui/use-printing';

/** Keeps <html lang>, the tab title and the page background in step with the view. */
export function useDocumentLang(): void {
  const lang = useAppStore((s) => s.lang);
  // Paper is light whatever the screen shows.
  const printing = usePrinting();
  const dark = useAppStore((s) => s.theme === 'dark') && !printing;
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(lang, 'app.title')} · ${translate(lang, 'app.subtitle')}`;
  }, [lang]);
  useEffect(() => {
    const root = document.documentElement.style;
    root.colorScheme = dark ? 'dark' : 'light';
    root.backgroundColor = PALETTES[dark ? 'dark' : 'light'].background;
  }, [dark]);
}
