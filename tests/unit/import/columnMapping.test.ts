import { describe, expect, it } from 'vitest';
import { categoryFrom, guessMapping, missingRequired } from '../../../src/import/columnMapping';

describe('guessMapping', () => {
  it('recognises an ACLED export; its sub_event_type words the title, it is not the title', () => {
    const headers = [
      'event_id_cnty',
      'event_date',
      'time_precision',
      'event_type',
      'sub_event_type',
      'admin1',
      'location',
      'latitude',
      'longitude',
      'source',
      'notes',
      'fatalities',
    ];
    expect(guessMapping(headers)).toEqual({
      date: 1,
      datePrecision: 2,
      category: 3,
      subtype: 4,
      location: 6,
      latitude: 7,
      longitude: 8,
      source: 9,
      summary: 10,
      fatalities: 11,
    });
  });

  it('folds case, spaces and punctuation, and leaves absent fields unmapped', () => {
    const mapping = guessMapping(['Event Date', 'LAT', 'Lon', 'Description']);
    expect(mapping).toEqual({ date: 0, latitude: 1, longitude: 2, summary: 3 });
    expect(missingRequired(mapping)).toEqual([]);
    expect(missingRequired(guessMapping(['when', 'where']))).toEqual(['latitude', 'longitude']);
  });

  it('never maps one column to two fields', () => {
    const mapping = guessMapping(['date', 'lat', 'lon', 'type']);
    const columns = Object.values(mapping);
    expect(new Set(columns).size).toBe(columns.length);
  });
});

describe('categoryFrom', () => {
  it("maps ACLED event types and this map's own categories; anything else is other", () => {
    expect(categoryFrom('Battles')).toBe('clash');
    expect(categoryFrom('Explosions/Remote violence')).toBe('clash');
    expect(categoryFrom('Violence against civilians')).toBe('incident');
    expect(categoryFrom('Treaty')).toBe('treaty');
    expect(categoryFrom('reopening')).toBe('reopening');
    expect(categoryFrom('<b>party</b>')).toBe('other');
    expect(categoryFrom('')).toBe('other');
  });
});
