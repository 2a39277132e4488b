import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { CrossingStatus } from '../model/crossingStatus';
import type { Lang } from '../model/languages';
import { DENSE_RECORD_SIZE, LAYER_GROUPS, type LayerVisibility } from '../model/layerGroup';
import type { TimedEvent } from '../model/timedEvent';
import { RECENT_DAYS } from '../model/timeMode';
import type { CameraTarget } from '../state/appState';
import { eventsToFeatureCollection } from './eventFeatures';
import { EventGrid, gridCells, samePin } from './eventGrid';
import type { HoverSurface, HoverText } from './hoverLabel';
import { labelText } from './labelText';
import { DENSE_DETAIL_ZOOM } from './style/eventLayers';
import type { StyleLayerIndex } from './style/layerTags';
import {
  EVENT_PLACES_SOURCE,
  EVENTS_GRID_SOURCE,
  EVENTS_SOURCE,
  EVENTS_STACKS_SOURCE,
  type GeoSourceId,
  RECORD_PLACES_SOURCE,
} from './style/sources';
import { TimeVisibility } from './timeVisibility';

const CHECKPOINTS_SOURCE: GeoSourceId = 'checkpoints';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The part of MapLibre's Map the adapter uses, so tests can pass a small fake. */
export type MapSurface = Pick<
  MlMap,
  | 'getSource'
  | 'setLayerZoomRange'
  | 'setFeatureState'
  | 'removeFeatureState'
  | 'setLayoutProperty'
  | 'getLayoutProperty'
  | 'easeTo'
  | 'jumpTo'
  | 'fitBounds'
>;

/** Space kept clear around a fitted box: panels overlaying the map, and a margin for context. */
export type FramePadding = () => number | { top: number; bottom: number; left: number; right: number };

/** How long the slider must rest before the count labels (a re-layout of a small source) follow it. */
export const LABEL_SETTLE_MS = 250;

/**
 * Turns store state into MapLibre calls, each change touching only what it must: the date becomes
 * feature-state on the events whose visibility changed, selection and checkpoint status are
 * feature-state, layer toggles are layout visibility. The style itself is never rebuilt.
 */
export class MapAdapter {
  private selected: string | null = null;
  private highlighted: ReadonlySet<string> = new Set();
  private selectedCheckpoint: string | null = null;
  private lang: Lang | null = null;
  private dense = false;
  private time: { day: number; endBound: number } | null = null;
  private readonly visibility = new TimeVisibility();
  private readonly grid = { bins: new EventGrid(gridCells), source: EVENTS_GRID_SOURCE };
  private readonly stacks = { bins: new EventGrid(samePin, 2), source: EVENTS_STACKS_SOURCE };
  /** Grid cells whose number label no longer matches their count. */
  private readonly stale = new Set<number>();
  private labelTimer: ReturnType<typeof setTimeout> | null = null;
  /** The map's bottom padding: the part under the phone's details sheet. */
  private bottomInset = 0;

  /** `layers`: the style's layer lists, read from its tags (style/layerTags.ts). */
  constructor(
    private readonly map: MapSurface,
    private readonly layers: StyleLayerIndex,
    private readonly reducedMotion = false,
    private readonly framePadding: FramePadding = () => 40,
    private readonly hoverLabel: HoverSurface | null = null,
    /**
     * Whether the map has painted its first picture (map/firstPaint.ts). Until then the camera
     * jumps: a link that opens a story step would otherwise fly 800 ms over a map nobody sees yet,
     * holding its first picture back by as much.
     */
    private readonly painted: () => boolean = () => true,
  ) {}

  /** Labels the pointed-at (or focused) event with its title and date; null takes the label away. */
  setHover(text: HoverText | null): void {
    if (text) this.hoverLabel?.show(text);
    else this.hoverLabel?.hide();
  }

