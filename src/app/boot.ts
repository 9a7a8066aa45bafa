// Every stylesheet of the first view, here in the entry, so the build links (and the
// pre-render inlines) them: the page must be styled before any script runs.
import './app.css';
import './print.css';
import '../ui/ui.css';
import '../features/dashboard/dashboard.css';
import '../features/import/import.css';
import '../features/cases-table/cases-table.css';

// The page arrives drawn: its bytes and first paint go before the app's code, which then
// hydrates what is already on screen (a slow phone would otherwise share one thin line).
requestAnimationFrame(() => setTimeout(() => void import('./main')));
