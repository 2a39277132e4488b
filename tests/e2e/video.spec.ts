import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { expect, gotoReady, isLocal, test } from './fixtures';

/**
 * Record video: a 3-second recording (30 frames at 10 fps) is a real WebM whose decoded length is
 * frames ÷ fps and whose first and last frames differ; Cancel leaves no file and the date as it was.
 * 30 frames keep the test short on software WebGL (each date takes a few hundred ms to draw).
 */

/** From 1 January 2020 to 1 December 2022 (1065 days) at a year a second and 10 fps: 29 steps of ~36.7 days, 30 frames. */
async function fillForm(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Record a video' });
  await dialog.getByLabel('From').fill('2020-01-01');
  await dialog.getByLabel('To').fill('2022-12-01');
  await dialog.getByLabel('Speed').selectOption({ label: '1 year per second' });
  await dialog.getByLabel('Frame rate').selectOption({ label: '10 frames per second' });
  return dialog;
}

async function openDialog(page: Page) {
  await page.locator('summary', { hasText: 'Share & download' }).click();
  await page.getByRole('button', { name: 'Record video…' }).click();
  return page.getByRole('dialog', { name: 'Record a video' });
}

interface Decoded {
  duration: number;
  width: number;
  height: number;
  /** Pixels that differ between the first and the last frame, in the map and in the date's place. */
  mapDiff: number;
  dateDiff: number;
  lastFramePng: string;
  /** Distinct pictures of the date's place, one sample in the middle of each frame's time. */
  distinctDates: number;
  /** Rows of the last frame where the map begins and ends, down a line through the map's box. */
  mapTop: number;
  mapBottom: number;
}

/** Decodes the WebM with a <video> in the page and compares its first and last frames. */
function decodeInPage(page: Page, b64: string, frameCount: number, fps: number): Promise<Decoded> {
  return page.evaluate(
    async ({ data, frameCount, fps }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
      const once = (name: string) =>
        new Promise<void>((resolve) => video.addEventListener(name, () => resolve(), { once: true }));
      const loaded = once('loadedmetadata');
      video.load();
      await loaded;
      // MediaRecorder's WebM carries no duration: seeking past the end makes the browser find it.
      if (!Number.isFinite(video.duration)) {
        const known = once('durationchange');
        video.currentTime = 1e6;
        await known;
      }
      const duration = video.duration;
      const frameAt = async (time: number) => {
        const seeked = once('seeked');
        video.currentTime = time;
        await seeked;
        const canvas = document.createElement('canvas');
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(video, 0, 0);
        return { canvas, pixels: ctx.getImageData(0, 0, canvas.width, canvas.height).data };
      };
      // One frame per date, each shown for 1/fps s: sampled mid-frame, every date region is a new picture.
      const dateRegions = new Set<string>();
      for (let k = 0; k < frameCount; k++) {
        const { pixels } = await frameAt((k + 0.5) / fps);
        let hash = 0;
        for (let y = 60; y < 140; y++) {
          for (let x = Math.round(video.videoWidth * 0.7); x < video.videoWidth; x++) {
            hash = (hash * 31 + (pixels[(y * video.videoWidth + x) * 4] ?? 0)) | 0;
          }
        }
        dateRegions.add(String(hash));
      }
      const first = await frameAt(0);
      const last = await frameAt(Math.max(0, duration - 0.05));
      const w = video.videoWidth;
      // The map's box is the left 68 %; the date sits in the column's top band (videoLayout).
      const diffIn = (x0: number, y0: number, x1: number, y1: number) => {
        let n = 0;
        for (let y = y0; y < y1; y++) {
          for (let x = x0; x < x1; x++) {
            const i = (y * w + x) * 4;
            const d =
              Math.abs((first.pixels[i] ?? 0) - (last.pixels[i] ?? 0)) +
              Math.abs((first.pixels[i + 1] ?? 0) - (last.pixels[i + 1] ?? 0)) +
              Math.abs((first.pixels[i + 2] ?? 0) - (last.pixels[i + 2] ?? 0));
            if (d > 60) n++;
          }
        }
        return n;
      };
      // The white bands above and below the fitted map: rows where the line through the map is all white.
      const white = (y: number) => {
        const x = Math.round(w * 0.34);
        const i = (y * w + x) * 4;
        return [0, 1, 2].every((c) => (last.pixels[i + c] ?? 0) > 245);
      };
      let mapTop = 0;
      while (mapTop < video.videoHeight - 1 && white(mapTop)) mapTop++;
      let mapBottom = video.videoHeight - 1;
      while (mapBottom > 0 && white(mapBottom)) mapBottom--;
      return {
        mapTop,
        mapBottom,
        duration,
        width: w,
        height: video.videoHeight,
        mapDiff: diffIn(0, 0, Math.round(w * 0.7), video.videoHeight),
        dateDiff: diffIn(Math.round(w * 0.7), 60, w, 140),
        lastFramePng: last.canvas.toDataURL('image/png').split(',')[1] ?? '',
        distinctDates: dateRegions.size,
      };
    },
    { data: b64, frameCount, fps },
  );
}

