import { type ComponentType, lazy, Suspense } from 'react';
import { CitationMeta } from './cite/CitationMeta';
import { BottomSheet } from './components/BottomSheet';
import { Notices } from './components/Notices';
import { Panel } from './components/PanelBoundary';
import { SkipLinks, type SkipTarget } from './components/SkipLinks';
import { DETAILS_PANELS } from './detailsPanels';
import { EmbeddedApp } from './EmbeddedApp';
import { EventList } from './events/EventList';
import { FiltersPanel } from './filters/FiltersPanel';
import type { MessageKey } from './i18n/messages.en';
import { ImportPanel } from './import/ImportPanel';
import { LanguageSwitcher } from './language/LanguageSwitcher';
import { useT } from './language/useT';
import { MapPane } from './MapPane';
import { MapProvider } from './map/MapContext';
import { PrintBriefing } from './print/PrintBriefing';
import { SharePanel } from './share/SharePanel';
import type { MapViewState } from './state/appState';
import { useActions, useApp } from './state/store';
import { StoriesPanel } from './stories/StoriesPanel';
import { Announcer } from './timeline/Announcer';
import { TimeSlider } from './timeline/TimeSlider';

const AboutPanel = lazy(() => import('./about/AboutPanel'));

/** The side pane, top to bottom: each panel named for its error message, failing alone. */
const SIDE_PANELS: ReadonlyArray<[MessageKey, ComponentType]> = [
  ['stories.heading', StoriesPanel],
  ['filters.heading', FiltersPanel],
  ['share.heading', SharePanel],
  ['import.heading', ImportPanel],
  ['events.heading', EventList],
];

/** Where the skip links lead: the map's canvas (its arrow keys reach the markers), the date slider, the list's entry. */
const SKIP_TARGETS: readonly SkipTarget[] = [
  { id: 'map-pane', label: 'skip.map', focus: ['.map canvas'] },
  { id: 'timeline', label: 'skip.timeline', focus: ['input[type="range"]'] },
  { id: 'event-list', label: 'skip.events', focus: ['.event-entry[tabindex="0"]', 'h2'] },
];

/** `intro`: whether the first screen invites the person in (main.tsx: not when the link opens on something chosen). */
export function App({ initialView = null, intro = false }: { initialView?: MapViewState | null; intro?: boolean }) {
  const t = useT();
  const hasSelection = useApp((s) => s.selectedId !== null || s.selectedCheckpoint !== null);
  const hasStory = useApp((s) => s.story !== null);
  const aboutOpen = useApp((s) => s.aboutOpen);
  const { setAboutOpen, setStoriesOpen } = useActions();
  const hasData = useApp((s) => s.data !== null);
  const loadError = useApp((s) => s.loadError);
  const embed = useApp((s) => s.embed);
  if (embed !== 'off') return <EmbeddedApp mode={embed} initialView={initialView} />;

  return (
    <MapProvider>
      <div className={`app${hasSelection || hasStory ? ' has-selection' : ''}${hasStory ? ' has-story' : ''}`}>
        <SkipLinks targets={SKIP_TARGETS} />
        <CitationMeta />
        <header className="app-header">
          <h1>{t('app.title')}</h1>
          <p className="app-caveat">{t('app.caveat')}</p>
          <LanguageSwitcher />
          <button
            type="button"
            className="link-button app-stories"
            onClick={() => setStoriesOpen(true)}
            aria-controls="stories-panel"
          >
            {t('app.stories')}
          </button>
          <button type="button" className="link-button app-about" onClick={() => setAboutOpen(true)}>
            {t('app.about')}
          </button>
        </header>
        <Notices />
        <main className="app-main">
          {/* Before the map and the side pane in the tab order (the grid still draws it below the map):
              the date is the page's main control, and the map's controls and the lists hold many stops. */}
          <Panel name="timeline.region">
            <TimeSlider />
          </Panel>
          <MapPane initialView={initialView} intro={intro} />
          <aside className="side-pane">
            {!hasData && !loadError ? <p className="loading">{t('app.loading')}</p> : null}
            <BottomSheet open={hasSelection || hasStory}>
              {DETAILS_PANELS.map(([name, View]) => (
                <Panel key={name} name={name}>
                  <View />
                </Panel>
              ))}
            </BottomSheet>
            {SIDE_PANELS.map(([name, View]) => (
              <Panel key={name} name={name}>
                <View />
              </Panel>
            ))}
          </aside>
        </main>
        <Announcer />
        {aboutOpen ? (
          <Suspense fallback={null}>
            <AboutPanel />
          </Suspense>
        ) : null}
      </div>
      <PrintBriefing />
    </MapProvider>
  );
}
