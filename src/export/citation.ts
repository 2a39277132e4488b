/**
 * Citations of a view of the map or of one event: a ready text in one style, and the three files
 * reference managers read. Pure (no React, no store): the Cite dialogs, the citation meta tags and
 * the print briefing all build from a `CitationInput`.
 *
 * Stable API (others import it):
 * - `CitationInput`: what is cited (see the fields).
 * - `citationText(input, lang?)`: the ready citation, APA 7 as for an interactive map / a dataset
 *   ("Author. (Year). Title (version) [Interactive map]. Retrieved <day>, from <link>"), worded in
 *   `lang` (defaults to `input.lang`).
 * - `citationFormats(input)` → `{ bibtex, ris, cslJson }`, each a whole file's text.
 * - `viewCitationTitle(view)`: what a view shows, as its title (map, date, mode, event or story step).
 * - `citationKey(input)` (BibTeX key / CSL id), `sourceLine(source)`, `citationFileName(input, format)`,
 *   `CITATION_MIME`, `texEscape`, `bibUrl`.
 *
 * Why the escaping is as it is:
 * - BibTeX counts braces even after a backslash, so `\{` would still close a field early: braces are
 *   written `\textbraceleft{}` / `\textbraceright{}`, so every field's braces stay balanced whatever
 *   the text holds. Newlines become spaces (a line starting with `@` could open an entry for a naive reader).
 * - The `url` field stays byte-exact (biblatex reads it verbatim); only `{`, `}`, `\` and white space,
 *   which would break the braces or the line, are percent-encoded: the same address. The app's own
 *   links never contain them.
 * - RIS: one `XX  - value` per line, CRLF throughout (the format's own line end), values on one line.
 * - CSL-JSON: JSON.stringify, so any text round-trips; dates as date-parts at their own precision
 *   (a month-only event stays `[[2021, 4]]`).
 */
import { formatPrecisionDate } from '../i18n/formatDate';
import type { MessageKey } from '../i18n/messages.en';
import { translate } from '../i18n/translate';
import { citedTitle } from '../model/citedTitle';
import { SEASON_MONTHS } from '../model/days';
import { type Lang, LOCALE_TAGS } from '../model/languages';
import type { DatePrecision, Source } from '../model/record';
import type { TimeMode } from '../model/timeMode';

/** A source of a cited event, as the record holds it (its id is the record's key). */
export type CitedSource = Pick<Source, 'title' | 'publisher' | 'date' | 'undated' | 'url' | 'titleSupplied' | 'kind'> & {
  id: string;
};

/**
 * The project as author: one name in every language, so a reference manager files every citation of
 * the map under one author (index.html's `citation_author` says the same; a test holds them together).
 */
export const PROJECT_AUTHOR = 'Kyrgyzstan–Tajikistan border map contributors';

export interface CitationInput {
  kind: 'view' | 'event';
  /** In the reader's language: for a view what it shows (`viewCitationTitle`), for an event its title. */
  title: string;
  /** The project as author (an institution, never split into given and family names). */
  author: string;
  /** The map's own name, the container an event is cited in. */
  mapName: string;
  /** The record version (`v=` in the link); null when the record carries none. */
  version: string | null;
  /** The record version's release day, YYYY-MM-DD: the date of publication. */
  released: string | null;
  /** The day the reader looked, YYYY-MM-DD. */
  accessed: string;
  /** The permanent link to exactly what is cited. */
  url: string;
  lang: Lang;
  /** An event: its id (for the key) and date at the record's precision. */
  event?: { id: string; date: string; precision: DatePrecision; end?: string | undefined } | undefined;
  /** An event's sources, in the record's order. */
  sources?: readonly CitedSource[] | undefined;
}

export interface CitationFormats {
  bibtex: string;
  ris: string;
  cslJson: string;
}

export type CitationFormat = keyof CitationFormats;

// ---------------------------------------------------------------- titles

/** What a view shows, for its citation title; plain values so any layer can build it. */
export interface ViewDescription {
  lang: Lang;
  /** The date on the slider, YYYY-MM-DD. */
  date: string;
  mode: TimeMode;
  windowMonths: number;
  /** The selected event's title in the reader's language. */
  eventTitle?: string | null | undefined;
  /** An open story: its title, the step (from 1) and the step's title. */
  story?: { title: string; step: number; stepTitle: string } | null | undefined;
}

export function viewCitationTitle(view: ViewDescription): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(view.lang, key, params);
  const map = t('cite.mapName');
  if (view.story) {
    return t('cite.titleStory', {
      map,
      story: view.story.title,
      step: String(view.story.step),
      title: view.story.stepTitle,
    });
  }
  const date = formatPrecisionDate(view.date, 'day', view.lang);
  const mode =
    view.mode === 'window'
      ? t('cite.titleWindow', { months: view.windowMonths })
      : view.mode === 'instant'
        ? t('cite.titleInstant')
        : '';
  // The same punctuation in all five languages, so it is written here rather than in the messages.
  const base = `${map}, ${date}${mode ? ` (${mode})` : ''}`;
  return view.eventTitle ? `${base}: ${oneLine(view.eventTitle)}` : base;
}

