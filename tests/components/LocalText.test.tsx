// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventList } from '../../src/events/EventList';
import { LocalText } from '../../src/language/LocalText';
import { createAppStore } from '../../src/state/store';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

describe('record texts in the reader’s language', () => {
  it('shows the translation when the record has one, without a marker', () => {
    const store = createAppStore();
    store.getState().setLang('ru');
    renderWithStore(<LocalText value={{ en: 'Border war', ru: 'Пограничная война' }} />, store);
    expect(screen.getByText('Пограничная война')).toBeInTheDocument();
    expect(screen.queryByText('EN')).toBeNull();
  });

  it('falls back to English, marked visibly and for screen readers, never blank', () => {
    const store = createAppStore();
    store.getState().setLang('tg');
    renderWithStore(<LocalText value={{ en: 'Border war', ru: 'Пограничная война' }} />, store);
    const english = screen.getByText('Border war');
    expect(english).toHaveAttribute('lang', 'en');
    expect(screen.getByText('EN')).toBeInTheDocument();
    expect(screen.getAllByText('Ҳанӯз тарҷума нашудааст: бо забони англисӣ нишон дода шудааст.').length).toBeGreaterThan(0);
  });

  it('the events list switches its titles and dates with the language', () => {
    const store = storeWith([
      makeEvent({ id: 'a', date: '2022-09-14', title: { en: 'Border war', ru: 'Пограничная война', tg: 'Ҷанги сарҳадӣ' } }),
    ]);
    renderWithStore(<EventList />, store);
    expect(screen.getByText('Border war')).toBeInTheDocument();
    act(() => store.getState().setLang('tg'));
    expect(screen.getByText('Ҷанги сарҳадӣ')).toBeInTheDocument();
    expect(screen.getByText(/14 сентябр 2022/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Рӯйдодҳо' })).toBeInTheDocument();
  });
});
