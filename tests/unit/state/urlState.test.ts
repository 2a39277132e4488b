import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrl, serializeUrl, type UrlState } from '../../../src/state/urlState';

describe('parseUrl', () => {
  it('reads date, event, layers and view', () => {
    const { state, problems } = parseUrl('?date=2022-09-14&event=clash-2022&layers=batken,events', '#map=9.5/40.1/70.6');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ...EMPTY_URL_STATE,
      date: '2022-09-14',
      event: 'clash-2022',
      layers: ['batken', 'events'],
      view: { zoom: 9.5, lat: 40.1, lon: 70.6 },
    });
  });

  it('treats missing parameters as defaults without complaint', () => {
    expect(parseUrl('', '')).toEqual({ state: EMPTY_URL_STATE, problems: [] });
  });

  it.each([
    ['?date=2021-02-30', 'date'],
    ['?date=yesterday', 'date'],
    ['?date=2021-4-28', 'date'],
    ['?event=<script>alert(1)</script>', 'event'],
    ['?event=', 'event'],
    ['?layers=batken,volcanoes', 'layers'],
  ])('falls back on %s and reports %s', (search, problem) => {
    const { problems } = parseUrl(search, '');
    expect(problems).toContain(problem);
  });

  it('keeps the known layers of a partly bad list', () => {
    expect(parseUrl('?layers=volcanoes,towns', '').state.layers).toEqual(['towns']);
  });

  it.each(['#map=abc', '#map=9/100/70', '#map=9/40', '#map=30/40/70', '#map=//', '#map=9/40/70/1'])('rejects view %s', (hash) => {
    const parsed = parseUrl('', hash);
    expect(parsed.state.view).toBeNull();
    expect(parsed.problems).toEqual(['map']);
  });

  it('accepts only real calendar days', () => {
    expect(parseUrl('?date=2024-02-29', '').state.date).toBe('2024-02-29');
    expect(parseUrl('?date=2023-02-29', '').state.date).toBeNull();
    expect(parseUrl('?date=2023-13-01', '').state.date).toBeNull();
  });
});

describe('serializeUrl', () => {
  it('round-trips through parseUrl', () => {
    const state: UrlState = {
      ...EMPTY_URL_STATE,
      date: '2021-04-28',
      event: 'kyrgyz-tajik-clash-2021-04-28',
      layers: ['batken', 'sughd', 'events'],
      view: { zoom: 8.25, lat: 40.0123, lon: 70.4567 },
    };
    const { search, hash } = serializeUrl(state);
    expect(search).toBe('?date=2021-04-28&event=kyrgyz-tajik-clash-2021-04-28&layers=batken,sughd,events');
    expect(parseUrl(search, hash).state).toEqual(state);
  });

  it('writes an empty layer list so "all off" survives a reload', () => {
    const { search } = serializeUrl({ ...EMPTY_URL_STATE, layers: [] });
    expect(parseUrl(search, '').state.layers).toEqual([]);
  });

  it('round-trips mode, window, filters, search, speed and loop', () => {
    const state: UrlState = {
      ...EMPTY_URL_STATE,
      date: '2022-09-14',
      mode: 'window',
      windowMonths: 6,
      categories: ['clash', 'treaty'],
      search: 'Vorukh & "Ворух"',
      speed: 'year',
      loop: true,
    };
    const { search, hash } = serializeUrl(state);
    expect(parseUrl(search, hash)).toEqual({ state, problems: [] });
  });

  it('ignores bad mode, window, speed, loop and category values and says which', () => {
    const { state, problems } = parseUrl('?mode=sideways&window=7&speed=warp&loop=yes&categories=clash,nonsense', '');
    expect(state.mode).toBeNull();
    expect(state.windowMonths).toBeNull();
    expect(state.speed).toBeNull();
    expect(state.loop).toBeNull();
    expect(state.categories).toEqual(['clash']);
    expect(problems).toEqual(['mode', 'window', 'speed', 'loop', 'categories']);
  });

  it('cuts an overlong search and strips control characters', () => {
    const { state, problems } = parseUrl(`?q=${encodeURIComponent(`a\u0000b${'x'.repeat(500)}`)}`, '');
    expect(state.search?.startsWith('a b')).toBe(true);
    expect(state.search?.length).toBe(100);
    expect(problems).toEqual(['q']);
  });

  it('leaves out what is not set', () => {
    expect(serializeUrl(EMPTY_URL_STATE)).toEqual({ search: '', hash: '' });
  });
});
