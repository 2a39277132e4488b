// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EventList } from '../../src/events/EventList';
import { ImportPanel } from '../../src/import/ImportPanel';
import { MAX_IMPORT_BYTES } from '../../src/import/importTypes';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

const CSV = [
  'event_date,latitude,longitude,event_type,fatalities,notes,source',
  '2022-09-14,39.95,70.78,Battles,3,Exchange of fire,AKIpress',
  '2022-09-15,39.9,70.7,Battles,x,,AKIpress',
  '2021-04-29,39.85,70.58,Riots,0,"<img src=x onerror=alert(1)>",24.kg',
  '2022-13-01,39.85,70.58,Riots,0,,24.kg',
  '2024-01-10,39.9,70.6,Battles,1,Shots,Kloop',
].join('\n');

const csvFile = (text = CSV, name = 'acled.csv') => new File([text], name, { type: 'text/csv' });

describe('ImportPanel', () => {
  it('imports a CSV after the mapping step: good rows on the record, each bad row reported', async () => {
    const user = userEvent.setup();
    const store = storeWith([makeEvent({ id: 'built-in', date: '2021-01-01' })]);
    renderWithStore(
      <>
        <ImportPanel />
        <EventList />
      </>,
      store,
    );
    await user.upload(screen.getByLabelText('Choose a file…'), csvFile());
    const form = await screen.findByRole('heading', { name: /Which column holds what\? acled\.csv, 5 rows/ });
    expect(form).toBeInTheDocument();
    // The guess is shown and can be checked before anything is imported.
    expect((screen.getByLabelText('Date (required)') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('event_date');
    expect((screen.getByLabelText('Fatalities') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('fatalities');
    expect(store.getState().imports).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('3 events imported from acled.csv.')).toBeInTheDocument();
    expect(screen.getByText('2 rows could not be imported:')).toBeInTheDocument();
    expect(screen.getByText('Row 3, Fatalities: “x” is not a whole number of people')).toBeInTheDocument();
    expect(screen.getByText('Row 5, Date: “2022-13-01” is not a real date')).toBeInTheDocument();
    expect(store.getState().data?.events).toHaveLength(4);
    // Marked in the list, and hostile text shown as text.
    const list = screen.getByRole('region', { name: 'Events' });
    expect(within(list).getAllByText('Imported')).toHaveLength(3);
    expect(document.querySelector('img')).toBeNull();
  });

  it('can remove an imported file, restoring the built-in record', async () => {
    const user = userEvent.setup();
    const store = storeWith([makeEvent({ id: 'built-in', date: '2021-01-01' })]);
    renderWithStore(<ImportPanel />, store);
    await user.upload(screen.getByLabelText('Choose a file…'), csvFile());
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('button', { name: 'Remove the events imported from acled.csv' }));
    expect(store.getState().imports).toHaveLength(0);
    expect(store.getState().data?.events.map((e) => e.id)).toEqual(['built-in']);
  });

  it('will not import until date, latitude and longitude each have a column', async () => {
    const user = userEvent.setup();
    const store = storeWith([makeEvent({ id: 'built-in', date: '2021-01-01' })]);
    renderWithStore(<ImportPanel />, store);
    await user.upload(screen.getByLabelText('Choose a file…'), csvFile('datum,y_coord,x_coord\n2021-01-01,40,70\n', 'mine.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a column for: Date, Latitude, Longitude.');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Date (required)'), 'datum');
    await user.selectOptions(screen.getByLabelText('Latitude (required)'), 'y_coord');
    await user.selectOptions(screen.getByLabelText('Longitude (required)'), 'x_coord');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('1 event imported from mine.csv.')).toBeInTheDocument();
  });

  it('refuses a file over the size limit with a message, before reading it', async () => {
    const user = userEvent.setup();
    const store = storeWith([makeEvent({ id: 'built-in', date: '2021-01-01' })]);
    renderWithStore(<ImportPanel />, store);
    const big = csvFile();
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await user.upload(screen.getByLabelText('Choose a file…'), big);
    expect(
      await screen.findByText('acled.csv could not be imported: the file is 50.0 MB; the limit is 50 MB'),
    ).toBeInTheDocument();
  });

  it('counts data rows, not the header or the closing newline, and says "1 row" for one', async () => {
    const user = userEvent.setup();
    renderWithStore(<ImportPanel />, storeWith([makeEvent({ id: 'built-in', date: '2021-01-01' })]));
    await user.upload(screen.getByLabelText('Choose a file…'), csvFile(`${CSV}\n`));
    expect(await screen.findByRole('heading', { name: 'Which column holds what? acled.csv, 5 rows' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.upload(screen.getByLabelText('Choose a file…'), csvFile('date,lat,lon\n2021-01-01,40,70\n', 'one.csv'));
    expect(await screen.findByRole('heading', { name: 'Which column holds what? one.csv, 1 row' })).toBeInTheDocument();
  });

  it('gives the outcome the focus after Import, so it is seen without scrolling', async () => {
    const user = userEvent.setup();
    renderWithStore(<ImportPanel />, storeWith([makeEvent({ id: 'built-in', date: '2021-01-01' })]));
    await user.upload(screen.getByLabelText('Choose a file…'), csvFile());
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const message = await screen.findByText('3 events imported from acled.csv.');
    expect(message.closest('[role="status"]')).toHaveFocus();
  });

  it('drops a 0 fatalities value unless the person ticks that 0 means nobody was killed', async () => {
    const user = userEvent.setup();
    const zeroRow = 'event_date,latitude,longitude,location,fatalities\n2022-09-14,39.95,70.78,Kok-Tash,0\n';
    const figuresAfter = async (tick: boolean) => {
      const store = storeWith([makeEvent({ id: 'built-in', date: '2021-01-01' })]);
      const view = renderWithStore(<ImportPanel />, store);
      await user.upload(screen.getByLabelText('Choose a file…'), csvFile(zeroRow, 'zero.csv'));
      const box = await screen.findByRole('checkbox', { name: 'A 0 in the fatalities column means nobody was killed' });
      expect(box).not.toBeChecked();
      expect(box).toHaveAccessibleDescription(/ACLED among them, write 0 when no deaths were reported/);
      if (tick) await user.click(box);
      await user.click(screen.getByRole('button', { name: 'Import' }));
      await screen.findByText('1 event imported from zero.csv.');
      const figures = store.getState().imports[0]?.events[0]?.figures;
      view.unmount();
      return figures;
    };
    expect(await figuresAfter(false)).toEqual([]);
    expect((await figuresAfter(true))?.map((f) => [f.metric, f.value])).toEqual([['killed', 0]]);
  });
});
