import type { StatusLane } from './crossingStatus';
import type { DayExtent } from './days';
import type { Lang } from './languages';
import type { LocalizedText, LonLat, Source } from './record';
import type { RecordHistory } from './recordHistory';
import type { TimedEvent } from './timedEvent';

export type PlaceKind = 'town' | 'checkpoint' | 'enclave' | 'water' | 'trijunction' | 'region' | 'place';

/** A named place an event can list: from the record's own places or from a geo layer. */
export interface PlaceInfo {
  id: string;
  name: LocalizedText;
  kind: PlaceKind;
  precision?: string;
  /**
   * Where to mark it on the map: the point itself, or for an area its label point (an interior
   * point computed by the geo build). Absent when no position is known.
   */
  location?: LonLat;
  /** A crossing's post on each side, as each country names it (absent where the layer does not say). */
  sides?: { kg: LocalizedText; tj: LocalizedText };
}

/** The record as the app holds it: validated, timed, sorted, with the status history precomputed. */
export interface LoadedData {
  /** Sorted by start day, then id. */
  events: TimedEvent[];
  sources: Record<string, Source>;
  places: Record<string, PlaceInfo>;
  /** The border lane first, then one per checkpoint: what the map, the lanes and the summary read. */
  statusLanes: StatusLane[];
  /** The slider's range: whole years from the first event to the last. */
  extent: DayExtent;
  /** The record's version, its day and changelog; absent when the file carries no (valid) version. */
  history?: RecordHistory;
  /**
   * The languages the record's texts were cut to (a cold load's data/events.<lang>.json); absent
   * when it is the full record, with every translation.
   */
  languages?: readonly Lang[];
}
