import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>普陀公安</p>);
