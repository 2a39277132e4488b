import { type Category, categoryForWord } from '../model/category';
import { IMPORT_FIELDS, type ImportField } from '../model/importedFile';
import { type ColumnMapping, REQUIRED_FIELDS } from './importTypes';

/*
 * Header names seen in common conflict-data exports (ACLED: event_date, latitude, longitude,
 * event_type, sub_event_type, fatalities, notes, source, location, time_precision; UCDP GED: date_start, latitude,
 * longitude, best, source_article, where_description) and in hand-made sheets. Compared after folding
 * case, spaces and punctuation, so "Event Date" and "event-date" match too.
 */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  date: ['eventdate', 'date', 'datestart', 'day', 'when', 'дата'],
  latitude: ['latitude', 'lat', 'y', 'широта'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x', 'долгота'],
  title: ['title', 'name', 'headline', 'название', 'заголовок'],
  category: ['category', 'eventtype', 'type', 'kind', 'категория', 'тип'],
  // Not a title: "Armed clash" alone says nothing of where; it becomes "Armed clash near <place>".
  subtype: ['subeventtype', 'subtype', 'подтип'],
  fatalities: ['fatalities', 'killed', 'deaths', 'dead', 'best', 'погибшие', 'погибло'],
  summary: ['notes', 'summary', 'description', 'text', 'details', 'описание'],
  source: ['source', 'sources', 'url', 'link', 'sourcearticle', 'sourcescale', 'источник'],
  location: ['location', 'place', 'wheredescription', 'admin2', 'место'],
  datePrecision: ['timeprecision', 'dateprecision', 'precision'],
};

export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-./()]+/g, '');
}

/** The best guess for each field: the first header (in the preference order above) the file has. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(foldHeader);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    for (const name of HEADER_NAMES[field]) {
      const index = folded.findIndex((h, i) => h === name && !used.has(i));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** The required fields the mapping leaves unassigned (the import cannot start until there are none). */
export function missingRequired(mapping: ColumnMapping): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
}

/**
 * The category a file's word names: a category id, or one of the words each category lists for
 * imports (model/categoryTable.js, e.g. ACLED's event types). Anything unknown becomes 'other' (not
 * an error: the row's own words stay in its title).
 */
export function categoryFrom(value: string): Category {
  return categoryForWord(foldHeader(value));
}
