import type { BorderEvent } from '../../src/model/record';
import { type TimedEvent, toTimedEvents } from '../../src/model/timedEvent';

/** A minimal valid event for tests; override what the test is about. */
export function makeEvent(overrides: Partial<BorderEvent> & Pick<BorderEvent, 'id' | 'date'>): BorderEvent {
  return {
    precision: 'day',
    category: 'incident',
    title: { en: `Title of ${overrides.id}` },
    summary: { en: `Summary of ${overrides.id}.` },
    places: [],
    location: [70.6, 40.0],
    locationPrecision: 'approximate',
    locationNote: { en: 'Shown near the village.' },
    figures: [],
    sources: ['src-a'],
    ...overrides,
  } as BorderEvent;
}

export function timed(...events: BorderEvent[]): TimedEvent[] {
  return toTimedEvents(events);
}
