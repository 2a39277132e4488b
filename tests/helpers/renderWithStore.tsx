import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { fromDayNumber, toDayNumber } from '../../src/data/eventInterval';
import type { BorderEvent, Source } from '../../src/data/eventSchema';
import { timeExtent } from '../../src/state/selectors';
import { createAppStore, StoreContext } from '../../src/state/store';
import { timed } from './makeEvent';

export function storeWith(events: BorderEvent[], sources: Record<string, Source> = {}) {
  const store = createAppStore();
  const timedEvents = timed(...events);
  store.getState().setData(
    {
      events: timedEvents,
      sources,
      places: {},
      borderStates: [],
      checkpointStates: {},
      extent: timeExtent(timedEvents, toDayNumber, fromDayNumber),
    },
    0,
  );
  return store;
}

export function renderWithStore(ui: ReactElement, store: ReturnType<typeof createAppStore>) {
  return render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
}
