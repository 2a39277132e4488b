// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BorderEventSchema, SourceSchema } from '../../../src/data/eventSchema';
import { eventsToCsv } from '../../../src/export/eventsCsv';
import { eventsToGeoJson } from '../../../src/export/eventsGeoJson';
import { dataRowCount, parseCsvText, previewOf } from '../../../src/import/csvImport';
import { importGeoJson } from '../../../src/import/geojsonImport';
import { ImportEngine, type ImportReply } from '../../../src/import/importEngine';
import { validStoredImports } from '../../../src/import/importStorage';
import { toTimedEvents } from '../../../src/model/timedEvent';
import { IMPORT_CTX, importCsvText } from '../../helpers/importCsv';

/** An ACLED-shaped export as people download it: five events, a closing newline. */
const ACLED = `${[
  'event_date,event_type,sub_event_type,location,latitude,longitude,fatalities,source,notes',
  '2022-09-14,Battles,Armed clash,Kok-Tash,39.95,70.78,0,AKIpress,',
  '2022-09-15,Battles,Armed clash,,39.9,70.7,4,Kloop,',
  '2022-09-16,Battles,,Vorukh,39.85,70.58,,24.kg,',
  '2022-09-17,,,Ak-Sai,39.9,70.6,2,,',
  '2022-09-18,,,,39.9,70.6,,,',
].join('\n')}\n`;

describe('import titles: what and where', () => {
  const events = importCsvText(ACLED).events;

  it('words type and place as "{type} near {place}", in all five languages, keeping the file’s own words', () => {
    expect(events[0]?.title).toEqual({
      en: 'Armed clash near Kok-Tash',
      ru: 'Armed clash в районе Kok-Tash',
      ky: 'Armed clash, Kok-Tash жанында',
      tg: 'Armed clash дар наздикии Kok-Tash',
      uz: 'Armed clash, Kok-Tash yaqinida',
    });
    // Without a sub-type, the event type stands in.
    expect(events[2]?.title.en).toBe('Battles near Vorukh');
  });

  it('adds the date to a type without a place, names an untyped event by its place, and falls back to file and row', () => {
    expect(events[1]?.title.en).toBe('Armed clash, 2022-09-15');
    expect(events[3]?.title).toMatchObject({ en: 'Event near Ak-Sai', ru: 'Событие в районе Ak-Sai' });
    expect(events[4]?.title).toEqual({ en: 'incidents.csv #6' });
  });

  it('prefers the file’s own title column, and the summary falls back to the title', () => {
    const out = importCsvText(
      'date,lat,lon,title,location,event_type\n2022-09-14,39.9,70.7,Shots at the post,Kok-Tash,Battles\n',
    );
    expect(out.events[0]?.title).toEqual({ en: 'Shots at the post' });
    expect(events[0]?.summary).toEqual(events[0]?.title);
    for (const e of events) expect(BorderEventSchema.safeParse(e).success).toBe(true);
  });
});

describe('import fatalities: a 0 is a count only when the person says so', () => {
  it('drops a 0 (ACLED’s "none reported") by default, keeps other numbers', () => {
    const [zero, four] = importCsvText(ACLED).events;
    expect(zero?.figures).toEqual([]);
    expect(four?.figures).toEqual([
      { metric: 'killed', side: 'total', value: 4, qualifier: 'exact', source: 'import-test-r3-source' },
    ]);
  });

  it('keeps a 0 as "killed 0" when the mapping says the column counts', () => {
    const [zero] = importCsvText(ACLED, { zeroIsCount: true }).events;
    expect(zero?.figures).toEqual([
      { metric: 'killed', side: 'total', value: 0, qualifier: 'exact', source: 'import-test-r2-source' },
    ]);
  });
});

