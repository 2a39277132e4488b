import { expect, gotoReady, test } from './fixtures';

// An ACLED-shaped export as it is downloaded: five events, a 0 meaning "none reported", a closing newline.
const CSV = `${[
  'event_date,event_type,sub_event_type,location,latitude,longitude,fatalities,source,notes',
  '2022-09-14,Battles,Armed clash,Kok-Tash,39.95,70.78,0,AKIpress,',
  '2022-09-15,Battles,Armed clash,Vorukh,39.85,70.58,2,Kloop,',
  '2022-09-16,Battles,Armed clash,Ak-Sai,39.9,70.6,1,24.kg,',
  '2022-09-17,Riots,Mob violence,Isfara,40.12,70.63,,Asia-Plus,',
  '2022-09-18,Protests,Peaceful protest,Batken,40.06,70.82,0,AKIpress,',
].join('\n')}\n`;

test('an ACLED-like CSV keeps its places: titled by type and place, no "killed 0", no import-day date, found by place', async ({
  page,
  record,
}) => {
  await gotoReady(page);
  await page.locator('summary', { hasText: 'Import your own events' }).click();
  await page
    .getByLabel('Choose a file…')
    .setInputFiles({ name: 'acled-keeps.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  // Five data rows: the header and the closing newline are not rows.
  await expect(page.getByRole('heading', { name: 'Which column holds what? acled-keeps.csv, 5 rows' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'A 0 in the fatalities column means nobody was killed' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'A 0 in the fatalities column means nobody was killed' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-keeps-mapping.png' });
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  // The outcome is on screen without scrolling, and has the focus (the Import button is gone).
  const done = page.getByText('5 events imported from acled-keeps.csv.');
  await done.waitFor();
  await page.screenshot({ path: 'test-results/import-keeps-done.png' });
  await expect(done).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.import-result')).toBeFocused();

  // The place name is searchable: typing it leaves the imported event in the list.
  await page.getByRole('searchbox', { name: /Search/ }).fill('Kok-Tash');
  const list = page.getByRole('region', { name: 'Events' });
  const entry = list.getByRole('button', { name: /Armed clash near Kok-Tash/ });
  await expect(entry).toBeVisible();
  await expect(list.getByRole('button', { name: /Armed clash near Vorukh/ })).toHaveCount(0);
  await entry.click();

  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Armed clash near Kok-Tash');
  await expect(details.getByText('Kok-Tash (as named in your file)')).toBeVisible();
  // ACLED's 0 is "none reported": no figure at all, so no "Killed 0".
  await expect(details.getByRole('table')).toHaveCount(0);
  await expect(details).not.toContainText(/killed/i);
  // The source is cited without a date; the import day appears nowhere as one.
  const importDay = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  await expect(
    details.getByText('acled-keeps.csv #2 — AKIpress (your imported file; it gives no publication date)'),
  ).toBeVisible();
  await expect(details).not.toContainText(importDay);
  await page.screenshot({ path: 'test-results/import-keeps-details.png' });
  expect(record.errors).toEqual([]);
});

test('a 0 is kept as a count when the person ticks that it means nobody was killed', async ({ page }) => {
  await gotoReady(page);
  await page.locator('summary', { hasText: 'Import your own events' }).click();
  await page
    .getByLabel('Choose a file…')
    .setInputFiles({ name: 'acled-zero.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByRole('checkbox', { name: 'A 0 in the fatalities column means nobody was killed' }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('5 events imported from acled-zero.csv.')).toBeInViewport();
  await page.getByRole('searchbox', { name: /Search/ }).fill('Kok-Tash');
  await page
    .getByRole('region', { name: 'Events' })
    .getByRole('button', { name: /Armed clash near Kok-Tash/ })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('table')).toContainText('Killed');
  await expect(details.locator('.figure-value')).toHaveText(['0']);
});
