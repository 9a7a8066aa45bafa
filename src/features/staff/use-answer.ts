import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../core/manifest';
import type { Answer } from '../../ui/staff-api';

/** What a staff route answered, in the page's language when it failed; `reload` asks again. */
export function useAnswer<T>(fetcher: () => Promise<Answer<T>>, lang: Lang) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let current = true;
    void fetcher().then((answer) => {
      if (!current) return;
      setValue(answer.ok ? answer.value : undefined);
      setError(answer.ok ? undefined : answer.reason[lang]);
    });
    return () => {
      current = false;
    };
  }, [fetcher, lang, asked]);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { value, error, reload, clear: () => setValue(undefined) };
}
