/**
 * The map's static drawing in the prerendered page, so that the page is whole at first paint. The
 * build renders the dashboard with PREMAP_CONTEXT set: the map view then leaves an empty box
 * marked `data-premap` in its map box, and the build fills it with the drawing (fillPremap). The
 * box has no children in the view's template, so hydration adopts it without looking inside, and
 * the drawing stays on screen until the live map has drawn in its place. Pure.
 */

/** Svelte context key (set by src/prerender.ts): this render is the build's prerendered page. */
export const PREMAP_CONTEXT = 'unga:premap';

const escapeAttr = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Path data of straight segments (`M`, `L`, `Z`: what d3-geo writes for polygons) in whole px and
 * relative moves, with the points that rounding puts on the previous one left out: a sixth of the
 * bytes of the download's tenths of a px, for a picture that stands in until the live map draws
 * (where it is scaled up to 1.3 times, a point is off by less than a px). Other path data is
 * returned as it is.
 */
export function compactPath(d: string): string {
  if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
  let out = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      [x, y] = [startX, startY];
      continue;
    }
    const [nx, ny] = args!.split(',').map((v) => Math.round(Number(v)));
    if (!Number.isFinite(nx) || !Number.isFinite(ny)) return d;
    const [dx, dy] = [nx! - x, ny! - y];
    if (command === 'L' && dx === 0 && dy === 0) continue;
    out += `${command === 'M' ? 'm' : 'l'}${dx}${dy < 0 ? '' : ','}${dy}`;
    [x, y] = [nx!, ny!];
    if (command === 'M') [startX, startY] = [x, y];
  }
  return out;
}

/**
 * The map's box holds the drawing made at two widths, as each is shown (WorldMap.svelte's
 * `.premap` styles): a phone's box is drawn at about its own width, where the marks in px (dots,
 * sites) keep their size; any other box at 640 px, scaled to it. Their paths are thinned and
 * rounded as the downloads' are (compactPath then rounds them further).
 */
export const PREMAP_WIDTHS = { narrow: 336, wide: 640 } as const;

/**
 * The drawing's marks (WorldMapDrawing's static `<g>`, drawn `width` × `height`) as one picture
 * that scales to the map box: its viewBox keeps the box's aspect ratio at any page width.
 */
export function premapSvg(marks: string, size: keyof typeof PREMAP_WIDTHS, height: number, label: string): string {
  const body = marks
    // Svelte's hydration markers mean nothing in a picture that is never hydrated.
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${compactPath(d)}"`);
  const width = PREMAP_WIDTHS[size];
  return `<svg class="${size}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeAttr(label)}">${body}</svg>`;
}

/** The rendered page with the drawings put in the map view's empty box. */
export function fillPremap(html: string, svg: string): string {
  let found = 0;
  const filled = html.replace(/(<div\b[^>]*\sdata-premap\b[^>]*>)(<\/div>)/g, (_, open: string, close: string) => {
    found++;
    return `${open}${svg}${close}`;
  });
  if (found !== 1)
    throw new Error(
      `The prerendered page has ${found} boxes for the map's drawing (data-premap), not one: was the map view rendered with PREMAP_CONTEXT?`,
    );
  return filled;
}
