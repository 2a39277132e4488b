// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncCitationMeta } from '../../src/cite/CitationMeta';
import { CiteButton } from '../../src/cite/CiteButton';
import CiteDialog from '../../src/cite/CiteDialog';
import { EventDetails } from '../../src/details/EventDetails';
import { statusLanes } from '../../src/model/crossingStatus';
import type { Source } from '../../src/model/record';
import type { RecordHistory } from '../../src/model/recordHistory';
import { timeExtent } from '../../src/model/timedEvent';
import { createAppStore } from '../../src/state/store';
import { parseUrl } from '../../src/state/urlState';
import { applyUrl } from '../../src/state/urlSync';
import { IMPORT_CTX, importCsvText } from '../helpers/importCsv';
import { makeEvent, timed } from '../helpers/makeEvent';
import { renderWithStore } from '../helpers/renderWithStore';

const sources: Record<string, Source> = {
  kabar: {
    publisher: 'Kabar',
    title: 'Ҳодиса дар Ворух } , author = {x',
    date: '2022-09',
    url: 'https://kabar.kg/a?b=1&c=2',
    kind: 'news',
  },
  asia: { publisher: 'Asia-Plus', title: 'Shelling report', date: '2022-09-17', kind: 'news', titleSupplied: true },
};

const events = timed(
  makeEvent({
    id: 'war-2022-09',
    date: '2022-09',
    precision: 'month',
    title: { en: 'Border war of September 2022', tg: 'Ҷанги сарҳадии сентябри 2022' },
    sources: ['kabar', 'asia'],
  }),
  makeEvent({ id: 'talks-2023', date: '2023-05-10', title: { en: 'Talks in Batken' }, sources: ['asia'] }),
);
const history: RecordHistory = { version: '1.1.0', released: '2026-12-02', changelog: [] };

function storeAt(search: string) {
  const store = createAppStore();
  store
    .getState()
    .setData({ events, sources, places: {}, statusLanes: statusLanes([], {}), extent: timeExtent(events), history }, 0);
  applyUrl(store, parseUrl(search, ''));
  return store;
}

const clipboard = { writeText: vi.fn<(text: string) => Promise<void>>() };

beforeEach(() => {
  window.history.replaceState(null, '', '/?date=2022-09-30');
  clipboard.writeText.mockReset();
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
});
afterEach(cleanup);

