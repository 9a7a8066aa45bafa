import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { ChartId } from '../../charts/chart-registry';
import { useT } from '../../store/use-t';
import './embed-dialog.css';
import { EmbedFlagsFieldset, NO_FLAGS, type EmbedFlags } from './embed-flags';
import { HEIGHT_MESSAGE } from './frame-height';
import { useEmbedSnippet } from './use-embed-snippet';

type CopyStatus = 'idle' | 'copied' | 'manual';

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http, old browser, permission): select the code for the reader.
    field?.focus();
    field?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** The preview frame sizes itself as embed.js would, trusting only its own frame. */
function usePreviewHeight(frame: RefObject<HTMLIFrameElement | null>): number | undefined {
  const [height, setHeight] = useState<number>();
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== frame.current?.contentWindow || event.origin !== location.origin) return;
      if (typeof data !== 'object' || data === null || !('type' in data) || !('height' in data))
        return;
      if (data.type === HEIGHT_MESSAGE && typeof data.height === 'number') setHeight(data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame]);
  return height;
}

export function EmbedDialog({ id, onClose }: { id: ChartId; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [copied, setCopied] = useState<{ snippet: string; status: CopyStatus }>();
  const ids = useId();
  const siteRoot = new URL('./', document.baseURI).href;
  const [flags, setFlags] = useState<EmbedFlags>(NO_FLAGS);
  const code = useEmbedSnippet(id, siteRoot, flags);
  const previewHeight = usePreviewHeight(frame);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    // showModal makes the page behind inert and closes on Esc; old browsers only open it.
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
    return () => {
      if (el.open && typeof el.close === 'function') el.close();
    };
  }, []);

  // A status says nothing about a snippet the language or theme has since changed.
  const status = copied?.snippet === code.snippet ? copied.status : 'idle';
  const close = () => dialog.current?.close();
  const copy = async () => {
    const { snippet } = code;
    setCopied({ snippet, status: (await copyText(snippet, field.current)) ? 'copied' : 'manual' });
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      onClose={onClose}
    >
      <div className="embed-dialog__head">
        <h2 id={`${ids}-title`}>{t('embed.dialogTitle', { title: code.title })}</h2>
        <button type="button" onClick={close}>
          {t('embed.close')}
        </button>
      </div>
      <p id={`${ids}-intro`}>{t('embed.dialogIntro')}</p>
      <EmbedFlagsFieldset flags={flags} onChange={setFlags} />
      <label htmlFor={`${ids}-code`}>{t('embed.code')}</label>
      <textarea
        id={`${ids}-code`}
        ref={field}
        className="embed-dialog__code"
        readOnly
        rows={4}
        value={code.snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-dialog__copy">
        <button type="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <p role="status" className={`embed-dialog__status embed-dialog__status--${status}`}>
          {status === 'copied'
            ? t('embed.copied')
            : status === 'manual'
              ? t('embed.copyManual')
              : ''}
        </p>
      </div>
      <h3>{t('embed.preview')}</h3>
      <iframe
        ref={frame}
        className="embed-dialog__preview"
        src={code.src}
        title={code.title}
        style={previewHeight ? { height: previewHeight } : undefined}
      />
    </dialog>
  );
}
