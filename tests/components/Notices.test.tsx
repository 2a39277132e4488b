// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/components/Notices';
import { createAppStore } from '../../src/state/store';
import { renderWithStore } from '../helpers/renderWithStore';

afterEach(cleanup);

describe('Notices', () => {
  it('re-words a banner already shown when the language changes, including message values', () => {
    const store = createAppStore();
    const notice = {
      key: 'error.geoFile',
      params: { file: 'geo/sughd.geojson', reason: '404' },
      paramKeys: { layer: 'layers.sughd' },
    } as const;
    // The same notice twice is shown once.
    store.getState().notify(notice);
    store.getState().notify(notice);
    renderWithStore(<Notices />, store);
    expect(screen.getAllByText(/geo\/sughd\.geojson could not be loaded \(404\): Sughd is missing/)).toHaveLength(1);
    act(() => store.getState().setLang('tg'));
    expect(screen.getByText(/geo\/sughd\.geojson/)).toHaveTextContent('Суғд');
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });
});
