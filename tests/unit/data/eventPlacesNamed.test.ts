import { describe, expect, it } from 'vitest';
import { realEvents, realPlaces } from '../state/realRecord';

describe('every place an event names has a name to show', () => {
  it('resolves each place id of the record to a named place (the details, the CSV and the briefing print the name, not the id)', () => {
    const unnamed = [...new Set(realEvents.flatMap((e) => e.places))].filter((id) => !realPlaces[id]?.name.en);
    expect(unnamed).toEqual([]);
  });

  it('names the two regions without pinning them to a point', () => {
    expect(realPlaces['region-batken']?.name.tg).toBe('Вилояти Ботканд');
    expect(realPlaces['region-sughd']?.name.en).toBe('Sughd Region');
    expect(realPlaces['region-batken']?.location).toBeUndefined();
  });
});
