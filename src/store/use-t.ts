import { useMemo } from 'react';
import { useAppStore } from './store';
import { translator, type Translate } from '../i18n/translate';

export function useT(): Translate {
  const lang = useAppStore((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
