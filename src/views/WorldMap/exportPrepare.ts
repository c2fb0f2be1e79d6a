/**
 * What the map's SVG export needs before it can render: the basemap. svelte/server's `render` and
 * the browser's mount-then-read are synchronous, while the basemap is a dynamic import (its own
 * 750 kB chunk, kept out of the first screen), so callers await this first and pass the result
 * to WorldMapSvg as props.
 */
import type { Basemap } from '../../lib/geo/basemap';
import { loadBasemap } from '../../lib/geo/loadBasemap';

export interface MapExportExtras {
  basemap: Basemap;
}

/** The extra props of WorldMapSvg: `{ basemap }`, the same prepared features the live map draws. */
export async function prepareMapExport(): Promise<MapExportExtras> {
  return { basemap: await loadBasemap() };
}
