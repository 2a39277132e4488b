import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BorderEventSchema, SourceSchema } from '../../../src/data/eventSchema';
import { guessMapping } from '../../../src/import/columnMapping';
import { importCsvTable, parseCsvText } from '../../../src/import/csvImport';
import { ImportFileError, importGeoJson } from '../../../src/import/geojsonImport';
import { PROBLEM_CODES } from '../../../src/model/importedFile';
import { HOSTILE_STRINGS } from '../../helpers/hostileStrings';
import { IMPORT_CTX } from '../../helpers/importCsv';

const RUNS = 1000;

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom('2021-04-29', '2021-04', '2021', '29/04/2021', '03/04/2021', '2021-02-30', ''),
  fc.double().map(String),
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.constantFrom('40.1', '70,5', '-91', 'NaN', 'Infinity', '1e5'),
);
const HEADERS = ['event_date', 'latitude', 'longitude', 'event_type', 'fatalities', 'notes', 'source', 'time_precision', 'junk'];
const header = fc.shuffledSubarray(HEADERS, { minLength: 0 });

/** Every output event and source passes the built-in record's own schema, and every row is accounted for. */
function expectValid(out: ReturnType<typeof importCsvTable>, dataRows: number) {
  for (const e of out.events) expect(BorderEventSchema.safeParse(e).success).toBe(true);
  for (const s of Object.values(out.sources)) expect(SourceSchema.safeParse(s).success).toBe(true);
  for (const e of out.events) for (const id of e.sources) expect(out.sources[id]).toBeDefined();
  for (const err of out.errors) expect(PROBLEM_CODES).toContain(err.code);
  expect(out.events.length + out.errorCount).toBeLessThanOrEqual(dataRows);
  expect(new Set(out.events.map((e) => e.id)).size).toBe(out.events.length);
}

describe('import, property-based', () => {
  it(`CSV tables of arbitrary (often hostile) cells: never throws, output always valid (${RUNS} cases)`, () => {
    let ran = 0;
    fc.assert(
      fc.property(header, fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }), (headers, rows) => {
        ran++;
        const text = Papa.unparse([headers, ...rows]);
        const table = parseCsvText(text);
        expectValid(importCsvTable(table, guessMapping(table.headers), IMPORT_CTX), table.rows.length);
      }),
      { numRuns: RUNS },
    );
    console.info(`CSV import property: ${ran} cases`);
    expect(ran).toBe(RUNS);
  });

  it(`arbitrary text as a CSV file: never throws (${RUNS} cases)`, () => {
    let ran = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_STRINGS)), (text) => {
        ran++;
        const table = parseCsvText(text);
        expectValid(importCsvTable(table, guessMapping(table.headers), IMPORT_CTX), table.rows.length);
      }),
      { numRuns: RUNS },
    );
    console.info(`CSV text property: ${ran} cases`);
    expect(ran).toBe(RUNS);
  });

  it(`arbitrary JSON as GeoJSON: only ever an ImportFileError, output always valid (${RUNS} cases)`, () => {
    let ran = 0;
    const feature = fc.record({
      type: fc.constantFrom('Feature', 'feature', 'X'),
      geometry: fc.oneof(
        fc.record({
          type: fc.constant('Point'),
          coordinates: fc.array(fc.oneof(fc.double(), fc.string(), fc.anything()), { maxLength: 3 }),
        }),
        fc.anything(),
      ),
      properties: fc.oneof(
        fc.dictionary(
          fc.constantFrom('date', 'title', 'category', 'fatalities', 'notes', 'source'),
          fc.oneof(cell, fc.anything()),
        ),
        fc.anything(),
      ),
    });
    const json = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constant('FeatureCollection'),
        features: fc.array(fc.oneof(feature, fc.anything()), { maxLength: 10 }),
      }),
    );
    fc.assert(
      fc.property(json, (value) => {
        ran++;
        try {
          const out = importGeoJson(value, IMPORT_CTX);
          expectValid(out, (value as { features: unknown[] }).features.length);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFileError);
        }
      }),
      { numRuns: RUNS },
    );
    console.info(`GeoJSON import property: ${ran} cases`);
    expect(ran).toBe(RUNS);
  });
});
