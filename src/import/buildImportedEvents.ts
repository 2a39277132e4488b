import { BorderEventSchema } from '../data/eventSchema';
import { isHttpUrl } from '../model/httpUrl';
import type { ImportField, Problem, ProblemCode, RowError } from '../model/importedFile';
import { type BorderEvent, type Source, YEAR_RANGE } from '../model/record';
import { isInsideRegion } from '../model/region';
import { categoryFrom } from './columnMapping';
import { type DayOrder, type ImportedDate, parseImportDate } from './importDate';
import { importedTitle } from './importTitle';
import { MAX_REPORTED_ERRORS } from './importTypes';

/** One row or feature, as text per field, before any checking. */
export type RawRecord = Partial<Record<ImportField, string>>;

export interface ImportContext {
  fileId: string;
  fileName: string;
  /** ISO day of the import: the file's, never a source's date (the file does not say when its sources were published). */
  importedAt: string;
  dayOrder: DayOrder;
  /**
   * Whether a 0 in the fatalities column is a count ("nobody was killed") rather than ACLED's
   * "none reported". Off unless the person says so: then a 0 makes no figure.
   */
  zeroIsCount?: boolean | undefined;
}

export interface BuiltEvents {
  events: BorderEvent[];
  /** Row number of each event, aligned with `events`. */
  rows: number[];
  sources: Record<string, Source>;
  errors: RowError[];
  errorCount: number;
}

const LIMITS = { title: 300, summary: 10_000, source: 1_000, location: 300 } as const;

/*
 * Text from a stranger's file is only ever rendered as text, but control characters (NUL, escape
 * sequences) still break copy-paste and CSV re-export; they go. Over-long values are cut visibly.
 */
