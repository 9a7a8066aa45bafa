import { useMemo } from 'react';
import { useAppStore } from '../store/store';
import { translator, type Translate } from './translate';

export function useT(): Translate {
  const lang = useAppStore((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
