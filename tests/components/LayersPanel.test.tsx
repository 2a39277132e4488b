// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LayersPanel } from '../../src/layers/LayersPanel';
import { createAppStore } from '../../src/state/store';
import { renderWithStore } from '../helpers/renderWithStore';

afterEach(cleanup);

const panel = () => screen.getByText('Layers & key').closest('details');

describe('LayersPanel', () => {
  it('starts folded behind a "Layers & key" toggle, so the map is seen first', () => {
    const store = createAppStore();
    renderWithStore(<LayersPanel />, store);
    expect(screen.getByText('Layers & key').tagName).toBe('SUMMARY');
    expect(panel()).not.toHaveAttribute('open');
    expect(store.getState().layersOpen).toBe(false);
  });

  it('tells the store when it is unfolded and folded, for the map to frame clear of it', () => {
    const store = createAppStore();
    renderWithStore(<LayersPanel />, store);
    const details = panel() as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(store.getState().layersOpen).toBe(true);
    details.open = false;
    fireEvent(details, new Event('toggle'));
    expect(store.getState().layersOpen).toBe(false);
  });
});
