// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapProvider, useSetMapController } from '../../src/map/MapContext';
import type { MapController } from '../../src/map/MapController';
import { toDayNumber } from '../../src/model/days';
import { RecordingCancelled, type RecordJob, recordVideo } from '../../src/video/recordVideo';
import { VideoButton } from '../../src/video/VideoButton';

// The recorder itself is replaced: these tests are about what the dialog does around it (focus,
// announcements); the real recording is tested in the browser (tests/e2e/video.spec.ts).
vi.mock('../../src/video/recordVideo', async (original) => ({
  ...(await original<typeof import('../../src/video/recordVideo')>()),
  recordVideo: vi.fn(),
}));

import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Stands in for the live map: the dialog needs one to offer Record, and frames from it to record. */
function FakeMap() {
  const set = useSetMapController();
  useEffect(
    () =>
      set({
        videoFrames: async () => ({
          next: async (into: HTMLCanvasElement) => ({ canvas: into, pixelRatio: 1, metersPerPixel: 50 }),
          release: () => undefined,
        }),
      } as unknown as MapController),
    [set],
  );
  return null;
}

/** A recorder the test drives: it reports progress when told, and finishes or is cancelled. */
function fakeRecorder() {
  const state: { job: RecordJob | null; finish: (blob: Blob) => void } = { job: null, finish: () => undefined };
  vi.mocked(recordVideo).mockImplementation(
    (job) =>
      new Promise<Blob>((resolve, reject) => {
        state.job = job;
        state.finish = resolve;
        job.signal.addEventListener('abort', () => reject(new RecordingCancelled()), { once: true });
      }),
  );
  // jsdom draws nothing: a 2D context that only measures text, and object URLs that are just names.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => ({ font: '', measureText: (t: string) => ({ width: t.length * 7 }) }) as unknown as CanvasRenderingContext2D,
  );
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:video', revokeObjectURL: () => undefined }));
  return state;
}

function setup() {
  // The record runs 1992–2025 (whole years), so its extent is 1 January 1992 to 31 December 2025.
  const store = storeWith([
    makeEvent({ id: 'first', date: '1992-10', precision: 'month' }),
    makeEvent({ id: 'clash', date: '2021-04-28', category: 'clash' }),
    makeEvent({ id: 'last', date: '2025-03-13' }),
  ]);
  store.getState().setDay(toDayNumber('2022-09-16'));
  renderWithStore(
    <MapProvider>
      <FakeMap />
      <VideoButton />
    </MapProvider>,
    store,
  );
  return store;
}

function canEncode() {
  vi.stubGlobal(
    'VideoEncoder',
    Object.assign(function fakeEncoder() {}, { isConfigSupported: async () => ({ supported: true }) }),
  );
  vi.stubGlobal('VideoFrame', function fakeFrame() {});
}

describe('Record video dialog', () => {
  it('says the browser cannot record, and shows no form, where nothing can record', async () => {
    // jsdom has neither WebCodecs nor MediaRecorder.
    setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Record video…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser cannot record video (it has no MediaRecorder).');
    expect(screen.queryByLabelText('From')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record' })).toBeNull();
  });

  it('starts on the five years up to the date and says how long the video will be', async () => {
    canEncode();
    setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Record video…' }));
    expect(await screen.findByLabelText('From')).toHaveValue('2017-09-16');
    expect(screen.getByLabelText('To')).toHaveValue('2022-09-16');
    // 1826 days at the store's default three months a second and 25 fps: ~3.65 days a frame.
    expect(screen.getByText(/^\d+ frames: a video of [\d.]+ s\.$/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Frame rate'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: 'year' } });
    expect(screen.getByText('51 frames: a video of 5.1 s.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record' })).toBeEnabled();
  });

  it('explains bad dates and offers no Record until they are fixed', async () => {
    canEncode();
    setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Record video…' }));
    const from = await screen.findByLabelText('From');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2015-01-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The end date must be after the start date.');
    expect(screen.getByRole('button', { name: 'Record' })).toBeDisabled();
    fireEvent.change(from, { target: { value: '1980-01-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Choose dates between 1 January 1992 and 31 December 2025.');
    fireEvent.change(from, { target: { value: '' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Enter both dates.');
    fireEvent.change(from, { target: { value: '1992-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-12-31' } });
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: 'month' } });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/That would be a video of \d+ s; the longest is 300 s\./),
    );
    expect(screen.getByRole('button', { name: 'Record' })).toBeDisabled();
  });

  it('moves the focus to Cancel while recording and to the download link when done', async () => {
    canEncode();
    const recorder = fakeRecorder();
    setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Record video…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Record' }));
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(recorder.job).not.toBeNull());
    expect(document.activeElement).toBe(cancel);
    await act(async () => recorder.finish(new Blob(['webm'], { type: 'video/webm' })));
    const link = await screen.findByRole('link', { name: 'Download the video (WebM)' });
    await waitFor(() => expect(document.activeElement).toBe(link));
  });

  it('puts the focus back on Record after a cancel', async () => {
    canEncode();
    const recorder = fakeRecorder();
    setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Record video…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Record' }));
    await waitFor(() => expect(recorder.job).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByText('Recording cancelled; nothing was saved and the map is back at its date.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Record' })));
  });

  it('announces the progress every tenth of the way, not every frame, and keeps the bar’s name', async () => {
    canEncode();
    const recorder = fakeRecorder();
    setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Record video…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Record' }));
    await waitFor(() => expect(recorder.job).not.toBeNull());
    const job = recorder.job as RecordJob;
    const total = job.days.length;
    // The default five years at three months a second and 25 fps: some 500 frames.
    expect(total).toBeGreaterThan(400);
    const bar = screen.getByRole('progressbar');
    const announced: string[] = [];
    const names = new Set<string | null>();
    const status = () => screen.getAllByRole('status').map((el) => el.textContent ?? '');
    announced.push(...status());
    for (let done = 1; done <= total; done++) {
      act(() => job.onProgress(done));
      names.add(bar.getAttribute('aria-label'));
      for (const text of status()) if (text !== announced[announced.length - 1]) announced.push(text);
    }
    expect(bar).toHaveAttribute('value', String(total));
    expect([...names]).toEqual(['Recording progress']);
    expect(announced).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => `${p} % recorded`));
  });
});
