import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseManifest } from '../../core/manifest';
import { readCsv } from '../../core/read-csv';
import { SCHEMAS } from '../../core/schema';
import { REQUIRED_DATASETS } from '../../core/types';
import { selectCurrentPeriod } from '../../store/selectors';
import { createAppStore, StoreContext, type AppStore } from '../../store/store';
import { parseEmbedLocation } from '../../store/url-state';
import { EmbedButton } from './embed-button';

// jsdom gives import.meta.url an http: scheme, so read data/ from the directory vitest runs in.
const DATA = join(process.cwd(), 'data');

function loadedStore(): AppStore {
  const store = createAppStore();
  const manifest = parseManifest(JSON.parse(readFileSync(join(DATA, 'datasets.json'), 'utf8')));
  if (!manifest.ok) throw new Error('datasets.json is invalid');
  store.getState().setManifest({ status: 'ready', manifest: manifest.manifest });
  for (const id of REQUIRED_DATASETS) {
    const fileName = SCHEMAS[id].file;
    const bytes = new Uint8Array(readFileSync(join(DATA, fileName)));
    const result = readCsv(bytes, { fileName, datasetId: id });
    if (result.ok) store.getState().setPublished(id, result.dataset, 1);
  }
  return store;
}

function renderButton(store: AppStore) {
  return render(
    <StoreContext.Provider value={store}>
      <EmbedButton id="services" />
    </StoreContext.Provider>,
  );
}

function snippetFrame(text: string) {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  return { frame: doc.querySelector('iframe'), script: doc.querySelector('script') };
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

async function openDialog(store: AppStore) {
  const user = userEvent.setup();
  renderButton(store);
  await user.click(screen.getByRole('button', { name: /^(嵌入|Embed)/ }));
  // The dialog is lazy: its first import may take a while on a busy machine.
  const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
  return { user, dialog };
}

describe('the embed dialog', () => {
  it('opens a labelled modal with the snippet for the current language, theme and period', async () => {
    const store = loadedStore();
    store.getState().setLang('en');
    store.getState().setTheme('dark');
    const { dialog } = await openDialog(store);
    const state = store.getState();
    const title =
      state.manifest.status === 'ready' ? state.manifest.manifest.datasets.services.title.en : '';
    expect(dialog).toHaveAccessibleName(`Embed “${title}”`);
    expect(dialog).toHaveAttribute('open');

    const code = screen.getByRole('textbox', { name: 'Embed code' });
    const { frame, script } = snippetFrame((code as HTMLTextAreaElement).value);
    expect(frame?.hasAttribute('data-putuo-embed')).toBe(true);
    expect(frame?.getAttribute('title')).toBe(title);
    expect(Number(frame?.getAttribute('height'))).toBeGreaterThan(300);
    expect(parseEmbedLocation(new URL(frame!.getAttribute('src')!))).toMatchObject({
      chart: 'services',
      lang: 'en',
      theme: 'dark',
      period: selectCurrentPeriod(state),
    });
    expect(script?.getAttribute('src')).toMatch(/\/embed\.js$/);
    expect(screen.getByTitle(title)).toHaveAttribute('src', frame!.getAttribute('src'));
  });

  it('follows a language switch while open', async () => {
    const store = loadedStore();
    await openDialog(store);
    const code = () => (screen.getByRole('textbox') as HTMLTextAreaElement).value;
    expect(parseEmbedLocation(new URL(snippetFrame(code()).frame!.src)).lang).toBe('zh');
    act(() => store.getState().setLang('en'));
    expect(parseEmbedLocation(new URL(snippetFrame(code()).frame!.src)).lang).toBe('en');
  });

  it('copies with the clipboard API and says so', async () => {
    const { user } = await openDialog(loadedStore());
    // After userEvent.setup(), which installs a clipboard of its own.
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: '复制代码' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已复制到剪贴板');
    expect(writeText).toHaveBeenCalledWith(
      (screen.getByRole('textbox') as HTMLTextAreaElement).value,
    );
  });

  it('without a clipboard, selects the code and asks the reader to copy it', async () => {
    const { user } = await openDialog(loadedStore());
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: '复制代码' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Ctrl\+C/));
    const code = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(code);
    expect(code.selectionEnd - code.selectionStart).toBe(code.value.length);
  });

  it('closes and gives focus back to its button', async () => {
    const { user } = await openDialog(loadedStore());
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^嵌入/ }));
  });
});
