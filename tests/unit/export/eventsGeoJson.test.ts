import { describe, expect, it } from 'vitest';
import { eventsToGeoJson, geoJsonText } from '../../../src/export/eventsGeoJson';
import type { Source } from '../../../src/model/record';
import { makeEvent, timed } from '../../helpers/makeEvent';

const sources: Record<string, Source> = {
  'src-a': { publisher: 'AKIpress', title: 'Clashes', date: '2022-09-16', url: 'https://example.org/a', kind: 'news' },
  'src-b': { publisher: 'Asia-Plus', title: 'Toll revised', date: '2022-09', kind: 'news' },
};
const places = { vorukh: { name: { en: 'Vorukh', ru: 'Ворух' } } };

const events = timed(
  makeEvent({
    id: 'clash-2022',
    date: '2022-09-14',
    end: '2022-09-16',
    category: 'clash',
    title: { en: 'Clashes', ru: 'Столкновения' },
    location: [70.61, 39.95],
    places: ['vorukh'],
    sources: ['src-a', 'src-b'],
    figures: [{ metric: 'killed', side: 'KG', qualifier: 'at-least', value: 59, source: 'src-b', asOf: '2022-09-20' }],
  }),
  makeEvent({ id: 'meeting-2021', date: '2021-05', precision: 'month', category: 'meeting', location: [69.5, 40.2] }),
);

describe('eventsToGeoJson', () => {
  const fc = eventsToGeoJson(events, sources, places, { exportedAt: '2025-06-01T12:00:00.000Z', mapDate: '2025-03-13' });

  it('is a FeatureCollection of Point features, one per event, with [lon, lat] coordinates', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(typeof f.id).toBe('string');
    }
    const clash = fc.features.find((f) => f.id === 'clash-2022');
    expect(clash?.geometry.coordinates).toEqual([70.61, 39.95]);
  });

  it('survives JSON serialisation unchanged (no undefined, no Date objects)', () => {
    const text = geoJsonText(fc);
    expect(JSON.parse(text)).toEqual(fc);
    expect(text).not.toContain('undefined');
  });

  it('carries the event information as structured properties', () => {
    const clash = fc.features.find((f) => f.id === 'clash-2022');
    expect(clash?.properties).toMatchObject({
      id: 'clash-2022',
      date: '2022-09-14',
      precision: 'day',
      end: '2022-09-16',
      category: 'clash',
      title: 'Clashes',
      location_precision: 'approximate',
      places: [{ id: 'vorukh', name: 'Vorukh' }],
    });
    expect(clash?.properties.figures).toEqual([
      {
        metric: 'killed',
        side: 'KG',
        qualifier: 'at-least',
        value: 59,
        as_of: '2022-09-20',
        source: { id: 'src-b', publisher: 'Asia-Plus', title: 'Toll revised', date: '2022-09', kind: 'news' },
      },
    ]);
    expect(clash?.properties.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
    expect(clash?.properties.sources[0]?.url).toBe('https://example.org/a');
    const meeting = fc.features.find((f) => f.id === 'meeting-2021');
    expect(meeting?.properties.end).toBeNull();
    expect(meeting?.properties.precision).toBe('month');
  });

  it('carries an imported place name and an undated imported source as they are', () => {
    const own: Record<string, Source> = { 'imp-r2-source': { publisher: 'AKIpress', title: 'mine.csv #2', kind: 'import' } };
    const mine = timed(
      makeEvent({ id: 'imp-r2', date: '2022-09-14', placeName: { en: 'Kok-Tash' }, sources: ['imp-r2-source'] }),
    );
    const out = eventsToGeoJson(mine, own, places, { exportedAt: '2025-06-01T12:00:00.000Z' });
    expect(out.features[0]?.properties.place_name).toBe('Kok-Tash');
    expect(out.features[0]?.properties.sources[0]).toEqual({
      id: 'imp-r2-source',
      publisher: 'AKIpress',
      title: 'mine.csv #2',
      kind: 'import',
    });
    expect(fc.features.find((f) => f.id === 'meeting-2021')?.properties.place_name).toBeNull();
  });

  it('uses the requested language, falling back to English', () => {
    const ru = eventsToGeoJson(events, sources, places, { exportedAt: '2025-06-01T12:00:00.000Z', lang: 'ru' });
    const clash = ru.features.find((f) => f.id === 'clash-2022');
    expect(clash?.properties.title).toBe('Столкновения');
    expect(clash?.properties.places[0]?.name).toBe('Ворух');
    expect(clash?.properties.summary).toBe('Summary of clash-2022.');
    expect(ru.metadata.language).toBe('ru');
  });

  it('passes the export time through and notes count, date and licence in metadata', () => {
    expect(fc.metadata.exported_at).toBe('2025-06-01T12:00:00.000Z');
    expect(fc.metadata.map_date).toBe('2025-03-13');
    expect(fc.metadata.event_count).toBe(2);
    expect(fc.metadata.licence).toMatch(/sources/);
    const fromDate = eventsToGeoJson([], sources, places, { exportedAt: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) });
    expect(fromDate.metadata.exported_at).toBe('2024-01-02T03:04:05.000Z');
    expect(fromDate.features).toEqual([]);
    expect(fromDate.metadata.map_date).toBeNull();
  });

  it('names the record version exported and when each event last changed (null when unknown)', () => {
    const [dated] = timed(makeEvent({ id: 'dated', date: '2021-04-29', updated: '2026-12-01' }));
    if (!dated) throw new Error('no event');
    const versioned = eventsToGeoJson([dated], sources, places, {
      exportedAt: '2026-12-02T00:00:00.000Z',
      record: { version: '1.0.0', released: '2026-12-01' },
    });
    expect(versioned.metadata).toMatchObject({ record_version: '1.0.0', record_released: '2026-12-01' });
    expect(versioned.features[0]?.properties.updated).toBe('2026-12-01');
    expect(fc.metadata).toMatchObject({ record_version: null, record_released: null });
    expect(fc.features[0]?.properties.updated).toBeNull();
  });

  it('is deterministic: the same input gives the same output', () => {
    const again = eventsToGeoJson(events, sources, places, { exportedAt: '2025-06-01T12:00:00.000Z', mapDate: '2025-03-13' });
    expect(again).toEqual(fc);
  });
});
