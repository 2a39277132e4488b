import { describe, expect, it } from 'vitest';
import { statusLanes } from '../../../src/model/crossingStatus';
import { fromDayNumber } from '../../../src/model/days';
import type { LoadedData } from '../../../src/model/loadedData';
import type { RecordHistory } from '../../../src/model/recordHistory';
import { timeExtent } from '../../../src/model/timedEvent';
import { createAppStore } from '../../../src/state/store';
import { EMPTY_URL_STATE, parseUrl, serializeUrl } from '../../../src/state/urlState';
import { applyUrl, linkTo, urlStateOf } from '../../../src/state/urlSync';
import { changelogEntry } from '../../helpers/changelogEntry';
import { HOSTILE_STRINGS } from '../../helpers/hostileStrings';
import { makeEvent, timed } from '../../helpers/makeEvent';

const events = timed(
  makeEvent({ id: 'clash-2021', date: '2021-04-28', category: 'clash' }),
  makeEvent({ id: 'war-2022', date: '2022-09-14', end: '2022-09-17', category: 'clash' }),
  makeEvent({ id: 'talks-2023', date: '2023-05-10', category: 'treaty' }),
  makeEvent({ id: 'treaty-2025', date: '2025-03-13', category: 'treaty' }),
);
const entry = changelogEntry;
const history: RecordHistory = {
  version: '1.1.0',
  released: '2026-02-01',
  changelog: [
    entry('1.0.0', '2026-01-01', { added: ['clash-2021', 'war-2022', 'old-2020'] }),
    entry('1.1.0', '2026-02-01', {
      added: ['talks-2023', 'treaty-2025'],
      changed: [
        { id: 'war-2022', fields: ['summary', 'figures'] },
        { id: 'clash-2021', fields: ['sources'] },
      ],
      removed: [{ id: 'old-2020', note: { en: 'A duplicate.' } }],
    }),
  ],
};
const data = (withHistory = true): LoadedData => ({
  events,
  sources: {},
  places: {},
  statusLanes: statusLanes([], {}),
  extent: timeExtent(events),
  ...(withHistory ? { history } : {}),
});

function open(search: string, withHistory = true) {
  const store = createAppStore();
  store.getState().setData(data(withHistory), 0);
  const problems = applyUrl(store, parseUrl(search, ''));
  return { store, problems, notices: store.getState().notices };
}

describe('the v= codec', () => {
  it('reads and writes a version, round trip', () => {
    const parsed = parseUrl('?v=1.0.0', '');
    expect(parsed).toEqual({ state: { ...EMPTY_URL_STATE, recordVersion: '1.0.0' }, problems: [] });
    expect(serializeUrl(parsed.state).search).toBe('?v=1.0.0');
  });

  it.each(['garbage', '1.0', 'v1.0.0', '', '1.0.0.0', ...HOSTILE_STRINGS])('does not understand %j and says so', (raw) => {
    const parsed = parseUrl(`?v=${encodeURIComponent(raw)}`, '');
    expect(parsed.state.recordVersion).toBeNull();
    expect(parsed.problems).toEqual(['v']);
  });

  it('is written while the record has a version, by the address bar and by Copy link', () => {
    const store = createAppStore();
    store.getState().setData(data(), 0);
    expect(urlStateOf(store.getState()).recordVersion).toBe('1.1.0');
    expect(linkTo(store.getState(), 'https://example.org/map/?x=1')).toMatch(
      /^https:\/\/example\.org\/map\/\?date=[\d-]+&v=1\.1\.0$/,
    );
  });

  it('is left out for a record with no version', () => {
    const store = createAppStore();
    store.getState().setData(data(false), 0);
    expect(urlStateOf(store.getState()).recordVersion).toBeNull();
  });
});

describe('opening a link made with another record version', () => {
  it('says nothing when the version is the current one', () => {
    expect(open('?v=1.1.0')).toMatchObject({ problems: [], notices: [] });
  });

  it('counts the events on screen at the link’s date that changed or were added since, and lists the removed', () => {
    // At 2023-06-01 (cumulative): clash-2021, war-2022 and talks-2023 are shown; treaty-2025 is not.
    const { problems, notices } = open('?date=2023-06-01&v=1.0.0');
    expect(problems).toEqual([]);
    expect(notices).toEqual([
      {
        key: 'notice.linkVersion',
        params: { version: '1.0.0', current: '1.1.0', shown: 3 },
        changes: {
          added: ['talks-2023'],
          changed: [
            { id: 'war-2022', fields: ['summary', 'figures'] },
            { id: 'clash-2021', fields: ['sources'] },
          ],
          removed: [{ id: 'old-2020', note: { en: 'A duplicate.' } }],
        },
      },
    ]);
  });

  it('counts with the link’s filters applied', () => {
    const { notices } = open('?date=2023-06-01&categories=treaty&v=1.0.0');
    expect(notices[0]?.params?.shown).toBe(1);
    expect(notices[0]?.changes).toMatchObject({ added: ['talks-2023'], changed: [] });
  });

  it('says a newer version may name what this copy lacks, and an unlisted one cannot be compared', () => {
    expect(open('?v=2.0.0').notices).toEqual([
      { key: 'notice.linkVersionNewer', params: { version: '2.0.0', current: '1.1.0' } },
    ]);
    expect(open('?v=0.9.0').notices).toEqual([{ key: 'notice.linkVersionUnknown', params: { version: '0.9.0' } }]);
    expect(open('?v=1.0.0', false).notices).toEqual([{ key: 'notice.linkVersionUnknown', params: { version: '1.0.0' } }]);
  });

  it('reports garbage like any part of a link not understood, and applies the rest', () => {
    const { store, problems, notices } = open('?date=2022-09-20&v=garbage');
    expect(problems).toEqual(['v']);
    expect(notices).toEqual([]);
    expect(fromDayNumber(store.getState().day)).toBe('2022-09-20');
  });
});
