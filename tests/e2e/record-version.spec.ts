/**
 * The versioned record in the browser: About names the version served, links carry it, and a link
 * made with an older version says what changed on screen since. Data-driven: the expectations are
 * computed from the events.json the server hands out, so they hold for any history.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { translate } from '../../src/i18n/translate';
import { expect, gotoReady, test } from './fixtures';
import { renderedEventIds } from './mapHelpers';

interface Entry {
  version: string;
  released: string;
  note: { en: string };
  added: string[];
  changed: { id: string; fields: string[] }[];
  removed: { id: string; note: { en: string } }[];
}
interface Record {
  version: string;
  released: string;
  changelog: Entry[];
  events: { id: string; date: string; title: { en: string }; updated?: string }[];
}

/**
 * The record the page is served. EVENTS_FILE (as for the unit tests) serves a draft instead, so a
 * new changelog entry can be tried in the browser before it is merged.
 */
async function servedRecord(page: Page): Promise<Record> {
  const draft = process.env.EVENTS_FILE;
  if (draft) {
    const json = JSON.parse(readFileSync(path.resolve(draft), 'utf8')) as Record;
    await page.route('**/data/events*.json', (route) => route.fulfill({ json }));
    return json;
  }
  const response = await page.request.get(`${BASE_URL}data/events.json`);
  return (await response.json()) as Record;
}

/** A day as the English interface writes it: "1 December 2026". */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

// The end of the slider: every event of the record (nothing is dated after 2025) is on screen.
const LAST_DAY = '2025-12-31';

/**
 * Opens a link made with `previous` (the entry just before the last) at the last day, and checks
 * the notice's counts, its list, and that an entry opens its event. Counted independently of the
 * app: after `previous` comes only the last entry.
 */
async function expectChangesSince(page: Page, record: Record, previous: string): Promise<void> {
  const last = record.changelog[record.changelog.length - 1] as Entry;
  const shown = record.events.length;
  const changed = last.changed.filter((c) => !last.added.includes(c.id));
  const params = { version: previous, current: record.version, shown };
  const expected = [
    translate('en', 'notice.linkVersion', params),
    changed.length > 0
      ? translate('en', 'notice.linkVersion.changed', { count: changed.length, shown })
      : translate('en', 'notice.linkVersion.unchanged', { shown }),
    ...(last.added.length > 0 ? [translate('en', 'notice.linkVersion.added', { count: last.added.length, shown })] : []),
    ...(last.removed.length > 0 ? [translate('en', 'notice.linkVersion.removed', { count: last.removed.length })] : []),
  ].join(' ');

  await gotoReady(page, `?date=${LAST_DAY}&v=${previous}`);
  const notice = page.locator('.notice', { hasText: `record version ${previous}` });
  await expect(notice).toContainText(expected);
  await notice.getByRole('button', { name: 'Show which' }).click();
  const list = notice.getByRole('list', { name: `Events changed since version ${previous}` });
  await expect(list.getByRole('listitem')).toHaveCount(changed.length + last.added.length + last.removed.length);

  // Changed events come first, in the changelog's order, by title; choosing one opens its details.
  // (By position, not by name: several visits share a title.)
  const first = changed[0] ?? (last.added[0] ? { id: last.added[0], fields: [] } : null);
  // A version that only removed events lists them by id, with nothing to open.
  if (!first) return;
  const title = record.events.find((e) => e.id === first.id)?.title.en as string;
  const button = list.getByRole('listitem').first().getByRole('button');
  await expect(button).toHaveText(title);
  await button.click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(details).toContainText(`Updated ${longDate(last.released)} (record version ${last.version})`);
  await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
}

