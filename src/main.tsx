import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { syncDocumentLanguage } from './i18n/documentLanguage';
import { detectLanguage } from './i18n/languages';
import { keepImportsInBrowser } from './import/keepImports';
import { loadAppData } from './state/loadAppData';
import { appStore } from './state/store';
import { parseUrl } from './state/urlState';
import { applyUrl, syncUrl } from './state/urlSync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing the #root element');

const link = parseUrl(window.location.search, window.location.hash);
// The language is settled before the first render, so nobody sees the page flash in English.
appStore.getState().setLang(link.state.lang ?? detectLanguage(navigator.languages ?? [navigator.language]));
syncDocumentLanguage(appStore);
createRoot(root).render(
  <StrictMode>
    <App initialView={link.state.view} />
  </StrictMode>,
);

// Kept imports are restored alongside the record, before the link is applied: it may name one of them.
void Promise.all([loadAppData(appStore.getState()), keepImportsInBrowser(appStore)]).then(() => {
  const problems = applyUrl(appStore, link);
  if (problems.length > 0) appStore.getState().notify({ key: 'notice.badUrl', params: { what: problems.join(', ') } });
  syncUrl(appStore);
});
