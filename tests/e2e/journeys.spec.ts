/**
 * The two tasks a journalist tried on the first version, done as a new reader would, counting the
 * actions: (1) what happened in Vorukh in April 2021 and how many died, per source; (2) the
 * September 2022 war, then the 2025 treaty, and a link to exactly that view. Each step must put
 * its answer on screen with no scrolling.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import type { Lang } from '../../src/model/languages';
import { MESSAGES } from '../allMessages';
import { expect, gotoReady, test } from './fixtures';

const RECORD = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8')) as {
  events: { id: string; title: Partial<Record<Lang, string>> & { en: string } }[];
};

const CLASH_2021 = 'kyrgyz-tajik-clash-2021-04-28';
const WAR_2022 = 'kyrgyz-tajik-clash-2022-09-14';
const TREATY_2025 = 'border-treaty-signed-2025-03-13';

/** What a reader of each language might type: the place in their script (or a misspelling) and the month. */
const VORUKH_QUERY: Record<Lang, string> = {
  en: 'Worukh April 2021',
  ru: 'Ворух апрель 2021',
  ky: 'Ворух 2021-04',
  tg: 'Ворух 04.2021',
  uz: 'Vorux 2021-04',
};

function titleOf(id: string, lang: Lang): string {
  const event = RECORD.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the record`);
  return event.title[lang] ?? event.title.en;
}

/** Action: type a query into the search field. */
async function search(page: Page, lang: Lang, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: MESSAGES[lang]['filters.search'] }).fill(query);
}

/** Action: choose an event from the list by its title. */
async function choose(page: Page, lang: Lang, id: string): Promise<void> {
  const list = page.getByRole('region', { name: MESSAGES[lang]['events.heading'] });
  await list
    .getByRole('button', { name: titleOf(id, lang) })
    .first()
    .click();
}

/** The answer to "how many died": the killed line of the figures summary, whole on screen. */
async function expectKilledOnScreen(page: Page, lang: Lang): Promise<void> {
  const killed = page.locator('.event-details [data-metric="killed"]');
  await expect(killed).toBeVisible();
  await expect(killed).toBeInViewport({ ratio: 1 });
  await expect(killed.locator('dd[data-side="KG"]')).toContainText('34');
  await expect(killed.locator('dd[data-side="TJ"]')).toContainText('19');
  await expect(page.locator('.event-details h2')).toHaveText(titleOf(CLASH_2021, lang));
}

for (const lang of Object.keys(VORUKH_QUERY) as Lang[]) {
  test(`[${lang}] desktop: Vorukh, April 2021, deaths per side in two actions`, async ({ page, record }) => {
    await gotoReady(page, `?lang=${lang}`);
    await search(page, lang, VORUKH_QUERY[lang]); // 1
    await choose(page, lang, CLASH_2021); // 2
    await expectKilledOnScreen(page, lang);
    // The answer came without scrolling the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(record.errors).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  for (const lang of ['en', 'tg'] as const) {
    test(`[${lang}] phone: Vorukh, April 2021, deaths per side in two taps, above the fold of the sheet`, async ({
      page,
      record,
    }) => {
      await gotoReady(page, `?lang=${lang}`);
      await search(page, lang, VORUKH_QUERY[lang]); // 1
      const list = page.getByRole('region', { name: MESSAGES[lang]['events.heading'] });
      const result = list.getByRole('button', { name: titleOf(CLASH_2021, lang) }).first();
      // The category switches fold while searching, so the results sit right under the field.
      await expect(page.locator('.filters-categories')).toBeHidden();
      await expect(result).toBeInViewport();
      await result.tap(); // 2
      await expectKilledOnScreen(page, lang);
      expect(record.errors).toEqual([]);
    });
  }

  test('[en] phone: the war, then the treaty, then the link', async ({ page, context, record }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoReady(page, '');
    const slider = page.getByRole('slider', { name: 'Date' });
    await search(page, 'en', 'war 2022');
    await page
      .getByRole('region', { name: 'Events' })
      .getByRole('button', { name: titleOf(WAR_2022, 'en') })
      .tap();
    await expect(slider).toHaveAttribute('aria-valuetext', '17 September 2022');
    await search(page, 'en', 'treaty 2025');
    await page
      .getByRole('region', { name: 'Events' })
      .getByRole('button', { name: titleOf(TREATY_2025, 'en') })
      .tap();
    await expect(slider).toHaveAttribute('aria-valuetext', '13 March 2025');
    await expect(page).toHaveURL(new RegExp(`date=2025-03-13&event=${TREATY_2025}`));
    expect(record.errors).toEqual([]);
  });
});

test('[en] desktop: the war, then the treaty, and the copied link opens exactly that view', async ({ page, context, record }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, '');
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', '31 December 2025');

  await search(page, 'en', 'war 2022'); // 1
  await choose(page, 'en', WAR_2022); // 2
  await expect(slider).toHaveAttribute('aria-valuetext', '17 September 2022');
  await expect(page.locator('.event-details h2')).toHaveText(titleOf(WAR_2022, 'en'));

  await search(page, 'en', 'treaty 2025'); // 1
  await choose(page, 'en', TREATY_2025); // 2
  await expect(slider).toHaveAttribute('aria-valuetext', '13 March 2025');

  await page.locator('summary', { hasText: 'Share & download' }).click(); // 1
  await page.getByRole('button', { name: 'Copy link' }).click(); // 2
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(BASE_URL)).toBe(true);

  // The colleague's page: the treaty, at its own date.
  const colleague = await context.newPage();
  await gotoReady(colleague, link.replace(BASE_URL, ''));
  await expect(colleague.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '13 March 2025');
  await expect(colleague.locator('.event-details h2')).toHaveText(titleOf(TREATY_2025, 'en'));
  expect(record.errors).toEqual([]);
});

test('[en] keyboard only: "/" to search, ↓ into the results, Enter, and the deaths are on screen', async ({ page, record }) => {
  await gotoReady(page, '');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: MESSAGES.en['filters.search'] })).toBeFocused();
  await page.keyboard.type(VORUKH_QUERY.en);
  await page.keyboard.press('ArrowDown');
  const clash = page.getByRole('region', { name: 'Events' }).getByRole('button', { name: titleOf(CLASH_2021, 'en') });
  // The clash is among the first results, after the events titled "Vorukh" in that month: at most two more ↓.
  let steps = 0;
  while (!(await clash.evaluate((el) => el === document.activeElement)) && steps < 2) {
    await page.keyboard.press('ArrowDown');
    steps++;
  }
  await expect(clash).toBeFocused();
  await page.keyboard.press('Enter');
  await expectKilledOnScreen(page, 'en');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(record.errors).toEqual([]);
});
