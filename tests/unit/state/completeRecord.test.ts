/**
 * A cold load holds the record cut to the reader's language (data/events.<lang>.json). The store
 * completes it with the full record when another language is needed: a language switch, a search.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordForLanguage } from '../../../scripts/record/languageFile.mjs';
import type { LoadResult } from '../../../src/data/loadRecord';
import { statusLanes } from '../../../src/model/crossingStatus';
import type { LoadedData } from '../../../src/model/loadedData';
import type { EventFile } from '../../../src/model/record';
import { timeExtent, toTimedEvents } from '../../../src/model/timedEvent';
import { createAppStore } from '../../../src/state/store';

const RECORD = JSON.parse(readFileSync(new URL('../../../public/data/events.json', import.meta.url), 'utf8')) as EventFile;

function loaded(file: EventFile): LoadedData {
  const events = toTimedEvents(file.events.slice(0, 6));
  return {
    events,
    sources: file.sources,
    places: {},
    statusLanes: statusLanes([], {}),
    extent: timeExtent(events),
    ...(file.languages ? { languages: file.languages } : {}),
  };
}
const FULL = loaded(RECORD);
const CUT_EN = loaded(recordForLanguage(RECORD, 'en') as EventFile);

// The full record's loads, settled by hand.
const loads: ((result: LoadResult) => void)[] = [];
vi.mock('../../../src/data/loadRecord', () => ({
  loadRecord: (lang?: string) => {
    if (lang !== undefined) throw new Error('the store only ever asks for the full record');
    return new Promise<LoadResult>((resolve) => loads.push(resolve));
  },
}));
const finish = async (result: LoadResult) => {
  const next = loads.shift();
  if (!next) throw new Error('no load of the full record was started');
  next(result);
  await new Promise((r) => setTimeout(r, 0));
};
const OK: LoadResult = { ok: true, data: FULL, skippedRecords: 0 };
const FAILED: LoadResult = { ok: false, error: { file: 'data/events.json', reason: 'the server answered 503' } };

beforeEach(() => {
  loads.length = 0;
});

describe('completing a cut record', () => {
  it('a switch to another language waits for the full record, then shows its texts; date and selection stay', async () => {
    const store = createAppStore();
    store.getState().setData(CUT_EN, 0);
    const event = CUT_EN.events[2];
    if (!event) throw new Error('fixture');
    store.getState().setDay(event.startDay);
    store.getState().select(event.id);
    expect(event.title.ru).toBeUndefined();

    const switched = store.getState().chooseLang('ru');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().lang).toBe('en');
    expect(loads).toHaveLength(1);
    await finish(OK);
    expect(await switched).toBe(true);
    const s = store.getState();
    expect(s.lang).toBe('ru');
    expect(s.data?.languages).toBeUndefined();
    expect(s.data?.events.find((e) => e.id === event.id)?.title.ru).toBeTruthy();
    expect(s.day).toBe(event.startDay);
    expect(s.selectedId).toBe(event.id);
  });

  it('keeps the language and says why when the full record cannot be had, and tries again next time', async () => {
    const store = createAppStore();
    store.getState().setData(CUT_EN, 0);
    const first = store.getState().chooseLang('ru');
    await new Promise((r) => setTimeout(r, 0));
    await finish(FAILED);
    expect(await first).toBe(false);
    expect(store.getState().lang).toBe('en');
    expect(store.getState().data?.languages).toEqual(['en']);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['notice.languageLoad']);

    const second = store.getState().chooseLang('ru');
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toHaveLength(1);
    await finish(OK);
    expect(await second).toBe(true);
    expect(store.getState().lang).toBe('ru');
  });

  it('a search completes the record once, however many keys are typed', async () => {
    const store = createAppStore();
    store.getState().setData(CUT_EN, 0);
    store.getState().setSearch('w');
    store.getState().setSearch('wo');
    store.getState().setSearch('');
    expect(loads).toHaveLength(1);
    await finish(OK);
    expect(store.getState().data?.languages).toBeUndefined();
    store.getState().setSearch('vorukh');
    expect(loads).toHaveLength(0);
  });

  it('fetches nothing for a full record, or for a switch to English', async () => {
    const store = createAppStore();
    store.getState().setData(CUT_EN, 0);
    expect(await store.getState().chooseLang('en')).toBe(true);
    store.getState().setData(FULL, 0);
    expect(await store.getState().completeRecord()).toBe(true);
    expect(await store.getState().chooseLang('tg')).toBe(true);
    expect(loads).toHaveLength(0);
  });

  it('a cut for a language the reader left while it loaded is completed at once', async () => {
    const store = createAppStore({ lang: 'tg' });
    store.getState().setData(CUT_EN, 0);
    expect(loads).toHaveLength(1);
    await finish(OK);
    expect(store.getState().data?.events[0]?.title.tg).toBeTruthy();
  });
});
