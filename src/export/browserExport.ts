/**
 * The browser side of "Download SVG / PNG": mount the view's export component off-screen, take
 * its markup (the same component the command-line export renders on the server), and for PNG
 * draw that SVG onto a canvas at twice its size.
 */
import { flushSync, mount, unmount } from 'svelte';
import type { DatasetIndex, Filtered } from '../lib/data/query';
import type { EmbedView } from '../lib/state/url';
import { DEFAULT_EXPORT_WIDTH, SVG_EXPORTS } from './registry';
export { prepareExport } from './registry';
import { svgFile } from './svgText';

export function hasSvgExport(view: EmbedView): boolean {
  return view in SVG_EXPORTS;
}

/** `extra`: what prepareExport(view) loaded, for views that need it (the map's basemap). */
export function viewSvg(
  view: EmbedView,
  index: DatasetIndex,
  filtered: Filtered,
  width = DEFAULT_EXPORT_WIDTH,
  extra: Record<string, unknown> = {},
): string {
  const component = SVG_EXPORTS[view];
  if (!component) throw new Error(`The "${view}" view has no SVG export.`);
  const target = document.createElement('div');
  const instance = mount(component, { target, props: { index, filtered, width, ...extra } });
  flushSync();
  const markup = target.innerHTML;
  unmount(instance);
  return svgFile(markup);
}

/** Rasterise an SVG file at `scale` times its size (2 for crisp slides and print). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas, so PNG export is unavailable: use Download SVG.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
