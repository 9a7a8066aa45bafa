import { createRoot } from 'react-dom/client';
import { createAppStore, StoreContext } from '../store/store';
import { App } from './app';
import { loadAll } from './load-data';
import { restoreDrafts } from '../features/import/drafts';
import './app.css';

const store = createAppStore();
// Drafts go on top of the published data, so they wait for it.
void loadAll(store).then(() => restoreDrafts(store));

createRoot(document.getElementById('root')!).render(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
);