describe('imported sources: never dated with the import day', () => {
  it('leaves every row’s source undated, which the schema allows for imports only', () => {
    const { sources } = importCsvText(ACLED);
    expect(Object.keys(sources)).toHaveLength(5);
    for (const s of Object.values(sources)) {
      expect(s).not.toHaveProperty('date');
      expect(SourceSchema.safeParse(s).success).toBe(true);
    }
    expect(SourceSchema.safeParse({ publisher: 'AKIpress', title: 'A report', kind: 'news' }).success).toBe(false);
  });

  it('undates sources an older version kept with the import day, and keeps any other date', () => {
    const stored = {
      id: 'import-old',
      name: 'old.csv',
      importedAt: '2026-11-30',
      events: [],
      rows: [],
      sources: {
        'import-old-r2-source': { publisher: 'AKIpress', title: 'old.csv #2', date: '2026-11-30', kind: 'import' },
        'import-old-r3-source': { publisher: 'Kloop', title: 'old.csv #3', date: '2022-09-15', kind: 'import' },
      },
      errors: [],
      errorCount: 0,
      rowCount: 2,
    };
    const [file] = validStoredImports([stored]);
    expect(file?.sources['import-old-r2-source']).toEqual({ publisher: 'AKIpress', title: 'old.csv #2', kind: 'import' });
    expect(file?.sources['import-old-r3-source']?.date).toBe('2022-09-15');
  });
});

describe('import row counts', () => {
  it('counts data rows: not the header, not the closing newline or blank lines', () => {
    const table = parseCsvText(ACLED);
    expect(table.rows).toHaveLength(6);
    expect(dataRowCount(table)).toBe(5);
    expect(previewOf(table).rowCount).toBe(5);
  });

  it('reports the same count for the finished file as the mapping step showed', async () => {
    const replies: ImportReply[] = [];
    const engine = new ImportEngine((r) => replies.push(r));
    await engine.handle({ type: 'open', file: new File([ACLED], 'acled.csv'), fileId: 'import-e', importedAt: '2026-12-01' });
    const preview = replies.find((r) => r.type === 'preview');
    expect(preview?.type === 'preview' && preview.preview.rowCount).toBe(5);
    const mapping = preview?.type === 'preview' ? preview.preview.guess : {};
    await engine.handle({ type: 'map', mapping, options: { zeroIsCount: false } });
    const done = replies.find((r) => r.type === 'done');
    expect(done?.type === 'done' && [done.file.rowCount, done.file.events.length]).toEqual([5, 5]);
  });
});

describe('import place names: kept, and exported', () => {
  it('keeps the mapped place on the event, and leaves it out when the row has none', () => {
    const events = importCsvText(ACLED).events;
    expect(events.map((e) => e.placeName?.en)).toEqual(['Kok-Tash', undefined, 'Vorukh', 'Ak-Sai', undefined]);
    expect(events[1]).not.toHaveProperty('placeName');
  });

  it('reads a GeoJSON place or location property as the place', () => {
    const out = importGeoJson(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [70.78, 39.95] },
            properties: { date: '2022-09-14', type: 'Battles', place: 'Kok-Tash' },
          },
        ],
      },
      IMPORT_CTX,
    );
    expect(out.events[0]).toMatchObject({ placeName: { en: 'Kok-Tash' }, title: { en: 'Battles near Kok-Tash' } });
  });

  it('writes the place to the CSV and GeoJSON exports', () => {
    const { events, sources } = importCsvText(ACLED);
    const timed = toTimedEvents(structuredClone(events));
    const csv = eventsToCsv(timed, sources, {});
    const header = csv.slice(1).split('\r\n')[0]?.split(',') ?? [];
    const column = header.indexOf('place_name');
    expect(column).toBeGreaterThan(-1);
    const kokTash = csv.split('\r\n').find((line) => line.startsWith('import-test-r2,'));
    expect(kokTash?.split(',')[column]).toBe('Kok-Tash');
    const geo = eventsToGeoJson(timed, sources, {}, { exportedAt: '2026-12-01T00:00:00.000Z' });
    expect(geo.features.find((f) => f.id === 'import-test-r2')?.properties.place_name).toBe('Kok-Tash');
  });
});
