import { readFileSync } from 'node:fs';
import { BASE_URL } from '../../playwright.config';
import { expect, gotoReady, isLocal, pngStats, test } from './fixtures';
import { renderedEventIds, waitForMapIdle } from './mapHelpers';

const CLASH_2022 = 'kyrgyz-tajik-clash-2022-09-14';
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

test('playback from 2021-01-01 at the fastest speed reaches the September 2022 clash and shows its marker', async ({
  page,
  record,
}) => {
  test.setTimeout(120_000);
  await gotoReady(page, '?date=2021-01-01&speed=year');
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('year');
  await page.screenshot({ path: 'docs/screenshots/timeline-controls.png' });
  expect(await renderedEventIds(page)).not.toContain(CLASH_2022);

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // Playback rests on every event; the clash's day is one of the stops.
  await expect
    .poll(async () => Number(await slider.inputValue()), { timeout: 90_000, intervals: [100] })
    .toBeGreaterThanOrEqual(dayOf('2022-09-14'));
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForMapIdle(page);
  expect(await renderedEventIds(page)).toContain(CLASH_2022);
  // The live region named what appeared.
  await expect(page.getByTestId('announcer')).not.toHaveText('');
  expect(record.errors).toEqual([]);
});

test('Space on the slider toggles playback', async ({ page }) => {
  await gotoReady(page, '?date=2021-01-01');
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('clicking a density bar moves the slider into that month', async ({ page }) => {
  await gotoReady(page, '?date=2010-01-01');
  await page.locator('[data-testid="density-bar"][data-month="2022-09"]').click();
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', /September 2022/);
  await waitForMapIdle(page);
  expect(await renderedEventIds(page)).toContain(CLASH_2022);
});

test('filters and search narrow the list and the map together, and clear again', async ({ page }) => {
  await gotoReady(page);
  const list = page.getByRole('region', { name: 'Events' });
  const allCount = await list.getByRole('button').count();
  const filters = page.locator('.filters');
  for (const box of await filters.getByRole('checkbox').all()) {
    if ((await box.getAttribute('aria-describedby')) !== 'filter-count-clash') await box.uncheck();
  }
  await waitForMapIdle(page);
  const clashIds = await renderedEventIds(page);
  expect(clashIds.length).toBeGreaterThan(0);
  const entries = await list.getByRole('button').allTextContents();
  expect(entries.length).toBeLessThan(allCount);
  for (const text of entries) expect(text).toContain('Clash');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox', { name: /Search/ }).fill('Vorukh');
  await expect(page.getByText(/Filters on:/)).toBeVisible();
  await waitForMapIdle(page);
  const vorukhEntries = await list.getByRole('button').count();
  expect(vorukhEntries).toBeGreaterThan(0);
  expect(vorukhEntries).toBeLessThan(allCount);
  await expect(page).toHaveURL(/q=Vorukh/);
  await page.screenshot({ path: 'docs/screenshots/search-vorukh.png' });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(list.getByRole('button')).toHaveCount(allCount);
});

test('Copy link reproduces the same visible events and selection in a new page', async ({ page, context, record }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, `?date=2022-12-31&mode=window&window=6&event=${CLASH_2022}`);
  await page.getByRole('searchbox', { name: /Search/ }).fill('border');
  await expect(page).toHaveURL(/q=border/);
  await waitForMapIdle(page);
  const before = await renderedEventIds(page);
  expect(before).toContain(CLASH_2022);

  await page.locator('summary', { hasText: 'Share & download' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('mode=window');
  expect(link).toContain('event=');

  const other = await context.newPage();
  await gotoReady(other, link.replace(BASE_URL, ''));
  await waitForMapIdle(other);
  expect(await renderedEventIds(other)).toEqual(before);
  await expect(other.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(
    (await page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }).textContent()) ?? '',
  );
  expect(record.requests.filter((u) => !isLocal(u, BASE_URL))).toEqual([]);
});

test('downloads: a publishable PNG that is not blank, and a CSV with one row per visible event', async ({ page }) => {
  await gotoReady(page, '?date=2022-12-31');
  await page.locator('summary', { hasText: 'Share & download' }).click();
  // The list shows the first hundred and a "Show more" button; the count line gives them all.
  const countLine = await page
    .getByText(/^\d+ of \d+ events shown/)
    .first()
    .textContent();
  const visible = Number(/^(\d+)/.exec(countLine ?? '')?.[1]);
  expect(visible).toBeGreaterThan(0);

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const map = await page.evaluate(() => {
    const m = window.__borderMap;
    const c = m?.getCanvas();
    return {
      width: c?.clientWidth ?? 0,
      height: c?.clientHeight ?? 0,
      canvasWidth: c?.width ?? 0,
      ratio: m?.getPixelRatio() ?? 0,
    };
  });
  // Print size: at least 1600 px and twice the map, with bands for the title, legend and credits.
  expect(size.width).toBeGreaterThanOrEqual(Math.max(1600, 2 * map.width));
  expect(size.height).toBeGreaterThan(2 * map.height);
  // The live map is back at the screen's resolution afterwards.
  expect(map.canvasWidth).toBe(Math.round(map.width * map.ratio));
  const texts = await page.evaluate(() => window.__lastPngText ?? []);
  expect(texts).toContain('Borders as mapped before the 13 March 2025 treaty');
  expect(texts).toEqual(expect.arrayContaining(['Kyrgyzstan–Tajikistan border', 'Checkpoint closed']));
  expect(texts.some((t) => /^\d+\u00a0km$/.test(t))).toBe(true);
  // Not blank: decode in the page and count distinct colours.
  const colours = (await pngStats(page, bytes, [0, 0, 0])).sampledColours;
  expect(colours).toBeGreaterThan(20);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download data (CSV)' }).click(),
  ]);
  const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = text.trimEnd().split('\r\n');
  // Fields may hold quoted line breaks; count records by the id column's pattern instead of raw lines.
  const records = rows.slice(1).filter((r) => /^"?'?[a-z0-9]+(?:-[a-z0-9]+)*"?,/.test(r));
  expect(rows[0]).toMatch(/^id,date,precision/);
  expect(records.length).toBe(visible);
});
