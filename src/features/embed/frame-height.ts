export const HEIGHT_MESSAGE = 'putuo-embed:height';
/** embed.js asks each frame it owns for its height, in case it loaded after the first report. */
export const HELLO_MESSAGE = 'putuo-embed:hello';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string;
  height: number;
}

/**
 * Reports the content's height to the host page whenever it changes. It observes the content
 * element, never the frame: resizing the frame cannot change what is measured, so no loop.
 */
export function reportHeight(content: HTMLElement, id: string, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const post = (force: boolean) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, id, height };
    // Only a height is sent, so any host may read it.
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => post(false));
  observer.observe(content);
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source !== win.parent) return;
    if (typeof data === 'object' && data !== null && 'type' in data && data.type === HELLO_MESSAGE)
      post(true);
  };
  win.addEventListener('message', onMessage);
  post(true);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
