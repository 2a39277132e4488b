// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/details/EventDetails';
import { IMPORT_CTX, importCsvText } from '../helpers/importCsv';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(cleanup);

const CSV = [
  'event_date,event_type,sub_event_type,location,latitude,longitude,fatalities,source',
  '2022-09-14,Battles,Armed clash,Kok-Tash,39.95,70.78,0,AKIpress',
].join('\n');

function showImported() {
  const store = storeWith([makeEvent({ id: 'built-in', date: '2021-01-01' })]);
  const built = importCsvText(CSV);
  store.getState().addImport({
    id: IMPORT_CTX.fileId,
    name: IMPORT_CTX.fileName,
    importedAt: IMPORT_CTX.importedAt,
    ...built,
    rowCount: 1,
  });
  store.getState().select('import-test-r2');
  return renderWithStore(<EventDetails />, store);
}

describe('details of an imported event', () => {
  it('names it by type and place and shows the place as the file named it', () => {
    showImported();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Armed clash near Kok-Tash');
    expect(screen.getByText('Kok-Tash (as named in your file)')).toBeInTheDocument();
  });

  it('shows no "killed 0" figure and cites the row without the import day as its date', () => {
    const { container } = showImported();
    expect(container.querySelector('table')).toBeNull();
    expect(container.textContent).not.toMatch(/killed/i);
    expect(container.textContent).not.toContain(IMPORT_CTX.importedAt);
    expect(
      screen.getByText('incidents.csv #2 — AKIpress (your imported file; it gives no publication date)'),
    ).toBeInTheDocument();
  });
});
