import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/mantine-styles';
import { App } from './app/app';

const root = document.getElementById('root');
if (root) {
  // Rendered as a transition: React renders the page in slices of a few milliseconds instead
  // of one long task, so the main thread stays free for input while the form is built.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
