import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/model/category';
import { isIsoDay } from '../../../src/model/isoDate';
import { LAYER_GROUPS } from '../../../src/model/layerGroup';
import { isRecordVersion } from '../../../src/model/recordHistory';
import { SPEED_NAMES } from '../../../src/model/speed';
import { TIME_MODES, WINDOW_MONTHS } from '../../../src/model/timeMode';
import { MAX_SEARCH_LENGTH } from '../../../src/state/filters';
import { parseUrl, serializeUrl } from '../../../src/state/urlState';
import { HOSTILE_STRINGS } from '../../helpers/hostileStrings';

const RUNS = 2000;
const KEYS = ['date', 'event', 'checkpoint', 'layers', 'mode', 'window', 'categories', 'q', 'speed', 'loop', 'v', 'junk'];

/** Query strings mixing real keys with arbitrary (often hostile) values. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 5000 }),
);
const query = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), hostileValue), { maxLength: 12 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
const rawQuery = fc.oneof(query, fc.string(), fc.string({ unit: 'binary' }));
const hash = fc.oneof(
  fc.string(),
  fc.constant('#map=9/40/70'),
  fc.string().map((s) => `#map=${s}`),
);

describe('parseUrl, property-based', () => {
  it(`never throws and always yields a valid state (${RUNS} cases per property)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(rawQuery, hash, (search, h) => {
        cases++;
        const { state, problems } = parseUrl(search, h);
        expect(Array.isArray(problems)).toBe(true);
        if (state.date !== null) expect(isIsoDay(state.date)).toBe(true);
        if (state.event !== null) expect(state.event).toMatch(/^[a-z0-9][a-z0-9-]{0,199}$/);
        if (state.checkpoint !== null) expect(state.checkpoint).toMatch(/^[a-z0-9][a-z0-9-]{0,199}$/);
        for (const l of state.layers ?? []) expect(LAYER_GROUPS).toContain(l);
        for (const c of state.categories ?? []) expect(CATEGORIES).toContain(c);
        if (state.mode !== null) expect(TIME_MODES).toContain(state.mode);
        if (state.windowMonths !== null) expect(WINDOW_MONTHS).toContain(state.windowMonths);
        if (state.speed !== null) expect(SPEED_NAMES).toContain(state.speed);
        if (state.recordVersion !== null) expect(isRecordVersion(state.recordVersion)).toBe(true);
        if (state.search !== null) {
          expect(state.search.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
          expect(state.search).not.toMatch(/\p{Cc}/u);
        }
        if (state.view !== null) {
          expect(Number.isFinite(state.view.zoom) && state.view.zoom >= 0 && state.view.zoom <= 22).toBe(true);
          expect(Math.abs(state.view.lat)).toBeLessThanOrEqual(85);
          expect(Math.abs(state.view.lon)).toBeLessThanOrEqual(180);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`parseUrl property: ${cases} cases ran`);
    expect(cases).toBeGreaterThanOrEqual(RUNS);
  });

  it('round-trips every state it produces', () => {
    let cases = 0;
    fc.assert(
      fc.property(query, hash, (search, h) => {
        cases++;
        const { state } = parseUrl(search, h);
        const again = serializeUrl(state);
        const reparsed = parseUrl(again.search, again.hash);
        expect(reparsed.state).toEqual({ ...state, view: reparsed.state.view });
        expect(reparsed.problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    console.log(`serializeUrl round-trip property: ${cases} cases ran`);
  });
});