// ---------------------------------------------------------------- shared pieces

/** Line breaks and runs of white space as one space: every format keeps a value on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function dateParts(iso: string): number[] {
  return iso
    .split('-')
    .slice(0, 3)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/**
 * The event's dates at their own precision: a month-only date keeps no day; a season runs over its
 * months (SEASON_MONTHS, from its first); a ranged event keeps its last day. `end` is null for a
 * single day, month or year.
 */
function eventDateRange(event: NonNullable<CitationInput['event']>): { start: number[]; end: number[] | null } {
  const parts = dateParts(event.date);
  switch (event.precision) {
    case 'day':
      return { start: parts.slice(0, 3), end: event.end ? dateParts(event.end).slice(0, 3) : null };
    case 'month':
      return { start: parts.slice(0, 2), end: null };
    case 'season': {
      const [y = 0, m = 1] = parts;
      const last = m - 1 + SEASON_MONTHS - 1;
      return { start: [y, m], end: [y + Math.floor(last / 12), (last % 12) + 1] };
    }
    case 'year':
      return { start: parts.slice(0, 1), end: null };
  }
}

/** The same dates written for reading, in `lang` ("28 April 2021 – 1 May 2021", "March–May 1993", "July 2022"). */
function eventDateText(event: NonNullable<CitationInput['event']>, lang: Lang): string {
  const start = formatPrecisionDate(event.date, event.precision, lang);
  return event.end ? `${start} – ${formatPrecisionDate(event.end, 'day', lang)}` : start;
}

/** EDTF-style for biblatex's `eventdate`: "2021-04-28/2021-05-01", "1995-06/1995-08", "2022-07". */
function isoParts(parts: readonly number[]): string {
  return parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** A source in one line: "Title — Publisher, 2022-09-16. https://…" (a supplied title in brackets). */
export function sourceLine(source: CitedSource): string {
  const date = source.kind !== 'import' && source.date && !source.undated ? `, ${source.date}` : '';
  const url = source.url ? `. ${source.url}` : '';
  return oneLine(`${citedTitle(source)} — ${source.publisher}${date}${url}`);
}

function sourcesNote(input: CitationInput, lang: Lang): string | null {
  if (!input.sources || input.sources.length === 0) return null;
  return oneLine(`${translate(lang, 'cite.sourcesNote')} ${input.sources.map(sourceLine).join('; ')}`);
}

/** A 32-bit FNV-1a of the link, in base 36: two views cited in one paper get two keys. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A key every BibTeX reader accepts: letters, digits, `-`, `_`, `:`, `.` only; the same input, the same key. */
export function citationKey(input: CitationInput): string {
  const what = input.kind === 'event' && input.event ? input.event.id : `view-${shortHash(input.url)}`;
  return `kg-tj-border-map-${input.version ?? 'unversioned'}-${what}`.replace(/[^A-Za-z0-9_:.-]/g, '-');
}

/** "kg-tj-border-map-citation.bib" and its siblings; an event's file carries its id. */
export function citationFileName(input: CitationInput, format: CitationFormat): string {
  const ext = format === 'bibtex' ? 'bib' : format === 'ris' ? 'ris' : 'json';
  const stem = input.kind === 'event' && input.event ? `kg-tj-border-event-${input.event.id}` : 'kg-tj-border-map-view';
  return `${stem.replace(/[^A-Za-z0-9_.-]/g, '-')}.${ext}`;
}

export const CITATION_MIME: Record<CitationFormat, string> = {
  bibtex: 'application/x-bibtex;charset=utf-8',
  ris: 'application/x-research-info-systems;charset=utf-8',
  cslJson: 'application/vnd.citationstyles.csl+json;charset=utf-8',
};

// ---------------------------------------------------------------- the ready text

/** The ready citation in APA 7's pattern for an interactive map, worded in `lang`. */
export function citationText(input: CitationInput, lang: Lang = input.lang): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const year = input.released ? input.released.slice(0, 4) : t('cite.noDate');
  const version = input.version ? t('cite.version', { version: input.version }) : t('cite.versionUnknown');
  const accessed = formatPrecisionDate(input.accessed, 'day', lang);
  const common = { author: oneLine(input.author), year, title: oneLine(input.title), version, accessed, url: input.url };
  if (input.kind === 'event' && input.event) {
    return t('cite.textEvent', { ...common, date: eventDateText(input.event, lang), map: oneLine(input.mapName) });
  }
  return t('cite.textView', common);
}