test('About shows the record version and release day served, and every version with its counts', async ({ page, record }) => {
  const served = await servedRecord(page);
  await gotoReady(page);
  await page.getByRole('button', { name: 'About & sources' }).click();
  const about = page.getByRole('dialog', { name: 'About this map' });
  await expect(about).toContainText(`Record version ${served.version}, released ${longDate(served.released)}.`);
  for (const entry of served.changelog) {
    await expect(about).toContainText(
      `${entry.version}, ${longDate(entry.released)}: ${entry.added.length} added, ${entry.changed.length} changed, ${entry.removed.length} removed. ${entry.note.en}`,
    );
  }
  expect(record.errors).toEqual([]);
});

test('the address bar and Copy link carry the record version', async ({ page, context, record }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const served = await servedRecord(page);
  await gotoReady(page, '?date=2022-09-20');
  // A step of the slider: the address bar is rewritten with the whole state, version included.
  await page.getByRole('slider', { name: 'Date' }).press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`[?&]v=${served.version.replace(/\./g, '\\.')}(&|#|$)`));
  await page.locator('summary', { hasText: 'Share & download' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('v')).toBe(served.version);
  // Opening the link made now says nothing about versions.
  await gotoReady(page, new URL(link).search);
  await expect(page.locator('.notice', { hasText: /record version/ })).toHaveCount(0);
  expect(record.errors).toEqual([]);
});

test('a link made with the previous record version says what changed on screen since, and lists it', async ({ page, record }) => {
  const served = await servedRecord(page);
  // Needs a history of two versions or more: with only the first release there is no "previous".
  expect(served.changelog.length, 'events.json has one version only: add the next entry to the changelog').toBeGreaterThanOrEqual(
    2,
  );
  const previous = served.changelog[served.changelog.length - 2] as Entry;
  await expectChangesSince(page, served, previous.version);
  expect(record.errors).toEqual([]);
});

test('the same notice for a made-up second version of the served record (the flow, whatever the history)', async ({
  page,
  record,
}) => {
  const served = await servedRecord(page);
  // A copy of the record one patch on: two events corrected, one added (a copy under a new id).
  const [a, b] = served.events;
  if (!a || !b) throw new Error('the record needs two events');
  const released = served.released;
  const next = `${served.version.split('.').slice(0, 2).join('.')}.${Number(served.version.split('.')[2]) + 1}`;
  const copy = { ...a, id: `${a.id}-copy`, title: { en: `${a.title.en} (copy)` }, updated: released };
  const entry: Entry = {
    version: next,
    released,
    note: { en: 'A made-up correction for the test.' },
    added: [copy.id],
    changed: [
      { id: a.id, fields: ['summary', 'sources'] },
      { id: b.id, fields: ['date'] },
    ],
    removed: [],
  };
  const patched: Record = {
    ...served,
    version: next,
    events: [...served.events.map((e) => (e.id === a.id || e.id === b.id ? { ...e, updated: released } : e)), copy],
    changelog: [...served.changelog, entry],
  };
  await page.route('**/data/events*.json', (route) => route.fulfill({ json: patched }));
  await expectChangesSince(page, patched, served.version);
  // The changed fields are named in words.
  await expect(page.locator('.notice-changes')).toContainText(`${a.title.en} — changed: summary, sources`);
  expect(record.errors).toEqual([]);
});

test('a version this record does not list, or a newer one, is said so; garbage is a bad link and the map still works', async ({
  page,
  record,
}) => {
  const served = await servedRecord(page);
  await gotoReady(page, '?v=0.0.1');
  await expect(
    page.getByText(
      `This link names record version 0.0.1, which this record does not list, so what changed since cannot be shown.`,
    ),
  ).toBeVisible();

  await gotoReady(page, '?v=999.0.0');
  await expect(page.getByText(`record version 999.0.0, newer than this map’s ${served.version}`)).toBeVisible();

  await gotoReady(page, '?date=2022-09-20&v=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByText('Part of the link was not understood and was ignored: v.')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '20 September 2022');
  expect((await renderedEventIds(page)).length).toBeGreaterThan(0);
  await page.getByRole('region', { name: 'Events' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  expect(record.errors).toEqual([]);
});
