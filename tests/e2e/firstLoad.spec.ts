/**
 * What a cold load fetches. The record cut to the reader's language (data/events.<lang>.json); the
 * full record (data/events.json) only when another language is needed. The overview outlines
 * (geo/overview/) for a view that opens wide; the full ones once that first map is on screen.
 */
import { readFileSync } from 'node:fs';
import type { Route } from '@playwright/test';
import type { EventFile } from '../../src/model/record';
import { MESSAGES } from '../allMessages';
import { expect, gotoReady, type PageRecord, test } from './fixtures';

const RECORD = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8')) as EventFile;

const recordFiles = (record: PageRecord) =>
  record.requests.flatMap((url) => {
    const m = /\/data\/(events(?:\.[a-z]{2})?\.json)$/.exec(new URL(url).pathname);
    return m ? [m[1]] : [];
  });

/** A long Russian word that only one event's Russian texts hold: found only once the full record is in. */
function russianOnlyWord(): { word: string; id: string; title: string } {
  const byWord = new Map<string, Set<string>>();
  for (const e of RECORD.events) {
    for (const w of `${e.title.ru ?? ''} ${e.summary.ru ?? ''}`.toLowerCase().match(/[а-яё]{10,}/g) ?? []) {
      byWord.set(w, (byWord.get(w) ?? new Set()).add(e.id));
    }
  }
  for (const [word, ids] of byWord) {
    const [id] = [...ids];
    const event = RECORD.events.find((e) => e.id === id);
    if (ids.size === 1 && event) return { word, id: event.id, title: event.title.en };
  }
  throw new Error('no Russian word is unique to one event');
}

test.use({ locale: 'en-GB' });

test('an English cold load fetches the English cut only, and the whole page works from it', async ({ page, record }) => {
  await gotoReady(page, '?date=2025-12-31');
  await page.waitForLoadState('networkidle');
  expect(recordFiles(record)).toEqual(['events.en.json']);
  const list = page.getByRole('region', { name: 'Events' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  expect(record.errors).toEqual([]);
});

test('switching to Russian fetches the full record once and shows the Russian titles', async ({ page, record }) => {
  await gotoReady(page, '?date=2025-12-31');
  const latest = [...RECORD.events].filter((e) => e.title.ru).sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest?.title.ru) throw new Error('no event has a Russian title');
  const list = page.getByRole('region', { name: 'Events' });
  await expect(list.getByText(latest.title.en).first()).toBeVisible();

  await page.getByLabel(MESSAGES.en['i18n.language'], { exact: true }).selectOption('ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.ru['app.title']);
  await expect(
    page.getByRole('region', { name: MESSAGES.ru['events.heading'] }).getByText(latest.title.ru).first(),
  ).toBeVisible();
  // On to Tajik: the full record is in hand, nothing more is fetched.
  await page.getByLabel(MESSAGES.ru['i18n.language'], { exact: true }).selectOption('tg');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.tg['app.title']);
  expect(recordFiles(record)).toEqual(['events.en.json', 'events.json']);
  expect(record.errors).toEqual([]);
});

test('an English reader searching in Russian finds the event whose Russian text holds the word', async ({ page, record }) => {
  const { word, title } = russianOnlyWord();
  await gotoReady(page, '?date=2025-12-31');
  await page.getByRole('searchbox', { name: /Search/ }).fill(word);
  const list = page.getByRole('region', { name: 'Events' });
  await expect(list.getByRole('listitem').filter({ hasText: title })).toHaveCount(1);
  expect(recordFiles(record)).toEqual(['events.en.json', 'events.json']);
  expect(record.errors).toEqual([]);
});

/** Holds back every response matching `pattern` until `release()`, counting the requests. */
async function holdBack(page: import('@playwright/test').Page, pattern: string) {
  const held: Route[] = [];
  let open = false;
  await page.route(pattern, (route) => (open ? route.continue() : void held.push(route)));
  return {
    count: () => held.length,
    release: async () => {
      open = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

const FULL_OUTLINES = '**/geo/{countries,batken,sughd,enclaves,border}.geojson';

test('the opening view is drawn from the overview outlines; the full ones follow once it is on screen', async ({
  page,
  record,
}) => {
  const full = await holdBack(page, FULL_OUTLINES);
  // Ready while every full outline file is still held back: the first picture never waits for them.
  await gotoReady(page);
  const geo = record.requests.map((u) => new URL(u).pathname).filter((p) => p.includes('/geo/'));
  for (const name of ['countries', 'batken', 'sughd', 'enclaves', 'border'])
    expect(geo).toContain(`/geo/overview/${name}.geojson`);
  await expect.poll(full.count).toBeGreaterThanOrEqual(5);
  await expect(page.locator('html')).not.toHaveAttribute('data-geo-detail', 'true');
  await full.release();
  await expect(page.locator('html')).toHaveAttribute('data-geo-detail', 'true');
  // The full outlines are drawn: the map's countries source now holds the full file's points.
  const points = await page.evaluate(async () => {
    const source = window.__borderMap?.getSource('countries') as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
    const data = await source.getData();
    return data.features.reduce((n, f) => n + JSON.stringify(f.geometry).split('],[').length, 0);
  });
  expect(points).toBeGreaterThan(20_000);
  expect(record.errors).toEqual([]);
});

for (const [what, link] of [
  ['a view that opens close in', '#map=11/39.95/70.75'],
  ['a link to a story step (its view is known only once the stories are in)', '?story=april-2021&step=6'],
]) {
  test(`${what} draws the full outlines from the start, never the overview`, async ({ page, record }) => {
    // Only the map reads these two overview files (the place index reads the regions' and enclaves'
    // names from their overview, whatever the view).
    const overview = await holdBack(page, '**/geo/overview/{countries,border}.geojson');
    await gotoReady(page, link);
    await expect(page.locator('html')).toHaveAttribute('data-geo-detail', 'true');
    expect(overview.count()).toBe(0);
    expect(record.requests.some((u) => u.endsWith('/geo/countries.geojson'))).toBe(true);
    expect(record.errors).toEqual([]);
  });
}

test('Kyrgyz labels are drawn from the glyph files the app ships, never letter by letter in the page', async ({
  page,
  record,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  await gotoReady(page, '?lang=ky#map=9/40.0/70.8');
  await page.waitForLoadState('networkidle');
  const glyphFiles = record.requests.flatMap((u) => {
    const m = /\/glyphs\/([^/]+)\/(\d+-\d+)\.pbf$/.exec(new URL(u).pathname);
    return m ? [`${decodeURIComponent(m[1] ?? '')} ${m[2]}`] : [];
  });
  // Latin for digits and counts (fetched as the page starts), Cyrillic for the names, in both weights.
  for (const file of [
    'Noto Sans Regular 0-255',
    'Noto Sans Bold 0-255',
    'Noto Sans Regular 1024-1279',
    'Noto Sans Bold 1024-1279',
  ]) {
    expect(glyphFiles).toContain(file);
  }
  // Each file once: the early start and MapLibre's own request share one download.
  expect(glyphFiles.length).toBe(new Set(glyphFiles).size);
  // MapLibre says so when it has to draw a letter itself because a range is missing.
  expect(warnings.filter((w) => /glyph/i.test(w))).toEqual([]);
  const names = await page.evaluate(
    () =>
      window.__borderMap
        ?.queryRenderedFeatures({ layers: ['towns-label', 'towns-label-3'] })
        .map((f) => String(f.properties?.name_ky ?? '')) ?? [],
  );
  expect(names.some((n) => /[а-яөүң]/i.test(n))).toBe(true);
});