// ---------------------------------------------------------------- BibTeX

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text for a BibTeX field: TeX specials escaped, on one line, non-Latin letters left as UTF-8. */
export function texEscape(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (c) => TEX_SPECIALS[c] ?? c);
}

/** A URL for BibTeX's verbatim `url` field: unchanged, except what would break the braces or the line. */
export function bibUrl(url: string): string {
  return url.trim().replace(/[{}\\\s]/gu, (c) => encodeURIComponent(c));
}

const BIBLATEX_LANGID: Partial<Record<Lang, string>> = { en: 'english', ru: 'russian' };

function bibtex(input: CitationInput): string {
  const fields: [string, string][] = [
    // Double braces: an institution, not a person named "contributors".
    ['author', `{${texEscape(input.author)}}`],
    // Braced again so styles keep the title's capitals (place names).
    ['title', `{${texEscape(input.title)}}`],
  ];
  if (input.kind === 'event') fields.push(['booktitle', texEscape(input.mapName)]);
  if (input.event) {
    // When it happened, at the record's precision: the entry's `date` is when the record was published.
    const { start, end } = eventDateRange(input.event);
    fields.push(['eventdate', end ? `${isoParts(start)}/${isoParts(end)}` : isoParts(start)]);
  }
  if (input.version) fields.push(['version', texEscape(input.version)]);
  if (input.released) {
    fields.push(['date', texEscape(input.released)], ['year', texEscape(input.released.slice(0, 4))]);
  }
  fields.push(['url', bibUrl(input.url)], ['urldate', texEscape(input.accessed)]);
  fields.push(['howpublished', texEscape(translate(input.lang, 'cite.medium'))]);
  const versionNote = input.version
    ? translate(input.lang, 'cite.noteVersion', { version: input.version, accessed: input.accessed })
    : translate(input.lang, 'cite.noteAccessed', { accessed: input.accessed });
  fields.push(['note', texEscape(versionNote)]);
  const sources = sourcesNote(input, input.lang);
  if (sources) fields.push(['addendum', texEscape(sources)]);
  const langid = BIBLATEX_LANGID[input.lang];
  if (langid) fields.push(['langid', langid]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${citationKey(input)},\n${body}\n}\n`;
}

// ---------------------------------------------------------------- RIS

function risDate(iso: string): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  return `${y}/${m}/${d}/`;
}

function ris(input: CitationInput): string {
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    // A trailing comma tells RIS readers the author is one name, not "Last, First".
    ['AU', `${input.author},`],
    ['TI', input.title],
  ];
  if (input.kind === 'event') lines.push(['T2', input.mapName]);
  // RIS has no field for when an event happened: a note says it, as the ready text does.
  if (input.event) lines.push(['N1', `${translate(input.lang, 'cite.eventDate')} ${eventDateText(input.event, input.lang)}`]);
  if (input.released) lines.push(['PY', input.released.slice(0, 4)], ['DA', risDate(input.released)]);
  if (input.version) lines.push(['ET', input.version]);
  lines.push(['UR', input.url], ['Y2', risDate(input.accessed)], ['LA', LOCALE_TAGS[input.lang]]);
  lines.push(['M3', translate(input.lang, 'cite.medium')]);
  for (const source of input.sources ?? [])
    lines.push(['N1', `${translate(input.lang, 'cite.sourceLabel')} ${sourceLine(source)}`]);
  lines.push(['ER', '']);
  // `ER  - ` keeps its space: some readers match the whole tag.
  return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- CSL-JSON

interface CslDate {
  'date-parts': number[][];
}

function cslDate(parts: number[]): CslDate | undefined {
  return parts.length > 0 ? { 'date-parts': [parts] } : undefined;
}

function cslRange({ start, end }: { start: number[]; end: number[] | null }): CslDate {
  return { 'date-parts': end ? [start, end] : [start] };
}

function cslJson(input: CitationInput): string {
  const item: Record<string, unknown> = {
    id: citationKey(input),
    type: 'map',
    genre: translate(input.lang, 'cite.medium'),
    title: oneLine(input.title),
    author: [{ literal: oneLine(input.author) }],
    ...(input.kind === 'event' ? { 'container-title': oneLine(input.mapName) } : {}),
    ...(input.version ? { version: input.version } : {}),
    ...(input.released ? { issued: cslDate(dateParts(input.released)) } : {}),
    accessed: cslDate(dateParts(input.accessed)),
    URL: input.url,
    language: LOCALE_TAGS[input.lang],
    ...(input.event ? { 'event-date': cslRange(eventDateRange(input.event)) } : {}),
  };
  const note = sourcesNote(input, input.lang);
  if (note) item.note = note;
  return `${JSON.stringify([item], null, 2)}\n`;
}

export function citationFormats(input: CitationInput): CitationFormats {
  return { bibtex: bibtex(input), ris: ris(input), cslJson: cslJson(input) };
}
