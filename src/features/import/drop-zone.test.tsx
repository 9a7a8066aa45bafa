import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { createAppStore, StoreContext } from '../../store/store';
import { ImportDropZone } from './drop-zone';

const t = translator('zh');

function dragEvent(type: string, files: File[], types = ['Files']): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', {
    value: { types, files, dropEffect: 'none' },
  });
  return event;
}

describe('ImportDropZone', () => {
  it('shows an overlay with the size cap while files are dragged over the page', () => {
    const store = createAppStore();
    render(
      <StoreContext.Provider value={store}>
        <ImportDropZone />
      </StoreContext.Provider>,
    );
    expect(screen.queryByText(t('import.drop'))).toBeNull();
    act(() => void window.dispatchEvent(dragEvent('dragenter', [])));
    act(() => void window.dispatchEvent(dragEvent('dragenter', [])));
    expect(screen.getByText(t('import.drop'))).toBeInTheDocument();
    expect(screen.getByText(t('import.limit', { limitMb: 50 }))).toBeInTheDocument();
    act(() => void window.dispatchEvent(dragEvent('dragleave', [])));
    expect(screen.getByText(t('import.drop'))).toBeInTheDocument();
    act(() => void window.dispatchEvent(dragEvent('dragleave', [])));
    expect(screen.queryByText(t('import.drop'))).toBeNull();
  });

  it('opens the import with the dropped files, and ignores dragged text', () => {
    const store = createAppStore();
    render(
      <StoreContext.Provider value={store}>
        <ImportDropZone />
      </StoreContext.Provider>,
    );
    act(() => void window.dispatchEvent(dragEvent('drop', [], ['text/plain'])));
    expect(store.getState().importOpen).toBe(false);
    const files = [new File(['a'], 'a.csv'), new File(['b'], 'b.csv')];
    const drop = dragEvent('drop', files);
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(store.getState().importOpen).toBe(true);
    expect(store.getState().importQueue).toEqual(files);
    expect(screen.queryByText(t('import.drop'))).toBeNull();
  });
});
