/**
 * Loads the bundled basemap on demand. The TopoJSON is imported dynamically so that Vite puts it
 * in its own chunk: the first screen does not wait for 750 kB of coastlines, and no tile server
 * or network is involved.
 */
import type { Topology } from 'topojson-specification';
import { basemapFromTopology, type Basemap } from './basemap';

let pending: Promise<Basemap> | undefined;

/** The countries basemap (Natural Earth 1:50m, fine enough to find Estonia or Slovenia). */
export function loadBasemap(): Promise<Basemap> {
  pending ??= import('world-atlas/countries-50m.json')
    .then((m) => basemapFromTopology(m.default as unknown as Topology))
    .catch((error: unknown) => {
      // Let a later mount try again instead of caching the failure.
      pending = undefined;
      throw error;
    });
  return pending;
}
