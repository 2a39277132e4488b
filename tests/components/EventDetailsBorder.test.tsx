// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBorderGeometry } from '../../src/data/borderGeometry';
import { EventDetails } from '../../src/details/EventDetails';
import { guessMapping } from '../../src/import/columnMapping';
import { importCsvTable, parseCsvText } from '../../src/import/csvImport';
import type { LonLat } from '../../src/model/record';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

const GEO = path.resolve(__dirname, '../../public/geo');
const read = (name: string): unknown => JSON.parse(readFileSync(path.join(GEO, name), 'utf8'));
const parsed = parseBorderGeometry(read('border.geojson'), read('countries.geojson'));
if (!parsed.ok) throw new Error(`${parsed.file}: ${parsed.reason}`);
const geometry = parsed.geometry;

function townAt(id: string): LonLat {
  const towns = read('towns.geojson') as { features: { properties: { id: string }; geometry: { coordinates: LonLat } }[] };
  const f = towns.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`towns.geojson has no ${id}`);
  return f.geometry.coordinates;
}

const atVorukh = makeEvent({ id: 'at-vorukh', date: '2021-04-29', location: townAt('vorukh'), locationPrecision: 'exact' });
const atBatken = makeEvent({ id: 'at-batken', date: '2022-09-14', location: townAt('batken'), locationPrecision: 'approximate' });

/** The description of the details list's border term, or null when the term is absent. */
function borderLine(): string | null {
  const panel = screen.getByRole('region', { name: 'Event details' });
  const term = within(panel).queryByText('Border line');
  return term ? (term.nextElementSibling?.textContent ?? '') : null;
}

describe('EventDetails: the border line', () => {
  it('says on which side of the pre-2025 line the pin is and how far from it', () => {
    const store = storeWith([atVorukh, atBatken]);
    store.getState().setBorderGeometry(geometry);
    store.getState().select('at-vorukh');
    renderWithStore(<EventDetails />, store);
    expect(borderLine()).toMatch(
      /^\d(\.\d)? km from the Kyrgyz–Tajik border, in Tajikistan \(by the line as mapped before 2025\)$/,
    );
  });

  it('rounds and says so when the pin is approximate, and follows the language', async () => {
    const store = storeWith([atVorukh, atBatken]);
    store.getState().setBorderGeometry(geometry);
    store.getState().select('at-batken');
    renderWithStore(<EventDetails />, store);
    expect(borderLine()).toMatch(/^About \d+ km from the Kyrgyz–Tajik border, in Kyrgyzstan \(from an approximate position, /);
    store.getState().setLang('ru');
    expect(await screen.findByText(/^Примерно \d+ км от кыргызско-таджикской границы, в Кыргызстане/)).toBeInTheDocument();
  });

  it('leaves the line out until the geometry is there', async () => {
    const store = storeWith([atVorukh]);
    store.getState().select('at-vorukh');
    renderWithStore(<EventDetails />, store);
    expect(borderLine()).toBeNull();
    store.getState().setBorderGeometry(geometry);
    expect(await screen.findByText(/in Tajikistan/)).toBeInTheDocument();
  });

  it('covers imported events too', () => {
    const store = storeWith([atVorukh]);
    store.getState().setBorderGeometry(geometry);
    const table = parseCsvText('date,lat,lon,title\n2023-05-01,42.87,74.59,Rally in the capital\n');
    const ctx = { fileId: 'mine', fileName: 'mine.csv', importedAt: '2026-12-01' };
    const built = importCsvTable(table, guessMapping(table.headers), ctx);
    store.getState().addImport({ id: 'mine', name: 'mine.csv', importedAt: '2026-12-01', ...built, rowCount: 1 });
    const imported = store.getState().data?.events.find((e) => e.imported);
    store.getState().select(imported?.id ?? null);
    renderWithStore(<EventDetails />, store);
    expect(screen.getByRole('heading', { level: 2, name: 'Rally in the capital' })).toBeInTheDocument();
    expect(borderLine()).toMatch(/km from the Kyrgyz–Tajik border, in Kyrgyzstan/);
  });
});
