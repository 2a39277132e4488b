import { Notices } from './components/Notices';
import { Panel } from './components/PanelBoundary';
import { DETAILS_PANELS } from './detailsPanels';
import { EmbedBar } from './embed/EmbedBar';
import { PrintedMap } from './embed/PrintedMap';
import { StillCaption } from './embed/StillCaption';
import { useHeightMessages } from './embed/useHeightMessages';
import { Legend } from './layers/Legend';
import { MapPane } from './MapPane';
import { MapProvider } from './map/MapContext';
import type { EmbedMode } from './model/embed';
import type { MapViewState } from './state/appState';
import { useApp } from './state/store';
import { Announcer } from './timeline/Announcer';
import { TimeSlider } from './timeline/TimeSlider';
import './embed/embed.css';

/**
 * The map inside another page (`?embed=1`): a one-line bar with the way to the full map, the slider,
 * the map with its legend, and the details of what is open below them, in the page's flow so the
 * frame can grow to fit (the height is posted to the host). Filters, lists, sharing and imports stay
 * in the full map. A still embed (`static=1`) is the map and what it shows, with nothing to operate.
 */
export function EmbeddedApp({ mode, initialView }: { mode: Exclude<EmbedMode, 'off'>; initialView: MapViewState | null }) {
  const still = mode === 'static';
  const hasData = useApp((s) => s.data !== null);
  const root = useHeightMessages(hasData);
  return (
    <MapProvider>
      <div ref={root} className={`app is-embed${still ? ' is-still' : ''}`}>
        <EmbedBar />
        <Notices />
        <main className="embed-main">
          {still ? (
            <StillCaption />
          ) : (
            <Panel name="timeline.region">
              <TimeSlider />
            </Panel>
          )}
          <MapPane initialView={initialView} still={still} />
          <PrintedMap />
          {still ? (
            // A picture needs its key beside it, open: nothing to unfold, and the reader of a printout can't.
            <div className="still-key">
              <Panel name="legend.heading">
                <Legend />
              </Panel>
            </div>
          ) : (
            <div className="embed-details">
              {DETAILS_PANELS.map(([name, View]) => (
                <Panel key={name} name={name}>
                  <View />
                </Panel>
              ))}
            </div>
          )}
        </main>
        <Announcer />
      </div>
    </MapProvider>
  );
}
