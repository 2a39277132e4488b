// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statusLanes } from '../../src/model/crossingStatus';
import { fromDayNumber, toDayNumber } from '../../src/model/days';
import type { StateInterval } from '../../src/model/record';
import { DensityStrip } from '../../src/timeline/DensityStrip';
import { BARS_HEIGHT, MIN_BAR_HEIGHT } from '../../src/timeline/densityLayout';
import { buildTimeScale, xOfDay } from '../../src/timeline/timeScale';
import { makeEvent, timed } from '../helpers/makeEvent';

afterEach(cleanup);

const extent = { min: toDayNumber('2024-01-01'), max: toDayNumber('2024-12-31') };

const events = timed(
  makeEvent({ id: 'clash-1', date: '2024-05-03', category: 'clash' }),
  makeEvent({ id: 'clash-2', date: '2024-05-17', category: 'clash' }),
  makeEvent({ id: 'talks', date: '2024-05', precision: 'month', category: 'meeting' }),
  makeEvent({ id: 'deal', date: '2024-09-12', category: 'agreement', title: { en: 'Road deal' } }),
  makeEvent({ id: 'works', date: '2024-03', precision: 'season', category: 'infrastructure' }),
);

const borderStates: StateInterval[] = [{ status: 'closed', from: '2024-02-01', to: '2024-04-01', sources: ['src-a'] }];
const checkpointStates: Record<string, StateInterval[]> = {
  'cp-one': [{ status: 'open', from: '2024-06-01', sources: ['src-a'] }],
};

function setup(day = '2024-03-15') {
  const onPick = vi.fn<(day: number) => void>();
  render(
    <DensityStrip
      events={events}
      scale={buildTimeScale(
        extent,
        events.map((e) => e.startDay),
      )}
      day={toDayNumber(day)}
      lanes={statusLanes(borderStates, checkpointStates)}
      checkpointNames={{ 'cp-one': 'Checkpoint One' }}
      onPick={onPick}
    />,
  );
  const picked = () => onPick.mock.calls.map(([d]) => fromDayNumber(d));
  return { onPick, picked, user: userEvent.setup() };
}

describe('DensityStrip', () => {
  it('draws one bar per month of the extent, titled with its count', () => {
    setup();
    const bars = screen.getAllByTestId('density-bar');
    expect(bars.map((b) => b.getAttribute('data-month'))).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    const may = bars.find((b) => b.getAttribute('data-month') === '2024-05');
    // May also lies inside the March–May season, which the title owns up to without counting it.
    expect(may?.querySelector('title')?.textContent).toBe('May 2024: 3 events; 1 more dated only to a season or year');
    const september = bars.find((b) => b.getAttribute('data-month') === '2024-09');
    expect(september?.querySelector('title')?.textContent).toBe('September 2024: 1 event');
    // The season event covers March–May without being counted in March.
    const march = bars.find((b) => b.getAttribute('data-month') === '2024-03');
    expect(march?.querySelector('title')?.textContent).toBe('March 2024: no events; 1 more dated only to a season or year');
    const june = bars.find((b) => b.getAttribute('data-month') === '2024-06');
    expect(june?.querySelector('title')?.textContent).toBe('June 2024: no events');
  });

  it('moves to the latest event of a clicked month, or to the last day of an empty one', async () => {
    const { user, picked } = setup();
    const bar = (month: string) => screen.getAllByTestId('density-bar').find((b) => b.getAttribute('data-month') === month);
    const may = bar('2024-05');
    const july = bar('2024-07');
    if (!may || !july) throw new Error('bars missing');
    await user.click(may);
    await user.click(july);
    expect(picked()).toEqual(['2024-05-17', '2024-07-31']);
  });

  it('moves to a treaty or agreement when its tick is clicked', async () => {
    const { user, picked } = setup();
    const ticks = screen.getAllByTestId('density-tick');
    expect(ticks).toHaveLength(1);
    expect(ticks[0]?.querySelector('title')?.textContent).toBe('12 September 2024: Road deal');
    await user.click(ticks[0] as Element);
    expect(picked()).toEqual(['2024-09-12']);
  });

  it('moves to the day under the pointer on a lane, not to the start of its segment', () => {
    const { picked } = setup();
    const segments = screen.getAllByTestId('density-segment');
    expect(segments.map((s) => s.getAttribute('data-status'))).toEqual(['unknown', 'closed', 'unknown', 'unknown', 'open']);
    const scale = buildTimeScale(
      extent,
      events.map((e) => e.startDay),
    );
    // jsdom lays nothing out: give the lane a box 1000 px wide at x = 40, and click where the scale puts a day.
    const clickAt = (segment: Element, iso: string) => {
      const svg = segment.closest('svg') as SVGSVGElement;
      svg.getBoundingClientRect = () => ({ left: 40, width: 1000, top: 0, height: 18 }) as DOMRect;
      fireEvent.click(segment, { clientX: 40 + xOfDay(scale, toDayNumber(iso) + 0.5) * 1000 });
    };
    clickAt(segments[1] as Element, '2024-03-10');
    clickAt(segments[4] as Element, '2024-09-17');
    expect(picked()).toEqual(['2024-03-10', '2024-09-17']);
    expect(screen.getByText('Checkpoint One')).toBeInTheDocument();
  });

  it('draws a month with one event at least MIN_BAR_HEIGHT tall and the busiest month full height', () => {
    setup();
    const barHeight = (month: string) =>
      [
        ...(screen
          .getAllByTestId('density-bar')
          .find((b) => b.getAttribute('data-month') === month)
          ?.querySelectorAll('rect:not(.density-hit)') ?? []),
      ]
        .map((r) => Number(r.getAttribute('height')))
        .reduce((a, b) => a + b, 0);
    expect(barHeight('2024-05')).toBeCloseTo(BARS_HEIGHT, 6);
    expect(barHeight('2024-09')).toBeGreaterThanOrEqual(MIN_BAR_HEIGHT);
    expect(barHeight('2024-06')).toBe(0);
  });

  it('reads out the pointed-at month’s count, and the slider’s month otherwise', () => {
    setup('2024-09-20');
    const readout = screen.getByTestId('density-readout');
    expect(readout).toHaveTextContent('September 2024: 1 event');
    const may = screen.getAllByTestId('density-bar').find((b) => b.getAttribute('data-month') === '2024-05') as Element;
    fireEvent.mouseOver(may);
    expect(readout).toHaveTextContent('May 2024: 3 events; 1 more dated only to a season or year');
    fireEvent.mouseLeave(may.closest('svg') as Element);
    expect(readout).toHaveTextContent('September 2024: 1 event');
  });

  it('summarises the chart in a sentence for screen readers', () => {
    setup('2024-03-15');
    const group = screen.getByRole('group', { name: 'Events per month' });
    expect(group).toHaveTextContent(
      '4 events over 12 months. Busiest month: May 2024 (3 events). 1 more event is dated only to a season or year. ' +
        'Crossing status on 15 March 2024: Border closed; Checkpoint One not documented.',
    );
  });

  it('says in words what bars and rows mean, with the colour swatches one click away', async () => {
    const { user } = setup();
    expect(screen.getByTestId('density-explain')).toHaveTextContent(/Bars: events per month.*Rows: the status of the border/);
    const key = screen.getByText('Key').closest('details');
    expect(key).not.toHaveAttribute('open');
    await user.click(screen.getByText('Key'));
    expect(key).toHaveAttribute('open');
    expect(within(key as HTMLElement).getByText('Not documented')).toBeVisible();
  });
});
