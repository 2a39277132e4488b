// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapProvider, useSetMapController } from '../../src/map/MapContext';
import type { MapController } from '../../src/map/MapController';
import { toDayNumber } from '../../src/model/days';
import { VideoButton } from '../../src/video/VideoButton';
import { makeEvent } from '../helpers/makeEvent';
import { renderWithStore, storeWith } from '../helpers/renderWithStore';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Stands in for the live map: the dialog only needs one to exist before it offers Record. */
function FakeMap() {
  const set = useSetMapController();
  useEffect(() => set({} as MapController), [set]);
  return null;
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
});
