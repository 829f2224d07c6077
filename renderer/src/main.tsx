import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { I18nProvider } from './i18n/i18n-provider';
import { DurableStart } from './features/workspace-file/durable-start';
import './styles.css';

// Ask the browser to keep this origin's storage even under disk pressure (no-op where refused).
void navigator.storage?.persist?.();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <DurableStart>
        <App />
      </DurableStart>
    </I18nProvider>
  </StrictMode>,
);
