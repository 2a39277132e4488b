import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, eventsToCsv, neutraliseFormula, UTF8_BOM } from '../../../src/export/eventsCsv';
import type { Source } from '../../../src/model/record';
import type { TimedEvent } from '../../../src/model/timedEvent';
import { makeEvent, timed } from '../../helpers/makeEvent';

/** A strict RFC 4180 reader, so the tests check what a spreadsheet would see, not string fragments. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

const sources: Record<string, Source> = {
  'src-a': {
    publisher: 'AKIpress',
    title: 'Clashes on the border',
    date: '2022-09-16',
    url: 'https://example.org/a',
    kind: 'news',
  },
  'src-b': { publisher: 'Asia-Plus', title: 'Toll revised', date: '2022-09', kind: 'news' },
};
const places = {
  'kok-tash': { name: { en: 'Kok-Tash', ru: 'Кок-Таш' } },
  vorukh: { name: { en: 'Vorukh', ru: 'Ворух' } },
};

function read(csv: string): { header: string[]; rows: Record<string, string>[] } {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const [header = [], ...body] = parseCsv(csv.slice(UTF8_BOM.length));
  return {
    header,
    rows: body.map((cells) => {
      expect(cells).toHaveLength(header.length);
      return Object.fromEntries(header.map((h, k) => [h, cells[k] ?? '']));
    }),
  };
}

describe('eventsToCsv', () => {
  it('starts with a BOM, then the header, then exactly one CRLF-terminated row per event', () => {
    const events = timed(makeEvent({ id: 'b-event', date: '2022-09-14' }), makeEvent({ id: 'a-event', date: '2021-04-29' }));
    const csv = eventsToCsv(events, sources, places);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { header, rows } = read(csv);
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(header).toEqual([
      'id',
      'date',
      'precision',
      'end',
      'category',
      'title',
      'summary',
      'longitude',
      'latitude',
      'location_precision',
      'places',
      'place_name',
      'figures',
      'sources',
      'updated',
      'record_version',
      'imported_from',
    ]);
    expect(rows.map((r) => r.id)).toEqual(['a-event', 'b-event']);
    expect(rows.map((r) => r.imported_from)).toEqual(['', '']);
  });

  it('names the file and row of an imported event, so a merged export keeps the two apart', () => {
    const [event] = timed(makeEvent({ id: 'mine', date: '2021-04-29' }));
    const imported = { ...(event as TimedEvent), imported: { fileId: 'import-x', fileName: 'my incidents.csv', row: 7 } };
    const { rows } = read(eventsToCsv([imported], sources, places));
    expect(rows[0]?.imported_from).toBe('my incidents.csv, row 7');
  });

  it('writes when the record last changed each event and the record version exported; neither for an import', () => {
    const [event] = timed(makeEvent({ id: 'dated', date: '2021-04-29', updated: '2026-12-01' }));
    const [row] = timed(makeEvent({ id: 'mine', date: '2021-04-30' }));
    const imported = { ...(row as TimedEvent), imported: { fileId: 'import-x', fileName: 'mine.csv', row: 2 } };
    const { rows } = read(eventsToCsv([event as TimedEvent, imported], sources, places, 'en', '1.0.0'));
    expect(rows.map((r) => [r.updated, r.record_version])).toEqual([
      ['2026-12-01', '1.0.0'],
      ['', ''],
    ]);
  });

  it('writes the place an imported file named, in its own column, and leaves it empty elsewhere', () => {
    const events = timed(
      makeEvent({ id: 'mine', date: '2021-04-29', placeName: { en: 'Kok-Tash' } }),
      makeEvent({ id: 'theirs', date: '2021-04-30' }),
    );
    const { rows } = read(eventsToCsv(events, sources, places));
    expect(rows.map((r) => [r.id, r.place_name])).toEqual([
      ['mine', 'Kok-Tash'],
      ['theirs', ''],
    ]);
  });

  it('writes an empty file body (header only) for no events', () => {
    const { rows } = read(eventsToCsv([], sources, places));
    expect(rows).toEqual([]);
  });

  it('quotes fields with commas, quotes and line breaks so they survive a round trip', () => {
    const summary = 'Shots, then "a ceasefire"\r\nthen talks\nand more';
    const events = timed(makeEvent({ id: 'e1', date: '2022-09-14', title: { en: 'A, B' }, summary: { en: summary } }));
    const csv = eventsToCsv(events, sources, places);
    expect(csv).toContain('"A, B"');
    expect(csv).toContain('"Shots, then ""a ceasefire""');
    const { rows } = read(csv);
    expect(rows[0]?.title).toBe('A, B');
    expect(rows[0]?.summary).toBe(summary);
  });

  it('leaves plain fields unquoted', () => {
    expect(csvField('Vorukh')).toBe('Vorukh');
    expect(csvField('a"b')).toBe('"a""b"');
  });

  it('neutralises formulas in text cells but keeps negative coordinates numeric', () => {
    const events = timed(
      makeEvent({
        id: 'e1',
        date: '2022-09-14',
        location: [-70.5, -40.25],
        title: { en: '=HYPERLINK("http://evil.example","click")' },
        summary: { en: '-1 killed? @once +more' },
      }),
    );
    const csv = eventsToCsv(events, sources, places);
    const { rows } = read(csv);
    const row = rows[0];
    expect(row?.title).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row?.summary).toBe("'-1 killed? @once +more");
    expect(row?.longitude).toBe('-70.5');
    expect(row?.latitude).toBe('-40.25');
    expect(csv).toContain(',-70.5,-40.25,');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('guards a text cell starting with %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('does not touch text that only contains those characters later', () => {
    expect(neutraliseFormula('Kok-Tash = 2 km')).toBe('Kok-Tash = 2 km');
  });

  it('keeps Cyrillic text in the chosen language and falls back to English', () => {
    const events = timed(
      makeEvent({
        id: 'e1',
        date: '2022-09-14',
        title: { en: 'Clash at Kok-Tash', ru: 'Столкновение у Кок-Таша' },
        places: ['kok-tash', 'vorukh', 'unknown-place'],
      }),
    );
    const { rows } = read(eventsToCsv(events, sources, places, 'ru'));
    expect(rows[0]?.title).toBe('Столкновение у Кок-Таша');
    expect(rows[0]?.summary).toBe('Summary of e1.');
    expect(rows[0]?.places).toBe('Кок-Таш; Ворух; unknown-place');
  });

  it('writes dates, precision, end, category and location precision as in the record', () => {
    const events = timed(
      makeEvent({
        id: 'e1',
        date: '2021-04',
        precision: 'month',
        end: '2021-05-01',
        category: 'clash',
        location: [70.61, 39.95],
      }),
    );
    const { rows } = read(eventsToCsv(events, sources, places));
    expect(rows[0]).toMatchObject({
      date: '2021-04',
      precision: 'month',
      end: '2021-05-01',
      category: 'clash',
      longitude: '70.61',
      latitude: '39.95',
      location_precision: 'approximate',
    });
  });

  it('lists each figure with its own source and every source with its details', () => {
    const events = timed(
      makeEvent({
        id: 'e1',
        date: '2022-09-14',
        sources: ['src-a', 'src-b'],
        figures: [
          { metric: 'killed', side: 'KG', qualifier: 'at-least', value: 59, source: 'src-a' },
          { metric: 'killed', side: 'TJ', qualifier: 'exact', value: 41, source: 'src-b', asOf: '2022-09-20' },
          { metric: 'other', label: { en: 'houses destroyed' }, side: 'total', qualifier: 'about', value: 500, source: 'src-a' },
        ],
      }),
    );
    const { rows } = read(eventsToCsv(events, sources, places));
    expect(rows[0]?.figures).toBe(
      'killed KG at-least 59 (AKIpress); killed TJ exact 41 (Asia-Plus, as of 2022-09-20); ' +
        'other: houses destroyed total about 500 (AKIpress)',
    );
    expect(rows[0]?.sources).toBe(
      'AKIpress — Clashes on the border — 2022-09-16 — https://example.org/a | Asia-Plus — Toll revised — 2022-09',
    );
  });

  it('shows the id of a source the map does not know instead of dropping it', () => {
    const events = timed(makeEvent({ id: 'e1', date: '2022-09-14', sources: ['src-missing'] }));
    const { rows } = read(eventsToCsv(events, sources, places));
    expect(rows[0]?.sources).toBe('src-missing');
  });
});
