import { BASE_URL } from '../../playwright.config';
import { expect, gotoReady, test } from './fixtures';
import { projectToPage, waitForMapIdle } from './mapHelpers';

// The September 2022 war: 14–17 September in the record, so its date is the 17th.
const WAR_2022 = 'kyrgyz-tajik-clash-2022-09-14';
const WAR_TITLE = /Border war of September 2022/;
const WAR_LOCATION: [number, number] = [70.81939, 40.06259];

test('choosing the 2022 war from the list brings the map and the link to its last day', async ({ page, context, record }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, '?date=2025-12-31');
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', '31 December 2025');

  await page.getByRole('region', { name: 'Events' }).getByRole('button', { name: WAR_TITLE }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', '17 September 2022');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(WAR_TITLE);
  await expect(details.getByRole('button', { name: 'Showing this date' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page).toHaveURL(new RegExp(`date=2022-09-17&event=${WAR_2022}`));

  await page.locator('summary', { hasText: 'Share & download' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(BASE_URL)).toBe(true);
  expect(link).toContain('date=2022-09-17');
  expect(link).toContain(`event=${WAR_2022}`);
  expect(record.errors).toEqual([]);
});

test('a marker picked on the map keeps the date; Go to this date and Next move it', async ({ page, record }) => {
  await gotoReady(page, '?date=2022-09-20');
  await waitForMapIdle(page);
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', '20 September 2022');

  const point = await projectToPage(page, WAR_LOCATION);
  await page.mouse.click(point.x, point.y);
  // Other events share the war's pin: then the chooser lists them, and a pick from it is a map pick too.
  const chooser = page.getByRole('dialog', { name: /events here/ });
  if (await chooser.isVisible()) await chooser.getByRole('button', { name: WAR_TITLE }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(WAR_TITLE);
  await expect(slider).toHaveAttribute('aria-valuetext', '20 September 2022');
  await expect(page).toHaveURL(/date=2022-09-20/);

  const goTo = details.getByRole('button', { name: 'Go to this date' });
  await expect(goTo).not.toHaveAttribute('aria-disabled');
  await goTo.click();
  await expect(slider).toHaveAttribute('aria-valuetext', '17 September 2022');
  await expect(details.getByRole('button', { name: 'Showing this date' })).toBeFocused();

  // The next event in the record is the ceasefire of 16 September: the date goes with it.
  await details.getByRole('button', { name: /Next/ }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Ceasefire/);
  await expect(slider).toHaveAttribute('aria-valuetext', '16 September 2022');
  await waitForMapIdle(page);
  await expect(page).toHaveURL(/date=2022-09-16&event=ceasefire-samarkand-2022-09-16/);
  expect(record.errors).toEqual([]);
});
