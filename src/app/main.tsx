import { createRoot } from 'react-dom/client';
import { createAppStore, StoreContext } from '../store/store';
import { App } from './app';
import { loadAll } from './load-data';
import './app.css';

const store = createAppStore();
void loadAll(store);

createRoot(document.getElementById('root')!).render(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
);
