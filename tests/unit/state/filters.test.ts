import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/model/category';
import { statusLanes } from '../../../src/model/crossingStatus';
import { toDayNumber } from '../../../src/model/days';
import { buildCategoryTimeIndex, countsAt } from '../../../src/state/categoryCounts';
import { applyFilters } from '../../../src/state/filters';
import { skeleton } from '../../../src/state/searchFold';
import { buildSearchIndex, searchScores } from '../../../src/state/searchIndex';
import { parseSearch } from '../../../src/state/searchQuery';
import { selectFiltered } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';
import { makeEvent, timed } from '../../helpers/makeEvent';

const events = timed(
  makeEvent({
    id: 'clash-a',
    date: '2021-04-28',
    category: 'clash',
    places: ['vorukh'],
    title: { en: 'Fighting at the water intake' },
  }),
  makeEvent({
    id: 'treaty-b',
    date: '2025-03-13',
    category: 'treaty',
    title: { en: 'Border treaty signed', ru: 'Подписан договор' },
  }),
  makeEvent({ id: 'clash-c', date: '2022-09-14', category: 'clash', title: { en: 'Border war' } }),
);
const places = { vorukh: { id: 'vorukh', kind: 'town' as const, name: { en: 'Vorukh', ru: 'Ворух', tg: 'Воруҳ' } } };
const index = buildSearchIndex(events, places);
const scoresFor = (search: string) => searchScores(events, index, parseSearch(search));
const pass = (search: string, hidden: Category[] = []) => applyFilters(events, scoresFor(search), hidden).map((e) => e.id);

describe('search and category filters', () => {
  it('fold case, accents and ё so a search matches however it is typed', () => {
    expect(skeleton('Kök-Tash ВОРУХ Ёлка')).toBe('koktash voruh elka');
    expect(parseSearch('  Vorukh   water ').words).toEqual(['voruh', 'vater']);
  });

  it('find events by a place name in any language, and need every word', () => {
    expect(pass('vorukh')).toEqual(['clash-a']);
    expect(pass('Воруҳ')).toEqual(['clash-a']);
    expect(pass('договор')).toEqual(['treaty-b']);
    expect(pass('border war')).toEqual(['clash-c']);
  });

  it('compose categories with search, and return the same array when nothing filters', () => {
    expect(pass('border', ['treaty'])).toEqual(['clash-c']);
    expect(applyFilters(events, scoresFor(' '), [])).toBe(events);
  });

  it('count per category what is visible now (search and date applied) and in all', () => {
    const counts = countsAt(buildCategoryTimeIndex(events, scoresFor('border')), {
      day: toDayNumber('2023-01-01'),
      mode: 'cumulative',
      windowMonths: 12,
    });
    expect(counts.clash).toEqual({ visible: 1, total: 2 });
    expect(counts.treaty).toEqual({ visible: 0, total: 1 });
    expect(counts.visit).toEqual({ visible: 0, total: 0 });
  });

  it('drop a selection the filters hide, in the store', () => {
    const store = createAppStore();
    store.getState().setData(
      {
        events,
        sources: {},
        places,
        statusLanes: statusLanes([], {}),
        extent: { min: 0, max: toDayNumber('2025-12-31') },
      },
      0,
    );
    store.getState().select('treaty-b');
    store.getState().setCategoryShown('clash', false);
    expect(store.getState().selectedId).toBe('treaty-b');
    expect(selectFiltered(store.getState()).map((e) => e.id)).toEqual(['treaty-b']);
    store.getState().setCategoryShown('treaty', false);
    expect(store.getState().selectedId).toBeNull();
    store.getState().clearFilters();
    expect(selectFiltered(store.getState())).toBe(store.getState().data?.events);
  });
});
