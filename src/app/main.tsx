import { createRoot } from 'react-dom/client';
import { createAppStore, StoreContext } from '../store/store';
import { App } from './app';
import { loadAll } from './load-data';
import { restoreDrafts } from '../features/import/drafts';
import { syncDraftsAcrossTabs } from '../features/import/draft-sync';
import './app.css';

const store = createAppStore();
// Drafts go on top of the published data, so they wait for it; then other tabs' drafts follow.
void loadAll(store)
  .then(() => restoreDrafts(store))
  .then(() => syncDraftsAcrossTabs(store));

createRoot(document.getElementById('root')!).render(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
);
