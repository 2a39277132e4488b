import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { en } from './i18n/messages.en';
import { translate } from './i18n/translate';
import { keepImportsInBrowser } from './import/keepImports';
import { loadAppData } from './state/loadAppData';
import { appStore } from './state/store';
import { parseUrl } from './state/urlState';
import { applyUrl, syncUrl } from './state/urlSync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing the #root element');

const link = parseUrl(window.location.search, window.location.hash);
createRoot(root).render(
  <StrictMode>
    <App initialView={link.state.view} />
  </StrictMode>,
);

// Kept imports are restored alongside the record, before the link is applied: it may name one of them.
void Promise.all([loadAppData(appStore.getState()), keepImportsInBrowser(appStore)]).then(() => {
  const problems = applyUrl(appStore, link);
  if (problems.length > 0) appStore.getState().notify(translate(en, 'notice.badUrl', { what: problems.join(', ') }));
  syncUrl(appStore);
});
