import type { Category } from '../model/category';
import { type EventPointFeature, eventFeature } from '../model/eventFeature';
import { BASE_LANG, type Lang } from '../model/languages';
import { localized } from '../model/localized';
import type { DatePrecision, Figure, Source } from '../model/record';
import type { TimedEvent } from '../model/timedEvent';
import { type PlaceNames, placeName, type SourceMap } from './eventsCsv';

export type ExportedSource = { id: string } & Source;

export interface ExportedFigure {
  metric: Figure['metric'];
  /** What is counted when metric is 'other'. */
  label?: string;
  side: Figure['side'];
  qualifier: Figure['qualifier'];
  value: number;
  as_of?: string;
  note?: string;
  source: ExportedSource;
}

export interface EventProperties {
  id: string;
  date: string;
  precision: DatePrecision;
  end: string | null;
  category: Category;
  title: string;
  summary: string;
  location_precision: TimedEvent['locationPrecision'];
  location_note: string | null;
  places: { id: string; name: string }[];
  /** A place only named in words (an imported file's place column); null when there is none. */
  place_name: string | null;
  figures: ExportedFigure[];
  sources: ExportedSource[];
  /** YYYY-MM-DD: when the record last added or changed the event; null for an imported one. */
  updated: string | null;
  /** Set only on events the person imported: the file and row they came from. */
  imported_from: { file: string; row: number } | null;
}

export type EventFeature = EventPointFeature<EventProperties>;

export interface ExportMetadata {
  title: string;
  exported_at: string;
  language: Lang;
  /** The slider day the export reflects, when the caller exports "events up to this date". */
  map_date: string | null;
  event_count: number;
  /** The record version exported from, and its release day; null when the file carries none. */
  record_version: string | null;
  record_released: string | null;
  licence: string;
  attribution: string;
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
  /** A foreign member (RFC 7946 §6.1): GeoJSON readers ignore it, people reading the file do not. */
  metadata: ExportMetadata;
}

export interface GeoJsonExportOptions {
  /** When the export was made. Passed in so the function stays pure and testable. */
  exportedAt: Date | string;
  lang?: Lang;
  /** YYYY-MM-DD of the slider, if the events are those visible at that date. */
  mapDate?: string;
  /** The record's version and release day, when it has one. */
  record?: { version: string; released: string };
}

export const EXPORT_TITLE = 'Kyrgyzstan–Tajikistan border events';

/*
 * The event record has no licence of its own beyond the sources it cites, so the note points the
 * reader there instead of inventing terms; the figures are the sources' statements, not ours.
 */
export const EXPORT_LICENCE_NOTE =
  'Compiled from the sources listed with each event; cite the original source for each figure. ' +
  'Locations marked approximate, inferred or region are not exact positions.';
export const EXPORT_ATTRIBUTION = 'Kyrgyzstan–Tajikistan border map — event record';

function exportedSource(id: string, sources: SourceMap): ExportedSource {
  const s = sources[id];
  // An unknown id is kept visible so the reader can tell a citation is missing.
  return s ? { id, ...s } : { id, publisher: id, title: id, date: '', kind: 'other' };
}

function exportedFigure(f: Figure, sources: SourceMap, lang: Lang): ExportedFigure {
  return {
    metric: f.metric,
    ...(f.label ? { label: localized(f.label, lang) } : {}),
    side: f.side,
    qualifier: f.qualifier,
    value: f.value,
    ...(f.asOf ? { as_of: f.asOf } : {}),
    ...(f.note ? { note: localized(f.note, lang) } : {}),
    source: exportedSource(f.source, sources),
  };
}

/** The events as an RFC 7946 FeatureCollection of points, with the CSV's information, structured. */
export function eventsToGeoJson(
  events: readonly TimedEvent[],
  sources: SourceMap,
  places: PlaceNames,
  options: GeoJsonExportOptions,
): EventFeatureCollection {
  const lang = options.lang ?? BASE_LANG;
  const exportedAt = typeof options.exportedAt === 'string' ? options.exportedAt : options.exportedAt.toISOString();
  return {
    type: 'FeatureCollection',
    features: events.map((e) =>
      eventFeature(e, {
        id: e.id,
        date: e.date,
        precision: e.precision,
        end: e.end ?? null,
        category: e.category,
        title: localized(e.title, lang),
        summary: localized(e.summary, lang),
        location_precision: e.locationPrecision,
        location_note: e.locationNote ? localized(e.locationNote, lang) : null,
        places: e.places.map((id) => ({ id, name: placeName(id, places, lang) })),
        place_name: e.placeName ? localized(e.placeName, lang) : null,
        figures: e.figures.map((f) => exportedFigure(f, sources, lang)),
        sources: e.sources.map((id) => exportedSource(id, sources)),
        updated: e.updated ?? null,
        imported_from: e.imported ? { file: e.imported.fileName, row: e.imported.row } : null,
      }),
    ),
    metadata: {
      title: EXPORT_TITLE,
      exported_at: exportedAt,
      language: lang,
      map_date: options.mapDate ?? null,
      event_count: events.length,
      record_version: options.record?.version ?? null,
      record_released: options.record?.released ?? null,
      licence: EXPORT_LICENCE_NOTE,
      attribution: EXPORT_ATTRIBUTION,
    },
  };
}

/** Pretty-printed JSON text for a Blob ("application/geo+json"). */
export function geoJsonText(collection: EventFeatureCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}
