import { describe, expect, it } from 'vitest';
import { BorderEventSchema } from '../../../src/data/eventSchema';
import { parseCsvText, previewOf } from '../../../src/import/csvImport';
import { HOSTILE_STRINGS } from '../../helpers/hostileStrings';
import { importCsvText } from '../../helpers/importCsv';

const ACLED = [
  'event_date,time_precision,event_type,location,latitude,longitude,fatalities,notes,source',
  '2022-09-14,1,Battles,Kok-Tash,39.95,70.78,3,"Exchange of fire, border post",AKIpress',
  'not a date,1,Battles,Somewhere,39.9,70.7,0,,x',
  '2021-04-29,3,Violence against civilians,Vorukh,39.85,70.58,,Stones thrown,https://example.org/report',
  '2022-09-16,1,Battles,Nowhere,north,70.7,1,,x',
  '',
  '2024-01-10,1,Protests,Bishkek,42.87,74.59,0,Rally,24.kg',
].join('\r\n');

describe('CSV import', () => {
  it('loads the good rows, reports each bad one by row and field, and skips blank lines silently', () => {
    const out = importCsvText(ACLED);
    expect(out.events.map((e) => e.id)).toEqual(['import-test-r2', 'import-test-r4', 'import-test-r7']);
    expect(out.rows).toEqual([2, 4, 7]);
    expect(out.errors).toEqual([
      { row: 3, field: 'date', code: 'notDate', value: 'not a date' },
      { row: 5, field: 'latitude', code: 'notNumber', value: 'north' },
    ]);
    expect(out.errorCount).toBe(2);
    for (const e of out.events) expect(BorderEventSchema.safeParse(e).success).toBe(true);
  });

  it('keeps figures and precision as the file gives them', () => {
    const [clash, stones, rally] = importCsvText(ACLED).events;
    expect(clash?.figures).toEqual([
      { metric: 'killed', side: 'total', value: 3, qualifier: 'exact', source: 'import-test-r2-source' },
    ]);
    expect(clash?.category).toBe('clash');
    expect(clash?.title.en).toBe('Battles near Kok-Tash');
    expect(clash?.summary.en).toBe('Exchange of fire, border post');
    // time_precision 3 is ACLED's "month": the day must not be kept.
    expect(stones).toMatchObject({ date: '2021-04', precision: 'month', figures: [] });
    // Bishkek is outside the mapped area: shown, and said so.
    expect(rally?.outsideRegion).toBe(true);
    expect(rally?.locationNote?.en).toMatch(/outside/i);
  });

  it('cites each row: a URL source becomes a link, text a publisher, and no date (the import day is not its date)', () => {
    const out = importCsvText(ACLED);
    expect(out.sources['import-test-r4-source']).toEqual({
      url: 'https://example.org/report',
      publisher: 'example.org',
      kind: 'import',
      title: 'incidents.csv #4',
    });
    for (const s of Object.values(out.sources)) expect(s.date).toBeUndefined();
    expect(out.sources['import-test-r2-source']).toMatchObject({ publisher: 'AKIpress', kind: 'import' });
    expect(out.sources['import-test-r2-source']?.url).toBeUndefined();
  });

  it('reads semicolon files with decimal commas, a BOM and quoted line breaks', () => {
    const text = '\uFEFFdate;lat;lon;title\r\n2021-04-29;39,85;70,58;"Two\nlines; one title"\r\n';
    const out = importCsvText(text);
    expect(out.errors).toEqual([]);
    expect(out.events[0]).toMatchObject({ location: [70.58, 39.85], title: { en: 'Two\nlines; one title' } });
  });

  it('refuses impossible values with their own reason', () => {
    const text = [
      'date,lat,lon,fatalities',
      '2021-02-30,40,70,0',
      '1975-01-01,40,70,0',
      '2021-01-01,95,70,0',
      '2021-01-01,40,190,0',
      '2021-01-01,40,70,-2',
      '2021-01-01,40,70,2.5',
      '03/04/2021,40,70,0',
    ].join('\n');
    expect(importCsvText(text).errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'date', 'notRealDate'],
      [3, 'date', 'outsideYears'],
      [4, 'latitude', 'latitudeRange'],
      [5, 'longitude', 'longitudeRange'],
      [6, 'fatalities', 'notWholeNumber'],
      [7, 'fatalities', 'notWholeNumber'],
      [8, 'date', 'ambiguousDate'],
    ]);
  });

  it('keeps hostile text literally (it is only ever rendered as text) but drops control characters', () => {
    const rows = HOSTILE_STRINGS.map((s) => `2021-01-01,40,70,"${s.replace(/"/g, '""')}"`);
    const out = importCsvText(['date,lat,lon,title', ...rows].join('\n'));
    const titles = out.events.map((e) => e.title.en);
    expect(titles).toContain('<script>alert(1)</script>');
    expect(titles).toContain('"><img src=x onerror=alert(1)>');
    expect(titles).toContain('\u202Eevil');
    expect(titles.some((t) => t.includes('\u0000'))).toBe(false);
    expect(Math.max(...titles.map((t) => t.length))).toBeLessThanOrEqual(300);
    for (const e of out.events) expect(BorderEventSchema.safeParse(e).success).toBe(true);
  });

  it('previews headers, the first rows and a guessed mapping', () => {
    const preview = previewOf(parseCsvText(ACLED));
    expect(preview.headers[0]).toBe('event_date');
    // Six data rows, one of them blank: five rows, as the person counts them.
    expect(preview.rowCount).toBe(5);
    expect(preview.sample).toHaveLength(3);
    expect(preview.guess).toMatchObject({ date: 0, latitude: 4, longitude: 5 });
  });
});

describe('CSV import, links and files', () => {
  it('never turns a javascript: or data: source into a link', () => {
    const out = importCsvText(
      'date,lat,lon,source\n2021-01-01,40,70,javascript:alert(1)\n2021-01-01,40,70,data:text/html;base64,PHNjcmlwdD4=\n',
    );
    const sources = Object.values(out.sources);
    expect(sources).toHaveLength(2);
    for (const s of sources) expect(s.url).toBeUndefined();
    expect(sources[0]?.publisher).toBe('javascript:alert(1)');
  });
});
