import './styles';

// The page arrives drawn: its bytes and first paint go before the app's code, which then
// hydrates what is already on screen (a slow phone would otherwise share one thin line).
requestAnimationFrame(() => setTimeout(() => void import('./main')));