test('a 3-second recording is a WebM of 3 s whose first and last frames differ', async ({ page, record }) => {
  test.setTimeout(120_000);
  const started = Date.now();
  await gotoReady(page, '?date=2023-06-15');
  const dialog = await openDialog(page);
  await fillForm(page);
  await expect(dialog.getByText('30 frames: a video of 3 s.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Record' }).click();
  // Progress is shown while it records, and the focus waits on Cancel (Record is gone).
  await expect(dialog.getByText(/^Frame \d+ of 30$/)).toBeVisible();
  await expect(dialog.locator('progress')).toHaveAttribute('max', '30');
  await expect(dialog.getByRole('progressbar', { name: 'Recording progress' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const link = dialog.getByRole('link', { name: 'Download the video (WebM)' });
  await expect(link).toBeVisible({ timeout: 90_000 });
  await expect(link).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('kg-tj-border-map-2020-01-01-to-2022-12-01.webm');
  const bytes = readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(1000);
  // EBML magic: every WebM begins with it.
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);

  const decoded = await decodeInPage(page, bytes.toString('base64'), 30, 10);
  expect(decoded.width).toBe(1280);
  expect(decoded.height).toBe(720);
  // 30 ÷ 10: the file states its duration (frames ÷ fps), so the browser reads it to the millisecond.
  expect(Math.abs(decoded.duration - 3)).toBeLessThanOrEqual(0.01);
  // …and its frames are where that says: 30 different dates, one in each tenth of a second.
  expect(decoded.distinctDates).toBe(30);
  expect(decoded.mapDiff).toBeGreaterThan(1000);
  expect(decoded.dateDiff).toBeGreaterThan(1000);
  writeFileSync('docs/screenshots/video-frame.png', Buffer.from(decoded.lastFramePng, 'base64'));
  // The whole on-screen map is in the frame, not a crop of it: fitted to the 870 px wide map box
  // (the left 68 %), its height in the frame is 870 ÷ the on-screen map's aspect.
  const onScreen = await page.locator('.maplibregl-canvas').boundingBox();
  if (!onScreen) throw new Error('no map on screen');
  const aspect = onScreen.width / onScreen.height;
  expect(aspect).toBeGreaterThan(870 / 720);
  const drawnHeight = decoded.mapBottom - decoded.mapTop + 1;
  expect(Math.abs(drawnHeight - 870 / aspect)).toBeLessThanOrEqual(4);
  expect(Math.abs(decoded.mapTop - (720 - drawnHeight) / 2)).toBeLessThanOrEqual(3);

  // The app's date is back where it was.
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', /15 June 2023/);
  expect(record.errors).toEqual([]);
  expect(record.requests.filter((u) => !isLocal(u, BASE_URL))).toEqual([]);
  console.log(
    `video test: ${((Date.now() - started) / 1000).toFixed(1)} s, duration ${decoded.duration}, ${bytes.length} bytes, diff map ${decoded.mapDiff} date ${decoded.dateDiff}`,
  );
});

test('Cancel stops the recording, keeps no file and puts the date back', async ({ page, record }) => {
  await gotoReady(page, '?date=2023-06-15');
  let downloads = 0;
  page.on('download', () => downloads++);
  const dialog = await openDialog(page);
  await fillForm(page);
  await dialog.getByRole('button', { name: 'Record' }).click();
  await expect(dialog.getByText(/^Frame [3-9] of 30$/)).toBeVisible({ timeout: 30_000 });
  // Mid-way, the map shows a date of the recording, not the app's own.
  await expect(page.getByRole('slider', { name: 'Date' })).not.toHaveAttribute('aria-valuetext', /15 June 2023/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByText('Recording cancelled; nothing was saved and the map is back at its date.')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Download the video (WebM)' })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', /15 June 2023/);
  await expect(page).toHaveURL(/date=2023-06-15/);
  // The form is back, ready for another try.
  await expect(dialog.getByRole('button', { name: 'Record' })).toBeEnabled();
  await expect(dialog.getByRole('button', { name: 'Record' })).toBeFocused();
  expect(downloads).toBe(0);
  expect(record.errors).toEqual([]);
  expect(record.requests.filter((u) => !isLocal(u, BASE_URL))).toEqual([]);
});

test('a browser that cannot record says so before the form', async ({ page, record }) => {
  // As in a browser with neither WebCodecs' encoder nor MediaRecorder.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.VideoEncoder;
    delete w.MediaRecorder;
  });
  await gotoReady(page, '?date=2023-06-15');
  const dialog = await openDialog(page);
  await expect(dialog.getByRole('alert')).toHaveText(
    'This browser cannot record video (it has no MediaRecorder). Try a recent Chrome, Edge or Firefox.',
  );
  await expect(dialog.getByRole('button', { name: 'Record' })).toHaveCount(0);
  await expect(dialog.getByLabel('From')).toHaveCount(0);
  expect(record.errors).toEqual([]);
});
