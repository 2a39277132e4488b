import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { expect, gotoReady, isLocal, type PageRecord, test } from './fixtures';

interface Served {
  version: string;
  released: string;
  events: { id: string; sources: string[] }[];
  sources: Record<string, { title: string; publisher: string; titleSupplied?: true }>;
}

async function servedRecord(page: Page): Promise<Served> {
  const response = await page.request.get(`${BASE_URL}data/events.json`);
  return (await response.json()) as Served;
}

const EVENT = 'ceasefire-samarkand-2022-09-16';
const VIEW = `?date=2022-09-16&event=${EVENT}`;

/** The link "Copy link" gives for the view on screen: the permanent link a citation must carry. */
async function copyLinkText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  return page.getByLabel('Link to this view').inputValue();
}

async function expectNothingLeft(record: PageRecord): Promise<void> {
  expect(record.requests.filter((u) => !isLocal(u, BASE_URL))).toEqual([]);
  expect(record.errors).toEqual([]);
}

async function expectAxeClean(page: Page, selector: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes[0]?.target}`)).toEqual([]);
}

test('Share → Cite: the BibTeX carries the exact permanent link and the record version; Download gives the same', async ({
  page,
  context,
  record,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const served = await servedRecord(page);
  await gotoReady(page, VIEW);
  await page.locator('summary', { hasText: 'Share & download' }).click();
  const link = await copyLinkText(page);
  expect(link).toContain(`event=${EVENT}`);
  expect(new URL(link).searchParams.get('v')).toBe(served.version);

  await page.getByRole('button', { name: 'Cite…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog).toBeVisible();
  // The ready text: author, year of the release, what the view shows, version, the link.
  const ready = dialog.locator('.cite-text');
  await expect(ready).toContainText(
    `Kyrgyzstan–Tajikistan border map contributors. (${served.released.slice(0, 4)}). Kyrgyzstan–Tajikistan border map, 16 September 2022: Ceasefire agreed during the SCO summit (Version ${served.version}) [Interactive map]. Retrieved`,
  );
  await expect(ready).toContainText(link);

  const bibtex = await dialog.getByRole('textbox', { name: 'BibTeX' }).inputValue();
  expect(bibtex).toContain(`url = {${link}}`);
  expect(bibtex).toContain(`version = {${served.version}}`);
  expect(bibtex).toMatch(/^@misc\{kg-tj-border-map-/);
  const ris = await dialog.getByRole('textbox', { name: 'RIS' }).inputValue();
  // A textarea shows CRLF as LF; the file and the clipboard keep RIS's CRLF (unit-tested).
  expect(ris).toContain(`UR  - ${link}\n`);
  const csl = JSON.parse(await dialog.getByRole('textbox', { name: 'CSL-JSON' }).inputValue());
  expect(csl[0]).toMatchObject({ URL: link, version: served.version });

  // Copy puts exactly the box's text on the clipboard, and says so.
  await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^Download .*\.bib$/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kg-tj-border-map-view.bib');
  const file = readFileSync((await download.path()) ?? '', 'utf8');
  expect(file).toBe(bibtex);
  await expect(dialog.getByRole('status')).toHaveText('Downloaded kg-tj-border-map-view.bib.');

  await expectAxeClean(page, '.cite-dialog');
  await dialog.screenshot({ path: 'docs/screenshots/cite-dialog.png' });

  // Escape closes it and the focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cite…' })).toBeFocused();
  await expectNothingLeft(record);
});

test("the event's Cite this event lists its own sources", async ({ page, record }) => {
  const served = await servedRecord(page);
  const event = served.events.find((e) => e.id === EVENT);
  expect(event, `${EVENT} is no longer in the record: pick another event`).toBeDefined();
  await gotoReady(page, VIEW);
  await page.getByRole('button', { name: 'Cite this event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this event' });
  await expect(dialog).toBeVisible();
  const items = dialog.locator('.cite-sources li');
  await expect(items).toHaveCount(event?.sources.length ?? -1);
  for (const [i, id] of (event?.sources ?? []).entries()) {
    const source = served.sources[id];
    const title = source?.titleSupplied ? `[${source.title}]` : source?.title;
    await expect(items.nth(i)).toContainText(`${title} — ${source?.publisher}`);
  }
  await expect(dialog.locator('.cite-text')).toContainText('Ceasefire agreed during the SCO summit [16 September 2022]');
  const bibtex = await dialog.getByRole('textbox', { name: 'BibTeX' }).inputValue();
  expect(bibtex).toContain(`@misc{kg-tj-border-map-${served.version}-${EVENT},`);
  expect(bibtex).toMatch(/\n {2}addendum = \{Sources: /);
  const ris = await dialog.getByRole('textbox', { name: 'RIS' }).inputValue();
  expect(ris.match(/^N1 {2}- Source: /gm)).toHaveLength(event?.sources.length ?? -1);
  await expectAxeClean(page, '.cite-dialog');
  await dialog.screenshot({ path: 'docs/screenshots/cite-event.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Cite this event' })).toBeFocused();
  // Escape closes the dialog and nothing else: the event stays open behind it, the focus on its button.
  await page.getByRole('button', { name: 'Cite this event' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cite this event' })).toBeFocused();
  await expectNothingLeft(record);
});

test('the page carries citation tags, and citation_public_url follows the view', async ({ page, record }) => {
  const served = await servedRecord(page);
  await gotoReady(page, VIEW);
  const meta = (name: string) => page.locator(`head meta[name="${name}"]`);
  await expect(meta('citation_author')).toHaveAttribute('content', 'Kyrgyzstan–Tajikistan border map contributors');
  await expect(meta('citation_publication_date')).toHaveAttribute('content', served.released.replaceAll('-', '/'));
  await expect(meta('citation_title')).toHaveAttribute(
    'content',
    'Kyrgyzstan–Tajikistan border map, 16 September 2022: Ceasefire agreed during the SCO summit',
  );
  await page.locator('summary', { hasText: 'Share & download' }).click();
  await expect(meta('citation_public_url')).toHaveAttribute('content', await copyLinkText(page));

  // Another event, then another language: the tags follow once the view is still.
  await page.locator('.event-details').getByRole('button', { name: 'Next' }).click();
  await expect(meta('citation_public_url')).not.toHaveAttribute('content', new RegExp(`event=${EVENT}(&|$)`));
  await expect(meta('citation_public_url')).toHaveAttribute('content', await copyLinkText(page));
  await page.getByRole('combobox', { name: /language/i }).selectOption('ru');
  await expect(meta('citation_language')).toHaveAttribute('content', 'ru');
  await expect(meta('citation_title')).toHaveAttribute('content', /^Карта границы Кыргызстана и Таджикистана, /);
  // Exactly one of each: the static tag is updated, never duplicated.
  await expect(meta('citation_title')).toHaveCount(1);
  await expectNothingLeft(record);
});
