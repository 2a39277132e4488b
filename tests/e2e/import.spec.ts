import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL } from '../../playwright.config';
import { expect, gotoReady, isLocal, test } from './fixtures';
import { projectToPage, renderedEventIds, waitForMapIdle } from './mapHelpers';

// Three good rows (one carrying markup in its notes) and two bad ones, as an ACLED-style export.
const CSV = [
  'event_date,latitude,longitude,event_type,location,fatalities,notes,source',
  '2022-09-14,39.95,70.78,Battles,Kok-Tash,3,Exchange of fire,AKIpress',
  '2022-09-15,39.91,70.70,Battles,Somewhere,three,,AKIpress',
  '2021-04-29,39.75,70.30,Riots,Vorukh,0,"<img src=x onerror=alert(1)><script>alert(2)</script>",https://example.org/r',
  '2022-09-16,north,70.70,Battles,Nowhere,1,,x',
  '2024-01-10,40.20,70.10,Battles,Isfara,1,Shots at the post,Kloop',
].join('\n');

async function importCsv(page: import('@playwright/test').Page) {
  await page.locator('summary', { hasText: 'Import your own events' }).click();
  await page
    .getByLabel('Choose a file…')
    .setInputFiles({ name: 'acled-export.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByRole('heading', { name: /Which column holds what\? acled-export\.csv, 5 rows/ })).toBeVisible();
  // The mapping form is usable with a screen reader: every select labelled, no serious violations.
  const axe = await new AxeBuilder({ page }).include('.import').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('3 events imported from acled-export.csv.')).toBeVisible();
}

test('a CSV with 3 good and 2 bad rows: 3 marked events on the map, 2 clear row errors, no script run', async ({
  page,
  record,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await gotoReady(page);
  await importCsv(page);
  await expect(page.getByText('2 rows could not be imported:')).toBeVisible();
  await expect(page.getByText('Row 3, Fatalities: “three” is not a whole number of people')).toBeVisible();
  await expect(page.getByText('Row 5, Latitude: “north” is not a number')).toBeVisible();

  await waitForMapIdle(page);
  const imported = (await renderedEventIds(page)).filter((id) => id.startsWith('import-'));
  expect(imported).toHaveLength(3);

  // "Show on map" brings the file's events into view; then click the one at Vorukh, like a person.
  await page.getByRole('button', { name: 'Show the events imported from acled-export.csv on the map' }).click();
  await page.waitForFunction(() => (window.__borderMap?.getZoom() ?? 0) > 8);
  await waitForMapIdle(page);
  const inView = await page.evaluate(() => {
    const b = window.__borderMap?.getBounds();
    return b ? [b.contains([70.3, 39.75]), b.contains([70.78, 39.95]), b.contains([70.1, 40.2])] : [];
  });
  const where = await page.evaluate(() => [
    window.__borderMap?.getCenter(),
    window.__borderMap?.getZoom(),
    window.__borderMap?.getBounds().toArray(),
  ]);
  expect(inView, JSON.stringify(where)).toEqual([true, true, true]);
  const at = await projectToPage(page, [70.3, 39.75]);
  await page.mouse.click(at.x, at.y);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByText(/Imported by you from acled-export\.csv, row 4/)).toBeVisible();
  // The payload is shown as the literal text it is.
  await expect(details.getByText('<img src=x onerror=alert(1)><script>alert(2)</script>')).toBeVisible();
  expect(await page.locator('.app img[src="x"], .app script').count()).toBe(0);
  await page.screenshot({ path: 'docs/screenshots/import-csv.png' });
  expect(dialogs).toEqual([]);
  expect(record.errors).toEqual([]);
  expect(record.requests.filter((u) => !isLocal(u, BASE_URL))).toEqual([]);

  // The merged set downloads with each imported row named.
  await page.locator('summary', { hasText: 'Share & download' }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download data (CSV)' }).click(),
  ]);
  const text = await readFile((await csv.path()) ?? '', 'utf8');
  expect(text).toContain('acled-export.csv, row 4');

  // Removing the file takes its events off the map again.
  await page.getByRole('button', { name: 'Remove the events imported from acled-export.csv' }).click();
  await waitForMapIdle(page);
  expect((await renderedEventIds(page)).filter((id) => id.startsWith('import-'))).toEqual([]);
});

test('a GeoJSON file dropped on the map imports at once', async ({ page }) => {
  await gotoReady(page);
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [70.6, 39.9] },
        properties: { date: '2023-06', title: 'Dropped', category: 'incident' },
      },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { date: '2023-06' } },
    ],
  });
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'drop.geojson', { type: 'application/geo+json' }));
    return dt;
  }, geojson);
  await page.dispatchEvent('.map canvas', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText('Drop the file to import it')).toBeVisible();
  await page.dispatchEvent('.map canvas', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('1 event imported from drop.geojson.')).toBeVisible();
  await expect(page.getByText('Row 2, geometry: is Polygon; only points can be imported')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Events' }).getByText('Dropped')).toBeVisible();
});

test('kept imports survive a reload; "forget" deletes them from the browser', async ({ page }) => {
  await gotoReady(page);
  await importCsv(page);
  await page.getByLabel('Keep my imports in this browser after a reload').check();
  // The panel confirms once the browser has stored them; reloading earlier could lose the write.
  await expect(page.getByText('Your imports are kept in this browser.')).toBeVisible();
  await page.reload();
  await page.locator('html[data-map-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('region', { name: 'Events' }).getByText('Imported').first()).toBeVisible();
  await page.locator('summary', { hasText: 'Import your own events' }).click();
  await page.getByRole('button', { name: 'Forget saved imports' }).click();
  await expect(page.getByText(/Saved imports were deleted from this browser/)).toBeVisible();
  await page.reload();
  await page.locator('html[data-map-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('region', { name: 'Events' }).getByRole('button').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Events' }).getByText('Imported')).toHaveCount(0);
});
