import './styles';

// The build drew the dashboard; the wall (?mode=wall, as url-state reads it, not imported here
// to keep this entry tiny) draws itself, so the dashboard must not show on its screen first.
if (new URLSearchParams(location.search).get('mode')?.trim().toLowerCase() === 'wall')
  document.getElementById('root')?.replaceChildren();

// The page arrives drawn: its bytes and first paint go before the app's code, which then
// hydrates what is already on screen (a slow phone would otherwise share one thin line).
requestAnimationFrame(() => setTimeout(() => void import('./main')));
