import { describe, expect, it } from 'vitest';
import type { PlaceInfo } from '../../../src/model/loadedData';
import type { Figure, Source } from '../../../src/model/record';
import { briefingTable, eventSourceIds, numberSources } from '../../../src/print/briefingModel';
import { makeEvent, timed } from '../../helpers/makeEvent';

const source = (publisher: string, date: string): Source => ({ publisher, title: `${publisher} report`, date, kind: 'news' });
const SOURCES: Record<string, Source> = {
  a: source('Outlet A', '2022-09-16'),
  b: source('Outlet B', '2022-09-17'),
  c: source('Outlet C', '2022-09-18'),
};
const figure = (over: Partial<Figure> & Pick<Figure, 'source'>): Figure => ({
  metric: 'killed',
  side: 'KG',
  value: 1,
  qualifier: 'exact',
  ...over,
});
const PLACES: Record<string, PlaceInfo> = {
  vorukh: { id: 'vorukh', kind: 'enclave', name: { en: 'Vorukh', ru: 'Ворух', tg: 'Ворух' } },
  'vorukh-village': { id: 'vorukh-village', kind: 'town', name: { en: 'Vorukh', ru: 'Ворух' } },
  kulundu: { id: 'kulundu', kind: 'town', name: { en: 'Kulundu', ru: 'Кулунду' } },
};

describe('numberSources', () => {
  it('numbers each source once, in the order the rows first cite it', () => {
    const events = timed(
      makeEvent({ id: 'e1', date: '2022-09-14', sources: ['b', 'a'] }),
      makeEvent({ id: 'e2', date: '2022-09-16', sources: ['a', 'c'] }),
    );
    expect([...numberSources(events)]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('counts a source a figure cites even when the event list lacks it', () => {
    const e = makeEvent({ id: 'e1', date: '2022-09-14', sources: ['a'], figures: [figure({ source: 'c' })] });
    expect(eventSourceIds(e)).toEqual(['a', 'c']);
    expect(numberSources([e]).get('c')).toBe(2);
  });
});

describe('briefingTable', () => {
  it('has one row per event, numbered from 1 in the given (chronological) order', () => {
    const events = timed(
      makeEvent({ id: 'e1', date: '2022-07', precision: 'month' }),
      makeEvent({ id: 'e2', date: '2022-09-16' }),
      makeEvent({ id: 'e3', date: '2022-09-19' }),
    );
    const table = briefingTable(events, SOURCES, PLACES, 'en');
    expect(table.rows.map((r) => [r.n, r.event.id])).toEqual([
      [1, 'e1'],
      [2, 'e2'],
      [3, 'e3'],
    ]);
    expect(briefingTable([], SOURCES, PLACES, 'en')).toEqual({ rows: [], sources: [] });
  });

  it('points each row at the numbered list, which names every source once', () => {
    const events = timed(
      makeEvent({ id: 'e1', date: '2022-09-14', sources: ['c'] }),
      makeEvent({ id: 'e2', date: '2022-09-16', sources: ['a', 'c', 'missing'] }),
    );
    const table = briefingTable(events, SOURCES, PLACES, 'en');
    expect(table.rows.map((r) => r.sourceNumbers)).toEqual([[1], [2, 1, 3]]);
    expect(table.sources.map((s) => [s.n, s.id, s.source?.publisher])).toEqual([
      [1, 'c', 'Outlet C'],
      [2, 'a', 'Outlet A'],
      [3, 'missing', undefined],
    ]);
  });

  it('groups figures as the details panel does: killed before injured, claims by date', () => {
    const e = makeEvent({
      id: 'e1',
      date: '2022-09-16',
      sources: ['a', 'b'],
      figures: [
        figure({ metric: 'injured', source: 'a', value: 5 }),
        figure({ source: 'b', value: 24, qualifier: 'at-least' }),
        figure({ source: 'a', value: 20 }),
      ],
    });
    const [row] = briefingTable(timed(e), SOURCES, PLACES, 'en').rows;
    expect(row?.figures.map((b) => b.metric)).toEqual(['killed', 'injured']);
    // Outlet A (16 Sep) before Outlet B (17 Sep): a revised toll reads in sequence.
    expect(row?.figures[0]?.groups[0]?.rows.map((r) => r.figure.value)).toEqual([20, 24]);
    expect(row?.figures[0]?.groups[0]?.disagree).toBe(true);
  });

  it('names places in the reader’s script once, falling back as the map does', () => {
    const e = makeEvent({ id: 'e1', date: '2022-09-16', places: ['vorukh', 'vorukh-village', 'kulundu', 'nowhere'] });
    const tg = briefingTable(timed(e), SOURCES, PLACES, 'tg').rows[0]?.places;
    // Tajik has no name for Kulundu: the Russian one, marked as Russian, never a Latin name in Cyrillic text.
    expect(tg).toEqual([
      { text: 'Ворух', lang: 'tg' },
      { text: 'Кулунду', lang: 'ru' },
      { text: 'nowhere', lang: 'tg' },
    ]);
    const en = briefingTable(timed(e), SOURCES, PLACES, 'en').rows[0]?.places.map((p) => p.text);
    expect(en).toEqual(['Vorukh', 'Kulundu', 'nowhere']);
  });
});