export function cleanText(value: string | undefined, max: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const text = (value ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A number as spreadsheets write it: "38.5", "38,5" (decimal comma), " 71 ". */
export function parseNumber(raw: string | undefined): number | null {
  const s = (raw ?? '').trim();
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** ACLED's time_precision (1 day, 2 week, 3 month) or a word; only ever makes a date coarser. */
function coarsen(date: ImportedDate, raw: string | undefined): ImportedDate {
  const p = (raw ?? '').trim().toLowerCase();
  const toMonth = p === '2' || p === '3' || p === 'month' || p === 'week';
  const toYear = p === 'year';
  if (toYear && date.precision !== 'year') return { date: date.date.slice(0, 4), precision: 'year' };
  if (toMonth && date.precision === 'day') return { date: date.date.slice(0, 7), precision: 'month' };
  return date;
}

type Built = { event: BorderEvent; source: [string, Source] } | RowError;

function buildOne(rec: RawRecord, row: number, ctx: ImportContext, fileLabel: string): Built {
  const fail = (field: string, code: ProblemCode, value?: string | number): RowError => ({
    row,
    field,
    code,
    ...(value === undefined ? {} : { value: cleanText(String(value), 40) }),
  });
  const parsed: ImportedDate | Problem = parseImportDate(cleanText(rec.date, 100), ctx.dayOrder);
  if ('code' in parsed) return fail('date', parsed.code, parsed.value);
  const date = coarsen(parsed, rec.datePrecision);
  const year = Number(date.date.slice(0, 4));
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return fail('date', 'outsideYears', date.date);
  }
  const lat = parseNumber(rec.latitude);
  if (lat === null) return rec.latitude?.trim() ? fail('latitude', 'notNumber', rec.latitude) : fail('latitude', 'empty');
  if (lat < -90 || lat > 90) return fail('latitude', 'latitudeRange', lat);
  const lon = parseNumber(rec.longitude);
  if (lon === null) return rec.longitude?.trim() ? fail('longitude', 'notNumber', rec.longitude) : fail('longitude', 'empty');
  if (lon < -180 || lon > 180) return fail('longitude', 'longitudeRange', lon);
  let fatalities: number | null = null;
  if (rec.fatalities !== undefined && rec.fatalities.trim() !== '') {
    fatalities = parseNumber(rec.fatalities);
    if (fatalities === null || fatalities < 0 || !Number.isInteger(fatalities)) {
      return fail('fatalities', 'notWholeNumber', rec.fatalities);
    }
    // ACLED and many sheets write 0 for "none reported": a "Killed 0" figure would claim more than the file says.
    if (fatalities === 0 && ctx.zeroIsCount !== true) fatalities = null;
  }

  const id = `${ctx.fileId}-r${row}`;
  const sourceId = `${id}-source`;
  const categoryText = cleanText(rec.category, LIMITS.title);
  const place = cleanText(rec.location, LIMITS.location);
  const title = importedTitle(
    {
      title: cleanText(rec.title, LIMITS.title),
      type: cleanText(rec.subtype, LIMITS.title) || categoryText,
      place,
      date: date.date,
      fallback: `${fileLabel} #${row}`,
    },
    (text) => cleanText(text, LIMITS.title),
  );
  const summaryText = cleanText(rec.summary, LIMITS.summary);
  const sourceText = cleanText(rec.source, LIMITS.source);
  const url = isHttpUrl(sourceText) ? sourceText : undefined;
  // Undated: the file says when the event happened, not when its source was published.
  const source: Source = {
    publisher: url ? new URL(url).hostname : sourceText || fileLabel,
    title: `${fileLabel} #${row}`,
    kind: 'import',
    ...(url ? { url } : {}),
  };
  const outside = !isInsideRegion([lon, lat]);
  const candidate: BorderEvent = {
    id,
    date: date.date,
    precision: date.precision,
    category: categoryFrom(categoryText),
    title,
    summary: summaryText ? { en: summaryText } : title,
    places: [],
    ...(place ? { placeName: { en: place } } : {}),
    location: [lon, lat],
    locationPrecision: 'exact',
    ...(outside
      ? {
          outsideRegion: true,
          locationNote: {
            en: 'Outside the mapped Batken–Sughd area.',
            ru: 'За пределами показанного района Баткена и Согда.',
            ky: 'Картадагы Баткен–Согду аймагынан тышкары.',
            tg: 'Берун аз минтақаи Баткен–Суғд дар харита.',
            uz: 'Xaritadagi Botken–Sugʻd hududidan tashqarida.',
          },
        }
      : {}),
    figures:
      fatalities === null ? [] : [{ metric: 'killed', side: 'total', value: fatalities, qualifier: 'exact', source: sourceId }],
    sources: [sourceId],
  };
  // The same schema as the built-in record: whatever the code above missed, nothing invalid gets in.
  const checked = BorderEventSchema.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return fail(issue?.path.join('.') || 'row', 'invalid', issue?.message);
  }
  return { event: checked.data, source: [sourceId, source] };
}

/** Turns raw records into events of this map's schema, reporting every record it refuses. Never throws. */
export function buildImportedEvents(records: Iterable<{ row: number; record: RawRecord }>, ctx: ImportContext): BuiltEvents {
  const out: BuiltEvents = { events: [], rows: [], sources: {}, errors: [], errorCount: 0 };
  // The file's name as every row cites it: cleaned once, not once per row.
  const fileLabel = cleanText(ctx.fileName, LIMITS.source) || 'import';
  for (const { row, record } of records) {
    let built: Built;
    try {
      built = buildOne(record, row, ctx, fileLabel);
    } catch (error) {
      built = { row, field: 'row', code: 'failed', value: cleanText(error instanceof Error ? error.message : String(error), 40) };
    }
    if ('event' in built) {
      out.events.push(built.event);
      out.rows.push(row);
      out.sources[built.source[0]] = built.source[1];
    } else {
      out.errorCount += 1;
      if (out.errors.length < MAX_REPORTED_ERRORS) out.errors.push(built);
    }
  }
  return out;
}
