import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { FilterState } from '../../src/lib/state/filters.svelte';
import { worldmapIndex } from '../fixtures/worldmapSmall';
import WorldMapHarness from './WorldMapHarness.svelte';

// Pretend this browser has WebGL: the map then tries MapLibre, which cannot start in jsdom
// (no real canvas), exactly like a browser whose GPU process fails. The view must notice and draw
// the SVG map instead.
vi.mock('../../src/views/WorldMap/webgl', () => ({ webglAvailable: () => true }));

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => vi.restoreAllMocks());

describe('WorldMap when MapLibre cannot start', { timeout: 30_000 }, () => {
  it('falls back to the SVG map, which still toggles the country filter', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const filterState = new FilterState();
    render(WorldMapHarness, { props: { index: worldmapIndex(), filterState } });
    const map = await screen.findByRole('group', { name: 'World map' }, { timeout: 25_000 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('drawing the SVG map instead'), expect.anything());
    within(map).getByRole('button', { name: 'Iran, 1 engagement' }).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(filterState.countries).toEqual(['IRN']);
    expect(screen.getByRole('figure', { name: /^Counterpart countries/ })).toBeInTheDocument();
  });

  it('with renderer="svg" does not even try MapLibre', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(WorldMapHarness, { props: { index: worldmapIndex(), filterState: new FilterState(), renderer: 'svg' } });
    await screen.findByRole('group', { name: 'World map' }, { timeout: 25_000 });
    expect(warn).not.toHaveBeenCalled();
  });
});
