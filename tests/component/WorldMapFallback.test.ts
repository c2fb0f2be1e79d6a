// @vitest-environment jsdom
/**
 * Where WebGL seems available but MapLibre cannot start, the view says why in the console and
 * draws the SVG map instead: the same countries, still clickable.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WorldMap from '../../src/views/WorldMap/WorldMap.svelte';
import { fixture, indexOf, stubGpuWebgl, viewProps } from '../helpers';

// MapLibre loads, but cannot make its map (a blocked or lost WebGL context).
vi.mock('maplibre-gl', () => ({
  setWorkerUrl: () => {},
  Map: class {
    constructor() {
      throw new Error('Failed to initialize WebGL');
    }
  },
}));

describe('WorldMap without a working MapLibre', () => {
  beforeEach(stubGpuWebgl);
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('falls back to the SVG map, which still toggles countries', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const props = viewProps(indexOf(fixture('worldmap-small.json')));
    render(WorldMap, { props });
    const map = await screen.findByRole('group', { name: 'World map' }, { timeout: 30_000 });
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/MapLibre could not start/),
      new Error('Failed to initialize WebGL'),
    );
    expect(document.querySelector('.maplibre canvas')).toBeNull();
    await userEvent.setup().click(within(map).getByRole('button', { name: 'Fiji, 1 engagement' }));
    expect(props.actions.toggleCountry).toHaveBeenCalledWith('FJI');
  }, 30_000);
});