describe('the Cite dialog', () => {
  it('cites the view: the ready text and BibTeX carry the exact link and the record version', async () => {
    const store = storeAt('?date=2022-09-30&event=war-2022-09');
    renderWithStore(<CiteButton />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Cite…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cite this view' });
    const link = `${window.location.origin}/?date=2022-09-30&event=war-2022-09&v=1.1.0`;
    expect(within(dialog).getByText(/Retrieved/)).toHaveTextContent(
      `Kyrgyzstan–Tajikistan border map contributors. (2026). Kyrgyzstan–Tajikistan border map, 30 September 2022: Border war of September 2022 (Version 1.1.0) [Interactive map]. Retrieved`,
    );
    expect(within(dialog).getByText(/Retrieved/).textContent).toContain(link);
    const bibtex = within(dialog).getByRole('textbox', { name: 'BibTeX' }) as HTMLTextAreaElement;
    expect(bibtex).toHaveAttribute('readonly');
    expect(bibtex.value).toContain(`url = {${link}}`);
    expect(bibtex.value).toContain('version = {1.1.0}');
    const ris = within(dialog).getByRole('textbox', { name: 'RIS' }) as HTMLTextAreaElement;
    expect(ris.value).toContain(`UR  - ${link}`);
    const csl = JSON.parse((within(dialog).getByRole('textbox', { name: 'CSL-JSON' }) as HTMLTextAreaElement).value);
    expect(csl[0].URL).toBe(link);
    // A view lists no sources of its own: the event's button does.
    expect(within(dialog).queryByRole('heading', { name: 'The event’s sources' })).toBeNull();
  });

  it('copies, and says so; a refused clipboard says to select the text', async () => {
    const store = storeAt('?date=2022-09-30');
    renderWithStore(<CiteDialog kind="view" onClose={() => {}} />, store);
    const dialog = screen.getByRole('dialog');
    clipboard.writeText.mockResolvedValueOnce();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy BibTeX' }));
    expect(clipboard.writeText).toHaveBeenCalledWith(expect.stringMatching(/^@misc\{kg-tj-border-map-1\.1\.0-view-/));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied.');
    clipboard.writeText.mockRejectedValueOnce(new Error('denied'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy citation' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copy failed: select the text and copy it.');
  });

  it('downloads each format under its own name', async () => {
    const store = storeAt('?date=2022-09-30');
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:cite';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^kg-tj-border-map-view\.(bib|ris|json)$/);
    });
    renderWithStore(<CiteDialog kind="view" onClose={() => {}} />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Download kg-tj-border-map-view.bib' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download kg-tj-border-map-view.json' }));
    expect(click).toHaveBeenCalledTimes(2);
    expect(await created[0]?.text()).toContain('version = {1.1.0}');
    expect(JSON.parse((await created[1]?.text()) ?? '')[0].version).toBe('1.1.0');
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded kg-tj-border-map-view.json.');
    click.mockRestore();
  });

  it('cites an event from its details, listing its sources, month-only dates kept so', async () => {
    const store = storeAt('?date=2022-09-30&event=war-2022-09&lang=tg');
    renderWithStore(<EventDetails />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Иқтибос аз ин рӯйдод' }));
    const dialog = await screen.findByRole('dialog', { name: 'Иқтибос аз ин рӯйдод' });
    const list = within(dialog).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Ҳодиса дар Ворух } , author = {x — Kabar, 2022-09');
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', 'https://kabar.kg/a?b=1&c=2');
    // A supplied title is bracketed and says so, as everywhere the app cites a source (SourceCitation).
    expect(items[1]).toHaveTextContent('[Shelling report]');
    expect(items[1]).toHaveTextContent(/\(.+\) — Asia-Plus, 2022-09-17$/);
    const text = within(dialog).getByText(/Санаи муроҷиат/);
    expect(text.textContent).toContain('Ҷанги сарҳадии сентябри 2022 [Сентябр 2022] (версияи 1.1.0)');
    const bibtex = (within(dialog).getByRole('textbox', { name: 'BibTeX' }) as HTMLTextAreaElement).value;
    expect(bibtex).toMatch(/^@misc\{kg-tj-border-map-1\.1\.0-war-2022-09,/);
    expect(bibtex).toContain('\\textbraceright{} , author = \\textbraceleft{}x');
    expect(bibtex).toContain('event=war-2022-09');
    const csl = JSON.parse((within(dialog).getByRole('textbox', { name: 'CSL-JSON' }) as HTMLTextAreaElement).value);
    expect(csl[0]['event-date']).toEqual({ 'date-parts': [[2022, 9]] });
    expect(csl[0].language).toBe('tg');
  });

  it("offers no citation for an event of the reader's own file (its link opens nothing elsewhere)", () => {
    const store = storeAt('?date=2022-09-30');
    store.getState().addImport({
      id: IMPORT_CTX.fileId,
      name: IMPORT_CTX.fileName,
      importedAt: IMPORT_CTX.importedAt,
      ...importCsvText(
        [
          'event_date,event_type,sub_event_type,location,latitude,longitude,fatalities,source',
          '2022-09-14,Battles,Armed clash,Kok-Tash,39.95,70.78,0,AKIpress',
        ].join('\n'),
      ),
      rowCount: 1,
    });
    store.getState().select('import-test-r2');
    renderWithStore(<EventDetails />, store);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Armed clash near Kok-Tash');
    expect(screen.queryByRole('button', { name: 'Cite this event' })).toBeNull();
    act(() => store.getState().select('war-2022-09'));
    expect(screen.getByRole('button', { name: 'Cite this event' })).toBeInTheDocument();
  });

  it('closes on its Close button and gives the focus back', async () => {
    const store = storeAt('?date=2022-09-30');
    renderWithStore(<CiteButton />, store);
    const opener = screen.getByRole('button', { name: 'Cite…' });
    await userEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(opener).toHaveFocus();
  });
});

describe('the citation meta tags', () => {
  it('follow the view once it is still, with the permanent link', () => {
    vi.useFakeTimers();
    try {
      const store = storeAt('?date=2022-09-30');
      const stop = syncCitationMeta(store);
      const meta = (name: string) => document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
      act(() => vi.advanceTimersByTime(1000));
      expect(meta('citation_public_url')).toBe(`${window.location.origin}/?date=2022-09-30&v=1.1.0`);
      expect(meta('citation_publication_date')).toBe('2026/12/02');
      expect(meta('citation_title')).toBe('Kyrgyzstan–Tajikistan border map, 30 September 2022');
      act(() => store.getState().select('talks-2023'));
      // Still moving: the tags wait.
      expect(meta('citation_public_url')).not.toContain('talks-2023');
      act(() => vi.advanceTimersByTime(1000));
      expect(meta('citation_public_url')).toContain('event=talks-2023');
      act(() => store.getState().setLang('ru'));
      act(() => vi.advanceTimersByTime(1000));
      expect(meta('citation_language')).toBe('ru');
      expect(meta('citation_title')).toContain('Карта границы Кыргызстана и Таджикистана');
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
