// @vitest-environment jsdom
import { act, cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Source } from '../../src/model/record';
import { briefingStore } from '../../src/print/briefingStore';
import { PrintBriefing } from '../../src/print/PrintBriefing';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(() => {
  act(() => briefingStore.set(null));
  cleanup();
});

const sources: Record<string, Source> = {
  official: {
    publisher: 'Ministry',
    title: 'Official count',
    date: '2022-09-20',
    url: 'https://example.org/count',
    kind: 'official',
  },
  seed: { publisher: 'Orda.kz', title: 'Seed report', date: '2025-03', kind: 'seed' },
};

const events = [
  makeEvent({
    id: 'talks',
    date: '2022-07',
    precision: 'month',
    title: { en: 'Working groups meet', tg: 'Гурӯҳҳои корӣ вохӯрданд' },
    locationPrecision: 'approximate',
    sources: ['seed'],
  }),
  makeEvent({
    id: 'clash',
    date: '2022-09-14',
    category: 'clash',
    title: { en: 'Border clash', tg: 'Задухӯрди сарҳадӣ' },
    locationPrecision: 'inferred',
    figures: [
      { metric: 'killed', side: 'KG', value: 59, qualifier: 'exact', source: 'seed' },
      { metric: 'killed', side: 'KG', value: 63, qualifier: 'at-least', source: 'official' },
    ],
    sources: ['official', 'seed'],
  }),
];

function setUp(lang: 'en' | 'tg') {
  const store = storeWith(events, sources);
  store.getState().setLang(lang);
  store.getState().setDay(Date.UTC(2022, 8, 20) / 86_400_000);
  const view = renderWithStore(<PrintBriefing />, store);
  return { store, view };
}

describe('PrintBriefing', () => {
  it('renders nothing until printing is asked for', () => {
    const { view } = setUp('en');
    expect(view.container.innerHTML).toBe('');
  });

  it('on beforeprint, renders the events on screen, one row each, with no control', () => {
    const { view } = setUp('en');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const briefing = view.container.querySelector('.print-briefing') as HTMLElement;
    expect(briefing).not.toBeNull();
    expect(briefing.getAttribute('lang')).toBe('en');
    expect(briefing.querySelectorAll('button, input, select, summary')).toHaveLength(0);
    const rows = [...briefing.querySelectorAll('.print-events tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-event-id'))).toEqual(['talks', 'clash']);
    const [talks, clash] = rows as [HTMLElement, HTMLElement];
    // A month-only date stays month-only, and says so.
    expect(within(talks).getByText('July 2022')).toBeTruthy();
    expect(talks.textContent).toContain('day not known');
    expect(talks.textContent).toContain('Approximate location.');
    expect(clash.textContent).toContain('Inferred location');
    // Each figure with its source and the source's number in the list; sources numbered in the table's order.
    expect(clash.textContent).toContain('59 — Orda.kz, 2025-03 [1]');
    expect(clash.textContent).toContain('at least 63 — Ministry, 2022-09-20 [2]');
    const list = [...briefing.querySelectorAll('.print-sources li')].map((li) => li.textContent);
    expect(list).toEqual(['Seed report — Orda.kz, 2025-03', 'Official count — Ministry, 2022-09-20 https://example.org/count']);
    // No map in this test (no WebGL): the page says why instead of a blank.
    expect(briefing.querySelector('.print-missing')?.textContent).toMatch(/No map image/);
    expect(briefing.querySelector('.print-cite a')?.getAttribute('href')).toContain('date=2022-09-20');

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(view.container.querySelector('.print-briefing')).toBeNull();
  });

  it('prints in the reader’s language and script', () => {
    const { view } = setUp('tg');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const briefing = view.container.querySelector('.print-briefing') as HTMLElement;
    expect(briefing.getAttribute('lang')).toBe('tg');
    expect(briefing.textContent).toContain('Задухӯрди сарҳадӣ');
    expect(briefing.textContent).toContain('рӯзаш маълум нест');
    expect(briefing.querySelector('h1')?.textContent).toBe('Сарҳади Қирғизистону Тоҷикистон');
  });
});
