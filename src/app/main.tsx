// First, so that every stylesheet keeps its place in the cascade whatever the app imports.
import './styles';
import { lazy, startTransition, Suspense, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { DrawingsContext, readDrawings } from '../charts/drawings';
import { stableJson } from '../core/fingerprint';
import { createAppStore, StoreContext } from '../store/store';
import { parseUrlState } from '../store/url-state';
import { App } from './app';
import { bundledState, optionalFilesOf, PRERENDERED_ATTR, readInitialData } from './initial-data';
import { loadAll } from './load-data';
import { restoreDrafts } from '../features/import/drafts';
import { syncDraftsAcrossTabs } from '../features/import/draft-sync';
import { urlStateOf, viewFromUrl, type LinkedView } from '../features/board/permalink';

const url = parseUrlState(window.location.search);
// A permalink opens the view it names from the first paint.
const view = viewFromUrl(window.location.search);
const built = readInitialData(document);
// The data the build rendered the page from, unless this is the wall, which loads its own.
const initial = url.mode === 'wall' ? undefined : built;
const store = createAppStore({
  ...view,
  ...(initial ? bundledState(initial) : built && optionalFilesOf(built)),
});
const container = document.getElementById('root')!;

/** The build renders the default view; a link to another one is rendered afresh. */
function isBuiltView(linked: LinkedView): boolean {
  return stableJson(urlStateOf(linked)) === stableJson(urlStateOf(createAppStore().getState()));
}

/** Runs once the first render is committed: for a hydrated page, once hydration is done. */
function AfterFirstCommit({ run, children }: { run: () => void; children: ReactNode }) {
  useEffect(run, [run]);
  return children;
}

/** The build's HTML is gone or has been taken over: the page is the app's now. */
const markRunning = () => container.removeAttribute(PRERENDERED_ATTR);

if (url.mode === 'wall') {
  // The wall loads data/ itself, on its timer, and shows the published files only: no drafts.
  const WallApp = lazy(() => import('../features/wall/wall-app'));
  const reload = () => loadAll(store);
  createRoot(container).render(
    <StoreContext.Provider value={store}>
      <AfterFirstCommit run={markRunning}>
        <Suspense fallback={null}>
          <WallApp
            reload={reload}
            refreshMinutes={url.refresh ?? 5}
            rotateSeconds={url.rotate}
            reloadHours={url.reload ?? 24}
          />
        </Suspense>
      </AfterFirstCommit>
    </StoreContext.Provider>,
  );
} else {
  // Drafts go on top of the published data, so they wait for it; then other tabs' drafts follow.
  // A store update while React still hydrates would throw the server's HTML away: load after.
  const load = () => {
    markRunning();
    void loadAll(store)
      .then(() => restoreDrafts(store))
      .then(() => syncDraftsAcrossTabs(store));
    // A publish from this page: show the new live figures without a reload.
    store.subscribe((s, prev) => {
      if (s.livePublishes !== prev.livePublishes) void loadAll(store);
    });
  };
  const app = (
    <StoreContext.Provider value={store}>
      <DrawingsContext.Provider value={readDrawings(container)}>
        <AfterFirstCommit run={load}>
          <App />
        </AfterFirstCommit>
      </DrawingsContext.Provider>
    </StoreContext.Provider>
  );
  // In a transition, hydration yields to the browser every few milliseconds instead of blocking it.
  if (initial && container.firstElementChild && isBuiltView(view))
    startTransition(() => {
      hydrateRoot(container, app);
    });
  else createRoot(container).render(app);
}
