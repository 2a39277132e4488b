import { IntroCard } from './about/IntroCard';
import { Panel } from './components/PanelBoundary';
import { EventChooser } from './events/EventChooser';
import { LayersPanel } from './layers/LayersPanel';
import { EdgePointers } from './map/EdgePointers';
import { MapView } from './map/MapView';
import type { MapViewState } from './state/appState';
import { PlayCaption } from './timeline/PlayCaption';

/**
 * The map and what sits on it: pointers to events beyond the edge, the layers and key, the chooser
 * for a shared pin, the first screen's invitation, the caption while playing. A still embed is the
 * map alone (its key is below it, see EmbeddedApp). Each piece fails alone.
 */
export function MapPane({
  initialView,
  still = false,
  intro = false,
}: {
  initialView: MapViewState | null;
  still?: boolean;
  intro?: boolean;
}) {
  return (
    <div className="map-pane" id="map-pane">
      <Panel name="map.name">
        <MapView initialView={initialView} />
      </Panel>
      {still ? null : (
        <>
          <Panel name="edge.region">
            <EdgePointers />
          </Panel>
          <Panel name="layers.heading">
            <LayersPanel />
          </Panel>
          <Panel name="events.heading">
            <EventChooser />
          </Panel>
          {intro ? (
            <Panel name="intro.label">
              <IntroCard show={intro} />
            </Panel>
          ) : null}
          <Panel name="timeline.region">
            <PlayCaption />
          </Panel>
        </>
      )}
    </div>
  );
}
