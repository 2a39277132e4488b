// The palette and the base styles load first: each feature's stylesheet, imported by its component,
// follows them in the cascade as it did when all the rules were in one file.
import 'virtual:palette.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadBorderGeometry } from './data/borderGeometry';
import { loadRecord } from './data/loadRecord';
import { isLoaded, loadMessages } from './i18n/messages';
import { keepImportsInBrowser } from './import/keepImports';
import { syncDocumentLanguage } from './language/documentLanguage';
import { whenIdleAfterFirstMap } from './map/readiness';
import { detectLanguage, LANGUAGE_NAMES, type Lang } from './model/languages';
import { embedModeOf } from './state/embedLink';
import { linkCarriesView } from './state/linkView';
import { appStore } from './state/store';
import { parseUrl } from './state/urlState';
import { applyUrl, syncUrl } from './state/urlSync';
import { ensureStories } from './stories/ensureStories';
import { keepStoryInBrowser } from './stories/keepStory';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing the #root element');

const link = parseUrl(window.location.search, window.location.hash);
// The layout is settled before the first render: an embed is drawn as one from the first frame.
appStore.getState().setEmbed(embedModeOf(link.state));
// A story link is applied only once the stories file is in: the map waits to paint its first picture at the step.
if (link.state.story !== null) appStore.getState().setLinkPending(true);

const render = (): void => {
  syncDocumentLanguage(appStore);
  createRoot(root).render(
    <StrictMode>
      <App initialView={link.state.view} intro={!linkCarriesView(link.state) && embedModeOf(link.state) === 'off'} />
    </StrictMode>,
  );
};

// Kept imports are restored alongside the record, before the link is applied: it may name one of them.
/** The record, cut to the reader's language, into the store: its data, or why it could not be loaded. */
async function loadIntoStore(lang: Lang): Promise<void> {
  const result = await loadRecord(lang);
  if (result.ok) appStore.getState().setData(result.data, result.skippedRecords);
  else appStore.getState().setLoadError(result.error);
}

const lang = link.state.lang ?? detectLanguage(navigator.languages ?? [navigator.language]);
// The record is asked for first, so it never waits for the dictionary below.
const recordLoaded = loadIntoStore(lang);

// The language is settled before the first render too, so nobody sees the page flash in English:
// English (in the bundle) renders in this task; another language's dictionary is fetched, alongside
// the record, before the first render.
// If it cannot be fetched the page opens in English and says why.
if (isLoaded(lang)) {
  appStore.getState().setLang(lang);
  render();
} else {
  void loadMessages(lang).then((result) => {
    if (result.ok) appStore.getState().setLang(lang);
    else appStore.getState().notify({ key: 'notice.languageLoad', params: { language: LANGUAGE_NAMES[lang] } });
    render();
  });
}
keepStoryInBrowser(appStore);
void Promise.all([recordLoaded, keepImportsInBrowser(appStore)])
  .then(async () => {
    // A link to a built-in story needs the stories (checked against the record) before it is applied.
    if (link.state.story !== null) await ensureStories(appStore);
    const problems = applyUrl(appStore, link);
    if (problems.length > 0) appStore.getState().notify({ key: 'notice.badUrl', params: { what: problems.join(', ') } });
    syncUrl(appStore);
  })
  .finally(() => appStore.getState().setLinkPending(false));

/**
 * The border line and country outlines for the details panel's side-and-distance line. Asked for
 * once the record is in, the first map is drawn and the browser is idle, so it never competes with
 * the first map draw; if the files are unusable the line is left out and a notice says why.
 */
async function loadBorderContext(): Promise<void> {
  const result = await loadBorderGeometry();
  if (result.ok) appStore.getState().setBorderGeometry(result.geometry);
  else appStore.getState().notify({ key: 'notice.borderGeometry', params: { file: result.file, reason: result.reason } });
}

void recordLoaded.then(() => whenIdleAfterFirstMap(() => void loadBorderContext()));
