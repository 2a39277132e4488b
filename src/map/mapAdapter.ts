import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Status } from '../state/selectors';
import type { TimedEvent } from '../state/timedEvent';
import { STATE_DAY, STATE_DENSE, STATE_MIN_END } from './buildStyle';
import { eventsToFeatureCollection } from './eventFeatures';
import { EVENTS_SOURCE, type LayerGroup } from './layerIds';
import { layerVisibility } from './layerVisibility';

/** More events than this and single markers at low zoom become an unreadable carpet: density takes over. */
export const DENSE_RECORD_SIZE = 3000;

/** The part of MapLibre's Map the adapter uses, so tests can pass a small fake. */
export type MapSurface = Pick<
  MlMap,
  'getSource' | 'setGlobalStateProperty' | 'setFeatureState' | 'setLayoutProperty' | 'getLayoutProperty' | 'easeTo' | 'jumpTo'
>;

/**
 * Turns store state into MapLibre calls, each change touching only what it must: the date is one
 * global-state value, selection and checkpoint status are feature-state, layer toggles are layout
 * visibility. The style itself is never rebuilt.
 */
export class MapAdapter {
  private selected: string | null = null;
  private day: number | null = null;
  private dense = false;
  private minEnd: number | null = null;

  constructor(
    private readonly map: MapSurface,
    private readonly reducedMotion = false,
  ) {}

  setEvents(events: readonly TimedEvent[]): void {
    const source = this.map.getSource<GeoJSONSource>(EVENTS_SOURCE);
    source?.setData(eventsToFeatureCollection(events));
    const dense = events.length > DENSE_RECORD_SIZE;
    if (dense !== this.dense) this.map.setGlobalStateProperty(STATE_DENSE, dense);
    this.dense = dense;
    // Feature-state survives setData only for ids that still exist; re-apply the highlight.
    if (this.selected) this.paintSelected(this.selected, true);
  }

  /** The time filter: two numbers in global state, so the features are never re-sent while scrubbing. */
  setTime(day: number, minEnd: number): void {
    // Each global-state write re-evaluates the layers that read it: write only what changed.
    if (day !== this.day) this.map.setGlobalStateProperty(STATE_DAY, day);
    if (minEnd !== this.minEnd) this.map.setGlobalStateProperty(STATE_MIN_END, minEnd);
    this.day = day;
    this.minEnd = minEnd;
  }

  setSelected(id: string | null): void {
    if (this.selected === id) return;
    if (this.selected) this.paintSelected(this.selected, false);
    this.selected = id;
    if (id) this.paintSelected(id, true);
  }

  setLayers(layers: Readonly<Record<LayerGroup, boolean>>): void {
    for (const [layerId, visibility] of layerVisibility(layers)) {
      if (this.map.getLayoutProperty(layerId, 'visibility') !== visibility) {
        this.map.setLayoutProperty(layerId, 'visibility', visibility);
      }
    }
  }

  setCheckpointStatuses(statuses: Readonly<Record<string, Status>>): void {
    for (const [id, status] of Object.entries(statuses)) {
      this.map.setFeatureState({ source: 'checkpoints', id }, { status });
    }
  }

  moveTo(center: [number, number], zoom: number): void {
    if (this.reducedMotion) this.map.jumpTo({ center, zoom });
    else this.map.easeTo({ center, zoom, duration: 800 });
  }

  private paintSelected(id: string, selected: boolean): void {
    this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { selected });
  }
}
