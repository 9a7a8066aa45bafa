import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { StoreContext, type AppStore } from '../../src/store/store';

/** Test-only: jsdom lays nothing out, so give charts a size and skip canvas text measuring. */
export function fakeLayout(): () => void {
  const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  const getContext = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'getContext');
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 600,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 300,
  });
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    configurable: true,
    value: () => null,
  });
  return () => {
    for (const [proto, name, d] of [
      [HTMLElement.prototype, 'clientWidth', width],
      [HTMLElement.prototype, 'clientHeight', height],
      [HTMLCanvasElement.prototype, 'getContext', getContext],
    ] as const)
      if (d) Object.defineProperty(proto, name, d);
  };
}

export function renderApp(store: AppStore) {
  return render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
}
