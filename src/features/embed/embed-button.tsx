import { lazy, Suspense, useRef, useState } from 'react';
import { CHARTS, type ChartId } from '../../charts/chart-registry';
import { useT } from '../../store/use-t';
import { selectManifest } from '../../store/selectors';
import { useAppStore } from '../../store/store';

// The dialog (and the embed model it measures with) loads on the first click.
const EmbedDialog = lazy(() => import('./embed-dialog').then((m) => ({ default: m.EmbedDialog })));

/** "Embed" in a chart panel's header: opens the snippet, copy button and live preview. */
export function EmbedButton({ id }: { id: ChartId }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const lang = useAppStore((s) => s.lang);
  const title =
    useAppStore(selectManifest)?.datasets[CHARTS[id].dataset].title[lang] ??
    t(`dataset.${CHARTS[id].dataset}`);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        aria-label={t('embed.buttonLabel', { title })}
        onClick={() => setOpen(true)}
      >
        {t('embed.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog id={id} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
