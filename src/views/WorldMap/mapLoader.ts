/**
 * Everything the map box needs that the first screen does not: the basemap, the WebGL probe, and
 * the renderer (MapLibre where WebGL works, else the SVG drawing with d3-geo). The view imports
 * this module dynamically once its first chart has painted, so none of it is in the first chunk
 * and the probe never delays a chart.
 */
import type { Component } from 'svelte';
import type { Basemap } from '../../lib/geo/basemap';
import { loadBasemap } from '../../lib/geo/loadBasemap';

/**
 * Whether WebGL is worth using, asked before MapLibre is downloaded: 'gpu' where a graphics card
 * draws, 'software' where WebGL is emulated on the processor (SwiftShader, llvmpipe: every
 * MapLibre repaint then stalls the page in a pixel read-back, a hundred milliseconds a filter
 * click, while the SVG map repaints in a few), 'none' where there is no WebGL at all.
 */
export function webglKind(doc: Document = document): 'gpu' | 'software' | 'none' {
  // jsdom and some locked-down browsers have no WebGL constructors: no canvas to ask.
  if (typeof WebGLRenderingContext === 'undefined' && typeof WebGL2RenderingContext === 'undefined') return 'none';
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    // Give the probe's context back at once: browsers cap how many can be alive.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer) ? 'software' : 'gpu';
  } catch {
    return 'none';
  }
}

/** Where the reader (or a test) asked for a renderer: `localStorage['unga:map-renderer']` = 'maplibre' | 'svg'. */
function rendererChoice(): string | null {
  try {
    return localStorage.getItem('unga:map-renderer');
  } catch {
    return null;
  }
}

export interface LoadedMap {
  basemap: Basemap;
  kind: 'maplibre' | 'svg';
  // The two renderers take different props; the view renders each with its own.
  component: Component<any>;
}

/**
 * The SVG drawing: where WebGL is missing, or after MapLibre failed. Given the width it will be
 * drawn at, its geometry is made first, in slices (see prepareMapGeometry), so that drawing it
 * takes one short task.
 */
export async function loadDrawing(basemap: Basemap, width?: number): Promise<LoadedMap> {
  const [{ default: component }, { prepareMapGeometry }] = await Promise.all([
    import('./WorldMapDrawing.svelte'),
    import('./geometry'),
  ]);
  if (width) await prepareMapGeometry(basemap, width);
  return { basemap, kind: 'svg', component };
}

/** Loads the basemap and the SVG drawing's code ahead of time (preload.ts): both are kept once loaded. */
export function preload(): Promise<unknown> {
  return Promise.all([loadBasemap(), import('./WorldMapDrawing.svelte'), import('./geometry')]);
}

/** `width()`: the map box's width when the drawing is ready to be made (the SVG map's geometry depends on it). */
export async function loadMap(width?: () => number): Promise<LoadedMap> {
  const basemap = await loadBasemap();
  const kind = webglKind();
  const choice = rendererChoice();
  if (kind === 'none' || choice === 'svg' || (kind === 'software' && choice !== 'maplibre'))
    return loadDrawing(basemap, width?.());
  return { basemap, kind: 'maplibre', component: (await import('./MaplibreWithDrawing.svelte')).default };
}
