import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore, StoreContext } from '../store/store';
import { parseUrlState } from '../store/url-state';
import { App } from './app';
import { loadAll } from './load-data';
import { restoreDrafts } from '../features/import/drafts';
import { syncDraftsAcrossTabs } from '../features/import/draft-sync';
import { viewFromUrl } from '../features/board/permalink';
import './app.css';
import './print.css';

const url = parseUrlState(window.location.search);
// A permalink opens the view it names from the first paint.
const store = createAppStore(viewFromUrl(window.location.search));
const root = createRoot(document.getElementById('root')!);

if (url.mode === 'wall') {
  // The wall loads data/ itself, on its timer, and shows the published files only: no drafts.
  const WallApp = lazy(() => import('../features/wall/wall-app'));
  const reload = () => loadAll(store);
  root.render(
    <StoreContext.Provider value={store}>
      <Suspense fallback={null}>
        <WallApp reload={reload} refreshMinutes={url.refresh ?? 5} rotateSeconds={url.rotate} />
      </Suspense>
    </StoreContext.Provider>,
  );
} else {
  // Drafts go on top of the published data, so they wait for it; then other tabs' drafts follow.
  void loadAll(store)
    .then(() => restoreDrafts(store))
    .then(() => syncDraftsAcrossTabs(store));
  root.render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
}
