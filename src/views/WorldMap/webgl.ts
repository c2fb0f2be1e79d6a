/**
 * Whether this browser can draw with WebGL at all, asked before MapLibre is downloaded so that a
 * browser without it (or with it switched off) goes straight to the SVG map.
 */
export function webglAvailable(doc: Document = document): boolean {
  // jsdom and some locked-down browsers have no WebGL constructors: no need to ask a canvas.
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
