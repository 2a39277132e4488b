// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/components/PanelBoundary';

afterEach(cleanup);

function Broken(): never {
  throw new Error('boom');
}

describe('PanelBoundary', () => {
  it('replaces only the failing panel with a message; its neighbours still render', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <div>
        <PanelBoundary name="Filters" message={(name) => `${name} stopped working`}>
          <Broken />
        </PanelBoundary>
        <PanelBoundary name="Events" message={(name) => `${name} stopped working`}>
          <p>events list</p>
        </PanelBoundary>
      </div>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Filters stopped working');
    expect(screen.getByText('events list')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
