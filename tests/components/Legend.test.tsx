// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Legend } from '../../src/layers/Legend';
import { NARROW_QUERY } from '../../src/model/layout';
import { MAP_KEY_ITEMS } from '../../src/model/mapKey';
import { createAppStore } from '../../src/state/store';
import { renderWithStore } from '../helpers/renderWithStore';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A window whose width matches the narrow breakpoint or not. */
function screenWidth(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === NARROW_QUERY ? narrow : false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

const details = () => screen.getByText('Legend').closest('details');

describe('Legend', () => {
  it('is open at first on a wide screen, and folds and unfolds from its heading', () => {
    screenWidth(false);
    renderWithStore(<Legend />, createAppStore());
    expect(details()).toHaveAttribute('open');
    expect(screen.getByText('Batken Region (Kyrgyzstan)')).toBeVisible();
    fireEvent.click(screen.getByText('Legend'));
    expect(details()).not.toHaveAttribute('open');
    fireEvent.click(screen.getByText('Legend'));
    expect(details()).toHaveAttribute('open');
  });

  it('is open at first on a narrow screen too: the layers panel around it is what starts folded', () => {
    screenWidth(true);
    renderWithStore(<Legend />, createAppStore());
    expect(details()).toHaveAttribute('open');
    expect(screen.getByText('Legend').tagName).toBe('SUMMARY');
  });

  it('lists the map key in the interface language, each enclave in its holder’s colours', () => {
    screenWidth(false);
    const store = createAppStore();
    renderWithStore(<Legend />, store);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(MAP_KEY_ITEMS.length);
    const swatch = (text: string) => screen.getByText(text).querySelector('[aria-hidden]') as HTMLElement;
    expect(swatch('Tajik enclave').style.background).not.toBe(swatch('Uzbek enclave').style.background);
    act(() => store.getState().setLang('ru'));
    expect(screen.getByText('Согдийская область (Таджикистан)')).toBeInTheDocument();
  });

  it('leaves out the entries of a hidden layer', () => {
    screenWidth(false);
    const store = createAppStore();
    renderWithStore(<Legend />, store);
    expect(screen.getByText('Uzbek enclave')).toBeInTheDocument();
    act(() => store.getState().setLayer('enclaves', false));
    expect(screen.queryByText('Uzbek enclave')).toBeNull();
    expect(screen.getByText('Batken Region (Kyrgyzstan)')).toBeInTheDocument();
  });
});
