import { describe, expect, it } from 'vitest';
import { parseUrl, serializeUrl, type UrlState } from '../../../src/state/urlState';

describe('parseUrl', () => {
  it('reads date, event, layers and view', () => {
    const { state, problems } = parseUrl('?date=2022-09-14&event=clash-2022&layers=batken,events', '#map=9.5/40.1/70.6');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      date: '2022-09-14',
      event: 'clash-2022',
      layers: ['batken', 'events'],
      view: { zoom: 9.5, lat: 40.1, lon: 70.6 },
    });
  });

  it('treats missing parameters as defaults without complaint', () => {
    expect(parseUrl('', '')).toEqual({ state: { date: null, event: null, layers: null, view: null }, problems: [] });
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
    const { search } = serializeUrl({ date: null, event: null, layers: [], view: null });
    expect(parseUrl(search, '').state.layers).toEqual([]);
  });

  it('leaves out what is not set', () => {
    expect(serializeUrl({ date: null, event: null, layers: null, view: null })).toEqual({ search: '', hash: '' });
  });
});
