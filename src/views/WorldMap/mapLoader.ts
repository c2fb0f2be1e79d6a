/**
 * Everything the map box needs that the first screen does not: the basemap, the WebGL probe, and
 * the renderer (MapLibre where WebGL works, else the SVG drawing with d3-geo). The view imports
 * this module dynamically once its first chart has painted, so none of it is in the first chunk
 * and the probe never delays a chart.
 */
import type { Component } from 'svelte';
import type { Basemap } from '../../lib/geo/basemap';
import { loadBasemap } from '../../lib/geo/loadBasemap';

/** Whether this browser can draw with WebGL at all, asked before MapLibre is downloaded. */
export function webglAvailable(doc: Document = document): boolean {
  // jsdom and some locked-down browsers have no WebGL constructors: no canvas to ask.
  if (typeof WebGLRenderingContext === 'undefined' && typeof WebGL2RenderingContext === 'undefined') return false;
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // Give the probe's context back at once: browsers cap how many can be alive.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export interface LoadedMap {
  basemap: Basemap;
  kind: 'maplibre' | 'svg';
  // The two renderers take different props; the view renders each with its own.
  component: Component<any>;
}

/** The SVG drawing: where WebGL is missing, or after MapLibre failed. */
export async function loadDrawing(basemap: Basemap): Promise<LoadedMap> {
  return { basemap, kind: 'svg', component: (await import('./MapDrawing.svelte')).default };
}

export async function loadMap(): Promise<LoadedMap> {
  const basemap = await loadBasemap();
  if (!webglAvailable()) return loadDrawing(basemap);
  return { basemap, kind: 'maplibre', component: (await import('./MaplibreMap.svelte')).default };
}
