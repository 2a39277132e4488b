// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AboutPanel from '../../src/about/AboutPanel';
import { Notices } from '../../src/components/Notices';
import { EventDetails } from '../../src/details/EventDetails';
import { statusLanes } from '../../src/model/crossingStatus';
import type { RecordHistory } from '../../src/model/recordHistory';
import { timeExtent } from '../../src/model/timedEvent';
import { createAppStore } from '../../src/state/store';
import { parseUrl } from '../../src/state/urlState';
import { applyUrl } from '../../src/state/urlSync';
import { changelogEntry } from '../helpers/changelogEntry';
import { HOSTILE_STRINGS } from '../helpers/hostileStrings';
import { makeEvent, timed } from '../helpers/makeEvent';
import { renderWithStore } from '../helpers/renderWithStore';

afterEach(cleanup);

const events = timed(
  makeEvent({ id: 'clash-2021', date: '2021-04-28', title: { en: 'Clash at Kok-Tash' }, updated: '2026-02-01' }),
  makeEvent({ id: 'talks-2023', date: '2023-05-10', title: { en: 'Talks in Batken' }, updated: '2026-02-01' }),
  makeEvent({ id: 'visit-2020', date: '2020-01-10', title: { en: 'A visit' }, updated: '2026-01-01' }),
);
const entry = changelogEntry;
const history: RecordHistory = {
  version: '1.1.0',
  released: '2026-02-01',
  changelog: [
    entry('1.0.0', '2026-01-01', { added: ['clash-2021', 'visit-2020', 'old-2019'] }),
    entry('1.1.0', '2026-02-01', {
      note: { en: HOSTILE_STRINGS[1] },
      added: ['talks-2023'],
      changed: [{ id: 'clash-2021', fields: ['summary', 'sources'] }],
      removed: [{ id: 'old-2019', note: { en: '<b>A duplicate</b>' } }],
    }),
  ],
};

function storeOpening(search: string) {
  const store = createAppStore();
  store
    .getState()
    .setData({ events, sources: {}, places: {}, statusLanes: statusLanes([], {}), extent: timeExtent(events), history }, 0);
  applyUrl(store, parseUrl(search, ''));
  return store;
}

describe('the notice for a link made with an older record version', () => {
  it('counts, lists on request, names the fields in words and selects an event when asked', async () => {
    const store = storeOpening('?date=2023-06-01&v=1.0.0');
    renderWithStore(<Notices />, store);
    const notice = screen.getByText(/record version 1\.0\.0/).closest('.notice') as HTMLElement;
    expect(notice).toHaveTextContent(
      'This link was made with record version 1.0.0; the map now shows version 1.1.0. Since then, 1 of the 3 events on screen has changed. 1 of the 3 was added since. 1 event was removed from the record.',
    );
    expect(within(notice).queryByRole('list')).toBeNull();

    await userEvent.click(within(notice).getByRole('button', { name: 'Show which' }));
    const list = within(notice).getByRole('list', { name: 'Events changed since version 1.0.0' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Clash at Kok-Tash — changed: summary, sources',
      'Talks in Batken — new',
      'old-2019 — removed: <b>A duplicate</b>',
    ]);
    // The removed event's note is text, never markup.
    expect(list.querySelector('b')).toBeNull();

    await userEvent.click(within(list).getByRole('button', { name: 'Talks in Batken' }));
    expect(store.getState().selectedId).toBe('talks-2023');
    await userEvent.click(within(notice).getByRole('button', { name: 'Hide the list' }));
    expect(within(notice).queryByRole('list')).toBeNull();
  });

  it('is worded in the reader’s language, field names too', async () => {
    const store = storeOpening('?date=2023-06-01&v=1.0.0');
    renderWithStore(<Notices />, store);
    act(() => store.getState().setLang('ru'));
    const notice = screen.getByText(/версии списка событий 1\.0\.0/).closest('.notice') as HTMLElement;
    await userEvent.click(within(notice).getByRole('button', { name: 'Показать какие' }));
    expect(notice).toHaveTextContent('изменено: описание, источники');
  });

  it('says nothing changed when nothing on screen did', () => {
    const store = storeOpening('?date=2020-06-01&v=1.0.0');
    renderWithStore(<Notices />, store);
    expect(screen.getByText(/none of the 1 events on screen has changed/)).toBeInTheDocument();
  });
});

describe('the record version shown', () => {
  it('in the About panel: the version, its day in the reader’s language, and each version with counts and note', () => {
    const store = storeOpening('');
    renderWithStore(<AboutPanel />, store);
    expect(screen.getByText('Record version 1.1.0, released 1 February 2026.')).toBeInTheDocument();
    const items = screen.getByText(/^1\.0\.0, 1 January 2026/).closest('ul') as HTMLElement;
    expect(
      within(items)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `1.1.0, 1 February 2026: 1 added, 1 changed, 1 removed. ${HOSTILE_STRINGS[1]}`,
      '1.0.0, 1 January 2026: 3 added, 0 changed, 0 removed. Note of 1.0.0.',
    ]);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    act(() => store.getState().setLang('tg'));
    expect(screen.getByText(/Версияи рӯйхати рӯйдодҳо 1\.1\.0/)).toBeInTheDocument();
  });

  it('in the About panel: "unknown" for a record without a version', () => {
    const store = createAppStore();
    store
      .getState()
      .setData({ events, sources: {}, places: {}, statusLanes: statusLanes([], {}), extent: timeExtent(events) }, 0);
    renderWithStore(<AboutPanel />, store);
    expect(screen.getByText(/Record version unknown/)).toBeInTheDocument();
  });

  it('in the details: when the event last changed, in which version, and the version shown now', () => {
    const store = storeOpening('?event=visit-2020');
    renderWithStore(<EventDetails />, store);
    expect(screen.getByText('Updated 1 January 2026 (record version 1.0.0; this map shows version 1.1.0)')).toBeInTheDocument();
    act(() => store.getState().reveal('clash-2021', 'goTo'));
    expect(screen.getByText('Updated 1 February 2026 (record version 1.1.0)')).toBeInTheDocument();
  });
});
