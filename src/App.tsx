import { type ComponentType, lazy, Suspense } from 'react';
import { Notices } from './components/Notices';
import { Panel } from './components/PanelBoundary';
import { CheckpointDetails } from './details/CheckpointDetails';
import { EventDetails } from './details/EventDetails';
import { EventChooser } from './events/EventChooser';
import { EventList } from './events/EventList';
import { FiltersPanel } from './filters/FiltersPanel';
import type { MessageKey } from './i18n/messages.en';
import { ImportPanel } from './import/ImportPanel';
import { LanguageSwitcher } from './language/LanguageSwitcher';
import { useT } from './language/useT';
import { LayersPanel } from './layers/LayersPanel';
import { EdgePointers } from './map/EdgePointers';
import { MapProvider } from './map/MapContext';
import { MapView } from './map/MapView';
import { SharePanel } from './share/SharePanel';
import type { MapViewState } from './state/appState';
import { useActions, useApp } from './state/store';
import { Announcer } from './timeline/Announcer';
import { TimeSlider } from './timeline/TimeSlider';

const AboutPanel = lazy(() => import('./about/AboutPanel'));

/** The side pane, top to bottom: each panel named for its error message, failing alone. */
const SIDE_PANELS: ReadonlyArray<[MessageKey, ComponentType]> = [
  ['details.region', EventDetails],
  ['checkpoint.region', CheckpointDetails],
  ['filters.heading', FiltersPanel],
  ['share.heading', SharePanel],
  ['import.heading', ImportPanel],
  ['events.heading', EventList],
];

export function App({ initialView = null }: { initialView?: MapViewState | null }) {
  const t = useT();
  const hasSelection = useApp((s) => s.selectedId !== null || s.selectedCheckpoint !== null);
  const aboutOpen = useApp((s) => s.aboutOpen);
  const { setAboutOpen } = useActions();
  const hasData = useApp((s) => s.data !== null);
  const loadError = useApp((s) => s.loadError);

  return (
    <MapProvider>
      <div className={`app${hasSelection ? ' has-selection' : ''}`}>
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
            <Panel name="edge.region">
              <EdgePointers />
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
            {SIDE_PANELS.map(([name, View]) => (
              <Panel key={name} name={name}>
                <View />
              </Panel>
            ))}
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
