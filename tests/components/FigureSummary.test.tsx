// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/details/EventDetails';
import type { Source } from '../../src/model/record';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

const sources: Record<string, Source> = {
  early: { publisher: '24.kg', title: 'Early count', date: '2021-05-02', kind: 'news' },
  late: { publisher: 'AFP', title: 'Later count', date: '2021-05-07', url: 'https://example.org/afp', kind: 'news' },
  wiki: {
    publisher: 'Wikipedia (English)',
    title: 'Kyrgyzstan–Tajikistan relations',
    date: '2025',
    undated: true,
    kind: 'seed',
  },
};

const clash = makeEvent({
  id: 'clash-2021',
  date: '2021-04-28',
  category: 'clash',
  title: { en: 'Clash of April 2021' },
  figures: [
    { metric: 'evacuated', side: 'KG', value: 33388, qualifier: 'exact', source: 'early' },
    { metric: 'killed', side: 'total', value: 40, qualifier: 'more-than', source: 'wiki' },
    {
      metric: 'killed',
      side: 'KG',
      value: 34,
      qualifier: 'exact',
      source: 'early',
      note: { en: 'Including a child', ru: 'В том числе ребёнок' },
    },
    {
      metric: 'injured',
      side: 'TJ',
      value: 3,
      qualifier: 'exact',
      source: 'late',
      partial: true,
      note: { en: 'Wounded by gunfire' },
    },
    { metric: 'killed', side: 'KG', value: 36, qualifier: 'exact', source: 'late' },
    { metric: 'killed', side: 'TJ', value: 19, qualifier: 'exact', source: 'late' },
  ],
  sources: ['early', 'late', 'wiki'],
});

function open(lang: 'en' | 'ru' = 'en') {
  const store = storeWith([clash], sources);
  store.getState().setLang(lang);
  store.getState().select('clash-2021');
  renderWithStore(<EventDetails />, store);
  return document.querySelector('.event-details') as HTMLElement;
}

describe('figures at a glance', () => {
  it('comes first under the title, before the facts and the full table', () => {
    const panel = open();
    const summary = within(panel).getByRole('region', { name: 'Figures at a glance' });
    const heading = within(panel).getByRole('heading', { level: 2 });
    expect(heading.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const later of [panel.querySelector('.details-facts'), panel.querySelector('.figures table')]) {
      expect(later).not.toBeNull();
      expect(summary.compareDocumentPosition(later as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('gives killed first, per side as lowest–highest over its sources, totals and parts apart', () => {
    const summary = open().querySelector('.figure-summary') as HTMLElement;
    const metrics = [...summary.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(metrics).toEqual(['Killed', 'Injured', 'Evacuated']);
    const killed = [...summary.querySelectorAll('[data-metric="killed"] dd')].map((dd) => dd.textContent);
    expect(killed).toEqual([
      'Kyrgyzstan: 34–36 (2 sources)',
      'Tajikistan: 19 (AFP, 2021-05-07)',
      'Total: more than 40 (Wikipedia (English), undated)',
    ]);
    const injured = [...summary.querySelectorAll('[data-metric="injured"] dd')].map((dd) => dd.textContent);
    expect(injured).toEqual(['Tajikistan, part of the count: 3 — Wounded by gunfire']);
  });

  it('names the source of each end and jumps to its row in the table', async () => {
    const user = userEvent.setup();
    const panel = open();
    const summary = within(panel).getByRole('region', { name: 'Figures at a glance' });
    const low = within(summary).getByRole('button', { name: '34' });
    const high = within(summary).getByRole('button', { name: '36' });
    expect(low).toHaveAttribute('title', '24.kg, 2021-05-02: show in the table');
    expect(high).toHaveAttribute('title', 'AFP, 2021-05-07: show in the table');
    await user.click(high);
    const row = document.activeElement as HTMLElement;
    expect(row.tagName).toBe('TR');
    expect(row.textContent).toContain('36');
    expect(row.textContent).toContain('AFP, 2021-05-07');
  });

  it('keeps every metric in one block of the table, killed first', () => {
    const panel = open();
    const headings = [...panel.querySelectorAll('.figures-metric th')].map((th) => th.textContent);
    expect(headings).toEqual(['Killed', 'Injured', 'Evacuated']);
  });

  it('translates figure notes, and marks an untranslated one as English', () => {
    const panel = open('ru');
    const table = panel.querySelector('.figures table') as HTMLElement;
    expect(within(table).getByText('В том числе ребёнок')).toBeInTheDocument();
    const english = within(table).getByText('Wounded by gunfire');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english.parentElement?.querySelector('.fallback-mark')?.textContent).toContain('EN');
  });

  it('cites an undated copy as undated, never with its content year as a publication date', () => {
    const panel = open();
    const item = within(panel.querySelector('.sources') as HTMLElement)
      .getByText('Kyrgyzstan–Tajikistan relations')
      .closest('li');
    expect(item?.textContent).toBe('Kyrgyzstan–Tajikistan relations — Wikipedia (English), undated copy, content up to 2025');
  });
});

describe('places line', () => {
  it('gives Kyrgyz and Tajik readers the Russian name where their own is missing', () => {
    const store = storeWith([{ ...clash, places: ['ak-sai'] }], sources);
    const data = store.getState().data;
    if (!data) throw new Error('no data');
    store
      .getState()
      .setData({ ...data, places: { 'ak-sai': { id: 'ak-sai', kind: 'town', name: { en: 'Ak-Sai', ru: 'Ак-Сай' } } } }, 0);
    store.getState().setLang('tg');
    store.getState().select('clash-2021');
    renderWithStore(<EventDetails />, store);
    const facts = document.querySelector('.details-facts') as HTMLElement;
    expect(facts.textContent).toContain('Ак-Сай');
    expect(facts.textContent).not.toContain('Ak-Sai');
  });

  it('names a village and the enclave around it once when they share a name', () => {
    const store = storeWith([{ ...clash, places: ['vorukh', 'enclave-vorukh', 'ak-sai'] }], sources);
    const data = store.getState().data;
    if (!data) throw new Error('no data');
    const place = (id: string, en: string) => ({ id, kind: 'town' as const, name: { en } });
    store.getState().setData(
      {
        ...data,
        places: {
          vorukh: place('vorukh', 'Vorukh'),
          'enclave-vorukh': place('enclave-vorukh', 'Vorukh'),
          'ak-sai': place('ak-sai', 'Ak-Sai'),
        },
      },
      0,
    );
    store.getState().select('clash-2021');
    renderWithStore(<EventDetails />, store);
    const places = within(document.querySelector('.details-facts') as HTMLElement).getByText('Places')
      .nextElementSibling as HTMLElement;
    expect(places.textContent).toBe('Vorukh, Ak-Sai');
  });
});
