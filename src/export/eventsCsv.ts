import { citedTitle } from '../model/citedTitle';
import { BASE_LANG, type Lang } from '../model/languages';
import type { PlaceInfo } from '../model/loadedData';
import { localized } from '../model/localized';
import type { Figure, Source } from '../model/record';
import type { TimedEvent } from '../model/timedEvent';

/** Place names by id: the app's place index (PlaceInfo) fits, and so does anything with a name. */
export type PlaceNames = Readonly<Record<string, Pick<PlaceInfo, 'name'>>>;

export type SourceMap = Readonly<Record<string, Source>>;

/*
 * Excel opens a .csv in the legacy ANSI code page unless the file starts with a byte-order mark,
 * which would turn every Cyrillic or Tajik place name into mojibake. Other tools (LibreOffice,
 * pandas with utf-8-sig, R) accept or skip the BOM.
 */
export const UTF8_BOM = '\uFEFF';

/*
 * Spreadsheets evaluate a cell that starts with one of these as a formula (or, for tab/CR, may
 * shift it into one), so a crafted summary could run `=HYPERLINK(...)` or worse on the reader's
 * machine (OWASP "CSV injection"). A leading apostrophe makes it literal text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field that holds a separator, a quote or a line break; double inner quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell: formula guard first, so the apostrophe ends up inside the quotes. */
function textCell(text: string): string {
  return csvField(neutraliseFormula(text));
}

/*
 * Numbers are written as numbers: guarding them like text would turn a negative longitude into the
 * string "'-70.6" and break every sum or plot a reader makes. A finite JS number never needs quoting.
 */
function numberCell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

export function placeName(id: string, places: PlaceNames, lang: Lang): string {
  const place = places[id];
  // An id the index does not know is still better than a silent gap.
  return place ? localized(place.name, lang) : id;
}

/** "metric side qualifier value (publisher)", e.g. "killed KG at-least 59 (AKIpress, as of 2022-09-18)". */
export function figureText(figure: Figure, sources: SourceMap, lang: Lang): string {
  const what = figure.metric === 'other' && figure.label ? `other: ${localized(figure.label, lang)}` : figure.metric;
  const publisher = sources[figure.source]?.publisher ?? figure.source;
  // Tolls were revised over days; without the as-of day two rows for one event look contradictory.
  const cite = figure.asOf ? `${publisher}, as of ${figure.asOf}` : publisher;
  return `${what} ${figure.side} ${figure.qualifier} ${figure.value} (${cite})`;
}

/** "publisher — title — date — url"; the url part is left out when the source has none. */
export function sourceText(id: string, sources: SourceMap): string {
  const s = sources[id];
  if (!s) return id;
  return [s.publisher, citedTitle(s), s.date, s.url].filter((part): part is string => Boolean(part)).join(' — ');
}

interface CsvContext {
  sources: SourceMap;
  places: PlaceNames;
  lang: Lang;
  /** The record version exported from ('' when the file carries none). */
  recordVersion: string;
}

/** A column: its header and how an event fills its cell. Header and cells come from this one list. */
interface CsvColumn {
  name: string;
  cell: (e: TimedEvent, ctx: CsvContext) => string;
}

const text = (name: string, value: (e: TimedEvent, ctx: CsvContext) => string): CsvColumn => ({
  name,
  cell: (e, ctx) => textCell(value(e, ctx)),
});

export const CSV_COLUMNS: readonly CsvColumn[] = [
  text('id', (e) => e.id),
  text('date', (e) => e.date),
  text('precision', (e) => e.precision),
  text('end', (e) => e.end ?? ''),
  text('category', (e) => e.category),
  text('title', (e, { lang }) => localized(e.title, lang)),
  text('summary', (e, { lang }) => localized(e.summary, lang)),
  { name: 'longitude', cell: (e) => numberCell(e.location[0]) },
  { name: 'latitude', cell: (e) => numberCell(e.location[1]) },
  text('location_precision', (e) => e.locationPrecision),
  text('places', (e, { places, lang }) => e.places.map((id) => placeName(id, places, lang)).join('; ')),
  // A place only named in words (an imported file's place column), kept apart from the record's places.
  text('place_name', (e, { lang }) => localized(e.placeName, lang)),
  text('figures', (e, { sources, lang }) => e.figures.map((f) => figureText(f, sources, lang)).join('; ')),
  text('sources', (e, { sources }) => e.sources.map((id) => sourceText(id, sources)).join(' | ')),
  // When the record last changed the event, and the record version exported: what a citer saw.
  text('updated', (e) => e.updated ?? ''),
  text('record_version', (e, { recordVersion }) => (e.imported ? '' : recordVersion)),
  // Empty for the built-in record; "file.csv, row 4" for an event the person imported.
  text('imported_from', (e) => (e.imported ? `${e.imported.fileName}, row ${e.imported.row}` : '')),
];

/**
 * The events as an RFC 4180 CSV (CRLF line ends, header row, one row per event), ready to be put in
 * a Blob. Text is in `lang` where the record has it, else English.
 */
export function eventsToCsv(
  events: readonly TimedEvent[],
  sources: SourceMap,
  places: PlaceNames,
  lang: Lang = BASE_LANG,
  recordVersion = '',
): string {
  const ctx: CsvContext = { sources, places, lang, recordVersion };
  const lines = [CSV_COLUMNS.map((c) => c.name).join(',')];
  for (const e of events) lines.push(CSV_COLUMNS.map((c) => c.cell(e, ctx)).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