  setEvents(events: readonly TimedEvent[]): void {
    const features = eventsToFeatureCollection(events);
    // States of the previous record must not leak onto features that happen to share an id.
    this.map.removeFeatureState({ source: EVENTS_SOURCE });
    this.map.getSource<GeoJSONSource>(EVENTS_SOURCE)?.setData(features);
    this.visibility.reset(events);
    const dense = events.length > DENSE_RECORD_SIZE;
    if (dense !== this.dense) {
      // Below the detail zoom a large record is drawn as counts per area: the marker layers are
      // not even laid out there, which is what keeps panning and scrubbing smooth.
      for (const id of this.layers.markers) this.map.setLayerZoomRange(id, dense ? DENSE_DETAIL_ZOOM : 0, 24);
    }
    this.dense = dense;
    this.stale.clear();
    // One kind of count at a time: per area for a large record, per shared pin otherwise.
    for (const counts of [this.grid, this.stacks]) {
      this.map.removeFeatureState({ source: counts.source });
      if (counts === this.counts()) counts.bins.reset(events);
      else this.map.getSource<GeoJSONSource>(counts.source)?.setData(EMPTY);
    }
    if (this.time) this.applyTime(this.time.day, this.time.endBound);
    // A new record is not a slider on the move: its counts go out at once, in one send, rather
    // than once empty and again LABEL_SETTLE_MS later (which held a cold load's first full picture).
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
    this.writeLabels();
    if (this.selected) this.paintSelected(this.selected, true);
    for (const id of this.highlighted) this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { highlight: true });
  }

  /** Shows the events begun by `day` whose interval ends after `endBound` (see model/timeMode.ts). */
  setTime(day: number, endBound: number): void {
    if (this.time && this.time.day === day && this.time.endBound === endBound) return;
    this.time = { day, endBound };
    this.applyTime(day, endBound);
  }

  private applyTime(day: number, endBound: number): void {
    for (const change of this.visibility.update(day, endBound, RECENT_DAYS)) {
      this.map.setFeatureState({ source: EVENTS_SOURCE, id: change.id }, { shown: change.shown, recent: change.recent });
    }
    const { bins, source } = this.counts();
    for (const { cell, count } of bins.update(this.visibility.shownFlags())) {
      this.map.setFeatureState({ source, id: cell }, { count, stale: true });
      this.stale.add(cell);
    }
    if (this.stale.size > 0) this.scheduleLabels();
  }

  private counts() {
    return this.dense ? this.grid : this.stacks;
  }

  /** Stops pending work; the map is going away. */
  dispose(): void {
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
  }

  private scheduleLabels(): void {
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => this.writeLabels(), LABEL_SETTLE_MS);
  }

  private writeLabels(): void {
    this.labelTimer = null;
    const { bins, source } = this.counts();
    this.map.getSource<GeoJSONSource>(source)?.setData(bins.collection());
    for (const cell of this.stale) this.map.setFeatureState({ source, id: cell }, { stale: false });
    this.stale.clear();
  }

  /**
   * Writes the count labels now rather than when the slider rests: a video frame is taken as soon
   * as the map has drawn its date, and a count disc without its number says nothing.
   */
  settleLabels(): void {
    if (this.labelTimer === null) return;
    clearTimeout(this.labelTimer);
    this.writeLabels();
  }

  /** The record's own places (see recordPlaces.ts); sent when the record changes. */
  setRecordPlaces(places: FeatureCollection): void {
    this.map.getSource<GeoJSONSource>(RECORD_PLACES_SOURCE)?.setData(places);
  }

  /** The selected event's other places (see selectedPlaces.ts). */
  setSelectedPlaces(places: FeatureCollection): void {
    this.map.getSource<GeoJSONSource>(EVENT_PLACES_SOURCE)?.setData(places);
  }

  setSelected(id: string | null): void {
    if (this.selected === id) return;
    if (this.selected) this.paintSelected(this.selected, false);
    this.selected = id;
    if (id) this.paintSelected(id, true);
  }

  /** Rings the events the story's step rests on; only the events whose ring changes are touched. */
  setHighlighted(ids: ReadonlySet<string>): void {
    for (const id of this.highlighted)
      if (!ids.has(id)) this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { highlight: false });
    for (const id of ids)
      if (!this.highlighted.has(id)) this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { highlight: true });
    this.highlighted = new Set(ids);
  }

  /** The checkpoints source is never re-sent, so its feature-state simply stays until changed here. */
  setSelectedCheckpoint(id: string | null): void {
    if (this.selectedCheckpoint === id) return;
    if (this.selectedCheckpoint)
      this.map.setFeatureState({ source: CHECKPOINTS_SOURCE, id: this.selectedCheckpoint }, { selected: false });
    this.selectedCheckpoint = id;
    if (id) this.map.setFeatureState({ source: CHECKPOINTS_SOURCE, id }, { selected: true });
  }

  /** Each group's layers shown or hidden; only layers whose visibility changes are touched. */
  setLayers(layers: LayerVisibility): void {
    for (const group of LAYER_GROUPS) {
      const visibility = layers[group] ? 'visible' : 'none';
      for (const id of this.layers.groups[group]) {
        if ((this.map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility)
          this.map.setLayoutProperty(id, 'visibility', visibility);
      }
    }
  }

  setCheckpointStatuses(statuses: Readonly<Record<string, CrossingStatus>>): void {
    for (const [id, status] of Object.entries(statuses)) {
      this.map.setFeatureState({ source: CHECKPOINTS_SOURCE, id }, { status });
    }
  }

  /** Labels in `lang`, falling back per model/languages; only the text-field changes, nothing reloads. */
  setLanguage(lang: Lang): void {
    if (this.lang === lang) return;
    this.lang = lang;
    const field = labelText(lang);
    for (const id of this.layers.nameLabels) this.map.setLayoutProperty(id, 'text-field', field);
  }

  /**
   * Keeps the bottom `bottom` px of the map (under the phone's details sheet) out of the camera's
   * reckoning: the centre, and every later fit, fall in the part left visible. With `focus`, that
   * point is centred there too. `instant` when a camera move follows at once and must not be
   * interrupted by a glide.
   */
  setInset(bottom: number, focus: [number, number] | null, instant = false): void {
    if (bottom === this.bottomInset && !focus) return;
    this.bottomInset = bottom;
    const duration = this.reducedMotion || instant ? 0 : 300;
    this.map.easeTo({ padding: { top: 0, right: 0, left: 0, bottom }, ...(focus ? { center: focus } : {}), duration });
  }

  moveTo(target: CameraTarget): void {
    const instant = this.reducedMotion || !this.painted();
    const duration = instant ? 0 : 800;
    if ('bounds' in target) {
      this.map.fitBounds(target.bounds, { padding: this.framePadding(), maxZoom: target.maxZoom, duration });
    } else if (instant) this.map.jumpTo({ center: target.center, zoom: target.zoom });
    else this.map.easeTo({ center: target.center, zoom: target.zoom, duration });
  }

  private paintSelected(id: string, selected: boolean): void {
    this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { selected });
  }
}
