import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function OptionsApp() {
  return (
    <main>
      <h1>Callback settings</h1>
      <p>Callback runs entirely on this computer: no server, no account, no network requests.</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><OptionsApp /></StrictMode>);
