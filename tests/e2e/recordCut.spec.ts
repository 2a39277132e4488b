/**
 * A cold load fetches the record cut to the reader's language (data/events.<lang>.json); the full
 * record (data/events.json) comes only when another language is needed.
 */
import { readFileSync } from 'node:fs';
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
