import { lazy, Suspense } from 'react';
import { Notices } from './components/Notices';
import { Panel } from './components/PanelBoundary';
import { EventDetails } from './details/EventDetails';
import { EventChooser } from './events/EventChooser';
import { EventList } from './events/EventList';
import { FiltersPanel } from './filters/FiltersPanel';
import { ImportPanel } from './import/ImportPanel';
import { LanguageSwitcher } from './language/LanguageSwitcher';
import { useT } from './language/useT';
import { LayersPanel } from './layers/LayersPanel';
import { MapProvider } from './map/MapContext';
import { MapView } from './map/MapView';
import { SharePanel } from './share/SharePanel';
import type { MapViewState } from './state/appState';
import { useActions, useApp } from './state/store';
import { Announcer } from './timeline/Announcer';
import { TimeSlider } from './timeline/TimeSlider';

const AboutPanel = lazy(() => import('./about/AboutPanel'));

export function App({ initialView = null }: { initialView?: MapViewState | null }) {
  const t = useT();
  const selectedId = useApp((s) => s.selectedId);
  const aboutOpen = useApp((s) => s.aboutOpen);
  const { setAboutOpen } = useActions();
  const hasData = useApp((s) => s.data !== null);
  const loadError = useApp((s) => s.loadError);

  return (
    <MapProvider>
      <div className={`app${selectedId ? ' has-selection' : ''}`}>
        <header className="app-header">
          <h1>{t('app.title')}</h1>
          <p className="app-caveat">{t('app.caveat')}</p>
          <LanguageSwitcher />
          <button type="button" className="link-button app-about" onClick={() => setAboutOpen(true)}>
            {t('app.about')}
          </button>
        </header>
        <Notices />
        <main className="app-main">
          <div className="map-pane">
            <Panel name="map.name">
              <MapView initialView={initialView} />
            </Panel>
            <Panel name="layers.heading">
              <LayersPanel />
            </Panel>
            <Panel name="events.heading">
              <EventChooser />
            </Panel>
          </div>
          <aside className="side-pane">
            {!hasData && !loadError ? <p className="loading">{t('app.loading')}</p> : null}
            <Panel name="details.region">
              <EventDetails />
            </Panel>
            <Panel name="filters.heading">
              <FiltersPanel />
            </Panel>
            <Panel name="share.heading">
              <SharePanel />
            </Panel>
            <Panel name="import.heading">
              <ImportPanel />
            </Panel>
            <Panel name="events.heading">
              <EventList />
            </Panel>
          </aside>
          <Panel name="timeline.region">
            <TimeSlider />
          </Panel>
        </main>
        <Announcer />
        {aboutOpen ? (
          <Suspense fallback={null}>
            <AboutPanel />
          </Suspense>
        ) : null}
      </div>
    </MapProvider>
  );
}
