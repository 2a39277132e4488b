import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { statusLanes } from '../../src/model/crossingStatus';
import type { BorderEvent, Source, StateInterval } from '../../src/model/record';
import { timeExtent } from '../../src/model/timedEvent';
import { createAppStore, StoreContext } from '../../src/state/store';
import { timed } from './makeEvent';

export function storeWith(
  events: BorderEvent[],
  sources: Record<string, Source> = {},
  checkpoints: Record<string, StateInterval[]> = {},
) {
  const store = createAppStore();
  const timedEvents = timed(...events);
  store
    .getState()
    .setData(
      { events: timedEvents, sources, places: {}, statusLanes: statusLanes([], checkpoints), extent: timeExtent(timedEvents) },
      0,
    );
  return store;
}

export function renderWithStore(ui: ReactElement, store: ReturnType<typeof createAppStore>) {
  return render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
}
