/**
 * Search that forgives, in the browser: a year lists every event of that year, a misspelt
 * transliteration finds its place's events, the count is spoken politely, and the list goes back
 * to its chronological order when the search is cleared.
 */
import { readFileSync } from 'node:fs';
import { expect, gotoReady, test } from './fixtures';
import { renderedEventIds, waitForMapIdle } from './mapHelpers';

interface RecordEvent {
  id: string;
  date: string;
  end?: string;
  title: { en: string };
  summary: { en: string };
  places: string[];
}

const RECORD = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8')) as {
  events: RecordEvent[];
};
const byYear = (year: string) => RECORD.events.filter((e) => e.date.slice(0, 4) <= year && (e.end ?? e.date).slice(0, 4) >= year);
const VORUKH = RECORD.events.filter(
  (e) => e.places.includes('vorukh') || e.places.includes('enclave-vorukh') || /vorukh/i.test(`${e.title.en} ${e.summary.en}`),
);

test('typing a year lists every event of that year, with the count spoken', async ({ page, record }) => {
  await gotoReady(page, '?date=2025-12-31');
  const list = page.getByRole('region', { name: 'Events' });
  const expected = byYear('2022');
  expect(expected.length).toBeGreaterThan(3);

  await page.getByRole('searchbox', { name: /Search/ }).fill('2022');
  const status = list.getByRole('status');
  await expect(status).toContainText(`${expected.length} events match “2022”`);
  const entries = list.getByRole('listitem');
  await expect(entries).toHaveCount(expected.length);
  const texts = (await entries.allTextContents()).join('\n');
  for (const e of expected) expect(texts).toContain(e.title.en);
  await expect(page).toHaveURL(/q=2022/);

  // The map shows the same matches (those in view): the filter is shared, only the list is ranked.
  await waitForMapIdle(page);
  const onMap = await renderedEventIds(page);
  expect(onMap.length).toBeGreaterThan(0);
  for (const id of onMap) expect(expected.map((e) => e.id)).toContain(id);
  expect(record.errors).toEqual([]);
});

test('a misspelt transliteration finds the Vorukh events, best matches first', async ({ page, record }) => {
  await gotoReady(page, '?date=2025-12-31');
  const list = page.getByRole('region', { name: 'Events' });
  expect(VORUKH.length).toBeGreaterThan(5);

  await page.getByRole('searchbox', { name: /Search/ }).fill('Worukh');
  await expect(list.getByRole('status')).toContainText(`${VORUKH.length} events match “Worukh”`);
  const entries = list.getByRole('listitem');
  await expect(entries).toHaveCount(VORUKH.length);
  const texts = await entries.allTextContents();
  for (const e of VORUKH) expect(texts.join('\n')).toContain(e.title.en);
  // Events with Vorukh in their title come before those that only name it as a place or in passing.
  const titled = texts.map((t) => /Vorukh/.test(t));
  expect(titled[0]).toBe(true);
  expect(titled.indexOf(false) === -1 || titled.lastIndexOf(true) < titled.indexOf(false)).toBe(true);
  await page.screenshot({ path: 'test-results/search-worukh.png' });

  // Cleared, the list is the events at the date again, newest first, and the count is gone.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(list.getByRole('status')).toHaveText('');
  const first = await list.getByRole('listitem').first().textContent();
  const newest = [...RECORD.events].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  expect(first).toContain(newest?.title.en);
  expect(record.errors).toEqual([]);
});
