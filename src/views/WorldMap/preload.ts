/**
 * Starts loading what the map needs (its loader, the basemap, the SVG drawing's code) before the
 * map is drawn. The page calls it while a dataset downloads and is checked in the worker, when the
 * main thread has nothing else to do; otherwise the map would start on all of it only once the
 * other views were drawn, and come last by the time it takes (half a second at 100,000
 * engagements). A failure here is met again, and said, when the map loads for real.
 */
let started = false;

/** Whether the page has started loading the map early (the view then need not wait for an idle moment). */
export const mapPreloaded = () => started;

export function preloadMap(): void {
  started = true;
  import('./mapLoader').then((m) => m.preload()).catch(() => {});
}
