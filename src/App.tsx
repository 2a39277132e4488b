import { lazy, Suspense } from 'react';
import { Notices } from './components/Notices';
import { PanelBoundary } from './components/PanelBoundary';
import { EventDetails } from './details/EventDetails';
import { EventChooser } from './events/EventChooser';
import { EventList } from './events/EventList';
import { FiltersPanel } from './filters/FiltersPanel';
import { LanguageSwitcher } from './i18n/LanguageSwitcher';
import { useT } from './i18n/useT';
import { ImportPanel } from './import/ImportPanel';
import { LayersPanel } from './layers/LayersPanel';
import { MapView } from './map/MapView';
import { SharePanel } from './share/SharePanel';
import { useApp } from './state/store';
import type { MapViewState } from './state/urlState';
import { Announcer } from './timeline/Announcer';
import { TimeSlider } from './timeline/TimeSlider';

const AboutPanel = lazy(() => import('./about/AboutPanel'));

export function App({ initialView = null }: { initialView?: MapViewState | null }) {
  const t = useT();
  const selectedId = useApp((s) => s.selectedId);
  const aboutOpen = useApp((s) => s.aboutOpen);
  const setAboutOpen = useApp((s) => s.setAboutOpen);
  const hasData = useApp((s) => s.data !== null);
  const loadError = useApp((s) => s.loadError);
  const panelMessage = (panel: string) => t('error.panel', { panel });

  return (
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
          <PanelBoundary name={t('map.name')} message={panelMessage}>
            <MapView initialView={initialView} />
          </PanelBoundary>
          <PanelBoundary name={t('layers.heading')} message={panelMessage}>
            <LayersPanel />
          </PanelBoundary>
          <PanelBoundary name={t('events.heading')} message={panelMessage}>
            <EventChooser />
          </PanelBoundary>
        </div>
        <aside className="side-pane">
          {!hasData && !loadError ? <p className="loading">{t('app.loading')}</p> : null}
          <PanelBoundary name={t('details.region')} message={panelMessage}>
            <EventDetails />
          </PanelBoundary>
          <PanelBoundary name={t('filters.heading')} message={panelMessage}>
            <FiltersPanel />
          </PanelBoundary>
          <PanelBoundary name={t('share.heading')} message={panelMessage}>
            <SharePanel />
          </PanelBoundary>
          <PanelBoundary name={t('import.heading')} message={panelMessage}>
            <ImportPanel />
          </PanelBoundary>
          <PanelBoundary name={t('events.heading')} message={panelMessage}>
            <EventList />
          </PanelBoundary>
        </aside>
        <PanelBoundary name={t('timeline.region')} message={panelMessage}>
          <TimeSlider />
        </PanelBoundary>
      </main>
      <Announcer />
      {aboutOpen ? (
        <Suspense fallback={null}>
          <AboutPanel />
        </Suspense>
      ) : null}
    </div>
  );
}
