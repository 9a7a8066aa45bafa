// Every stylesheet of the first view, in the cascade order the app was written against:
// components' own, then the page's, then print. The entry imports this, so the build links
// (and the pre-render inlines) them all: the page is styled before any script runs.
import '../ui/ui.css';
import '../features/dashboard/dashboard.css';
import '../features/import/import.css';
import './app.css';
import './print.css';
import '../features/cases-table/cases-table.css';
