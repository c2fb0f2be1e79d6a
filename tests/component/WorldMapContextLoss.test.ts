// @vitest-environment jsdom
/**
 * When the graphics card stops drawing (the WebGL context is lost), the SVG map takes MapLibre's
 * place with a notice, and works as usual; when the context comes back and MapLibre has drawn its
 * rebuilt style, MapLibre is the map again. MapLibre here is a stand-in that fires the events the
 * real one fires (the real swap runs in Chromium: tests/e2e/map.spec.mjs).
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WorldMap from '../../src/views/WorldMap/WorldMap.svelte';
import { fixture, indexOf, stubGpuWebgl, viewProps } from '../helpers';

const TIMEOUT = 30_000;

/** The maps made, newest last: the test fires their events. */
const maps: FakeMap[] = [];

class FakeMap {
  listeners = new Map<string, Set<(e?: unknown) => void>>();
  featureStates: string[] = [];
  removed = 0;
  canvas: HTMLCanvasElement;
  constructor(public options: { container: HTMLElement }) {
    this.canvas = document.createElement('canvas');
    options.container.append(this.canvas);
    maps.push(this);
  }
  on(type: string, fn: (e?: unknown) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(fn);
    return this;
  }
  once(type: string, fn: (e?: unknown) => void) {
    const once = (e?: unknown) => {
      this.listeners.get(type)?.delete(once);
      fn(e);
    };
    return this.on(type, once);
  }
  fire(type: string) {
    for (const fn of [...(this.listeners.get(type) ?? [])]) fn({ type });
  }
  setFeatureState(target: { source: string; id: string }) {
    this.featureStates.push(`${target.source}:${target.id}`);
  }
  remove() {
    this.removed += 1;
    this.canvas.remove();
  }
  addControl() {}
  setMissingStyleImageResolver() {}
  getCanvas = () => this.canvas;
  getContainer = () => this.options.container;
  project = () => ({ x: 10, y: 10 });
  getSource = () => undefined;
  hasImage = () => false;
  setMinZoom() {}
  // The view framed on what was met.
  cameraForBounds = () => ({ center: [40, 40], zoom: 1 });
  jumpTo() {}
  getZoom = () => 1;
}

vi.mock('maplibre-gl', () => ({ setWorkerUrl: () => {}, Map: FakeMap, NavigationControl: class {} }));

describe('WorldMap when the WebGL context is lost', () => {
  beforeEach(() => {
    maps.length = 0;
    stubGpuWebgl();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it(
    'shows the SVG map and a notice in its place, then gives the map back to MapLibre',
    async () => {
      const props = viewProps(indexOf(fixture('worldmap-small.json')));
      const { unmount } = render(WorldMap, { props });
      await waitFor(() => expect(maps).toHaveLength(1), { timeout: TIMEOUT });
      const map = maps[0]!;
      map.fire('load');
      const figure = screen.getByRole('figure', { name: /^Counterpart countries/ });
      await within(figure).findByRole('button', { name: 'Reset view' });
      const status = within(figure)
        .getAllByRole('status')
        .find((s) => s.classList.contains('context-notice'))!;
      expect(status).toHaveTextContent(/^$/);

      map.fire('webglcontextlost');
      const drawing = await within(figure).findByRole('group', { name: 'World map' }, { timeout: TIMEOUT });
      expect(status).toHaveTextContent('The graphics card stopped drawing the map, so a simpler map is shown.');
      expect(within(figure).queryByRole('button', { name: 'Reset view' })).toBeNull();
      await userEvent.setup().click(within(drawing).getByRole('button', { name: 'Fiji, 1 engagement' }));
      expect(props.actions.toggleCountry).toHaveBeenCalledWith('FJI');

      // MapLibre rebuilds its style after the restore: the drawing stays until it has painted.
      map.featureStates.length = 0;
      map.fire('webglcontextrestored');
      map.fire('style.load');
      expect(within(figure).getByRole('group', { name: 'World map' })).toBeInTheDocument();
      // The rebuilt style has lost its feature states: every country's colour is sent again.
      await waitFor(() => expect(map.featureStates).toContain('countries:FJI'));
      map.fire('idle');
      await waitFor(() => expect(within(figure).queryByRole('group', { name: 'World map' })).toBeNull());
      expect(status).toHaveTextContent(/^$/);
      expect(within(figure).getByRole('button', { name: 'Reset view' })).toBeInTheDocument();
      // The same map came back: none was made again, none was left behind.
      expect(maps).toHaveLength(1);
      expect(map.removed).toBe(0);
      unmount();
      expect(map.removed).toBe(1);
    },
    TIMEOUT,
  );
});
