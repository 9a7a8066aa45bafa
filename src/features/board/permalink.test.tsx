import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore, StoreContext } from '../../store/store';
import { permalinkOf, usePermalinkSync, viewFromUrl } from './permalink';

const SITE = 'https://data.example.gov.cn/putuo/';

describe('viewFromUrl and permalinkOf', () => {
  it('round-trips period, comparison, language, theme and open panels', () => {
    const query = '?lang=en&theme=dark&period=2021&compare=2020&panel=crime-table,services-table';
    const view = viewFromUrl(query);
    expect(view).toEqual({
      lang: 'en',
      theme: 'dark',
      period: '2021',
      comparePeriod: '2020',
      openPanels: ['crime-table', 'services-table'],
    });
    expect(permalinkOf(SITE + query, view)).toBe(SITE + query);
  });

  it('gives the same link for the same panels in any order, and none for the defaults', () => {
    const a = viewFromUrl('?panel=services-table,crime-table');
    const b = viewFromUrl('?panel=crime-table,services-table,crime-table');
    expect(permalinkOf(SITE, a)).toBe(permalinkOf(SITE, b));
    expect(permalinkOf(`${SITE}index.html?lang=zh&theme=light#sources`, viewFromUrl(''))).toBe(
      `${SITE}#sources`,
    );
  });
});

function Sync() {
  usePermalinkSync();
  return null;
}

describe('usePermalinkSync', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('writes the view into the address bar as it changes, without new history entries', () => {
    window.history.replaceState(null, '', '/?lang=EN&junk=1');
    const store = createAppStore(viewFromUrl(window.location.search));
    const length = window.history.length;
    render(
      <StoreContext.Provider value={store}>
        <Sync />
      </StoreContext.Provider>,
    );
    expect(window.location.search).toBe('?lang=en');
    act(() => store.getState().setComparePeriod('2020'));
    act(() => store.getState().setPanelOpen('services-table', true));
    act(() => store.getState().setTheme('dark'));
    expect(window.location.search).toBe('?lang=en&theme=dark&compare=2020&panel=services-table');
    act(() => store.getState().setPanelOpen('services-table', false));
    expect(window.location.search).toBe('?lang=en&theme=dark&compare=2020');
    expect(window.history.length).toBe(length);
  });
});
