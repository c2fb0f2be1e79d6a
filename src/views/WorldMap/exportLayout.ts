/**
 * The world map as a static picture for reports: the SVG map's own drawing (svgLayout.ts) with the
 * live view's colour classes and deal sites, plus what the page says around the map in HTML and a
 * standalone file must say in SVG text: the legend laid out in rows, the organizations (and any
 * country the basemap lacks) as a "Not on the map" line, the subtitle and the source line. Pure,
 * so the browser download and the command-line export get the same numbers.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { engagementsByCountry, type DatasetIndex, type Filtered } from '../../lib/data/query';
import { formatCount } from '../../lib/data/format';
import type { Basemap } from '../../lib/geo/basemap';
import { countryName } from '../../lib/geo/countries';
import { wrapText } from '../../export/svgText';
import { plainSpaces, px, yearsNote } from '../DealChart/exportLayout';
import { EMPTY_TEXT, engagementsLabel, mapSummary, MAP_TITLE } from './layout';
import { BASEMAP_CREDIT, colorClasses, countryFills, LEGEND_TITLE } from './legend';
import { siteMarks, siteMaxRadius, sizeLegend } from './sites';
import { DEFAULT_PALETTE, type MapPalette } from './style';
import { countryFill, siteStyle, svgMapLayout, tinyMarker, type SiteStyle } from './svgLayout';
import { flowKeys, LEGEND_FONT, legendSpecs, listLines, NOTE_LINE, type LegendKey } from './exportLegend';

/** SvgFrame's side padding: the map is drawn inside it. */
export const FRAME_PAD = 16;
/** Fixed, not generated: the server and the browser must write the same file. */
export const HATCH_ID = 'map-home-hatch';
const MAP_PAD = 4;
const GAP = 12;
export const TITLE_LINE = 16;
export const NOT_LOADED_TEXT = 'Basemap not loaded: the map could not be drawn.';

export interface MapShape {
  key: string;
  d: string;
  fill: string;
  /** "United States, 3 engagements" for a counterpart: the shape's <title>. */
  title?: string;
}

export interface MapDot {
  key: string;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  title?: string;
}

export interface MapSite {
  key: string;
  cx: number;
  cy: number;
  r: number;
  /** The place's name: the circle's <title>. */
  name: string;
  style: SiteStyle;
}

export interface MapExportLayout {
  x: number;
  title: string;
  subtitle: string;
  source: string;
  width: number;
  mapHeight: number;
  /** Outline of the globe, the sea; empty without a basemap. */
  sphere: string;
  /** Other countries first, then counterparts, so the counterparts' borders are never covered. */
  shapes: MapShape[];
  dots: MapDot[];
  sites: MapSite[];
  /** Said on the map: it was not loaded, or nothing matches. */
  message: string;
  legendY: number;
  legendTitle: string[];
  legend: LegendKey[];
  notesY: number;
  notes: string[];
  chartHeight: number;
  palette: MapPalette;
}

/** Height of the Equal Earth world drawn `width` wide with svgMapLayout's padding. */
export function fittedMapHeight(width: number, pad = MAP_PAD): number {
  const sphere = { type: 'Sphere' } as const;
  const [[, y0], [, y1]] = geoPath(geoEqualEarth().fitWidth(Math.max(1, width - 2 * pad), sphere)).bounds(sphere);
  return Math.ceil(y1 - y0 + 2 * pad);
}

/** "Sources: Kazinform, Orda.kz. Basemap: …" from the publishers cited by the records drawn. */
export function mapSourceLine(index: DatasetIndex, records: readonly { citations: readonly { source: string }[] }[]): string {
  const cited = new Set(records.flatMap((r) => r.citations.map((c) => c.source)));
  const publishers = [...new Set(index.data.sources.filter((s) => cited.has(s.id)).map((s) => s.publisher))];
  const sources = publishers.length
    ? `${publishers.length === 1 ? 'Source' : 'Sources'}: ${publishers.join(', ')}.`
    : `Data: ${index.data.title}.`;
  return `${sources} ${BASEMAP_CREDIT}.`;
}

export function mapExportLayout(
  index: DatasetIndex,
  filtered: Filtered,
  options: { width: number; basemap?: Basemap; palette?: MapPalette },
): MapExportLayout {
  const palette = options.palette ?? DEFAULT_PALETTE;
  const inner = Math.max(40, options.width - 2 * FRAME_PAD);
  const counts = engagementsByCountry(filtered.engagements, index);
  const classes = colorClasses(counts.countries.map((c) => c.count));
  const fills = countryFills(counts.countries, classes);
  const home = index.data.delegation.country;
  const hatch = `url(#${HATCH_ID})`;
  const maxRadius = siteMaxRadius(inner);
  const marks = siteMarks(filtered.deals, index, maxRadius);

  const map = options.basemap ? svgMapLayout(options.basemap, inner, fittedMapHeight(inner), MAP_PAD) : undefined;
  const mapHeight = map ? map.height : 28;
  const counted = new Map(counts.countries.map((c) => [c.code, c]));
  const shapes: MapShape[] = [];
  const dots: MapDot[] = [];
  const drawn = new Set<string>();
  if (map) {
    const others = map.countries.filter((c) => !(c.code && counted.has(c.code)));
    const counterparts = map.countries.filter((c) => c.code && counted.has(c.code));
    for (const c of [...others, ...counterparts]) {
      const count = c.code ? counted.get(c.code) : undefined;
      const fill = countryFill(c.code, fills, home, hatch, palette.land);
      const title = count ? plainSpaces(`${count.name}, ${engagementsLabel(count.count)}`) : undefined;
      shapes.push({ key: c.key, d: c.d, fill, title });
      if (!count) continue;
      drawn.add(count.code);
      const dot = tinyMarker(map, c, true);
      if (dot) dots.push({ key: c.key, cx: px(dot[0]), cy: px(dot[1]), r: 3.5, fill, title });
    }
  }
  const sites: MapSite[] = map
    ? marks.flatMap((s) => {
        const p = map.project([s.lon, s.lat]);
        return p ? [{ key: s.key, cx: px(p[0]), cy: px(p[1]), r: px(s.radius), name: s.name, style: siteStyle(s.undisclosed, palette) }] : [];
      })
    : [];

  const empty = filtered.engagements.length === 0 && filtered.deals.length === 0;
  const message = !map ? NOT_LOADED_TEXT : empty ? `${EMPTY_TEXT}.` : '';

  const legendY = mapHeight + GAP;
  const legendTitle = wrapText(LEGEND_TITLE, inner, LEGEND_FONT);
  const specs = legendSpecs(classes, plainSpaces(countryName(home)), sizeLegend(marks, maxRadius), marks.some((m) => m.undisclosed), palette, hatch);
  const flowed = flowKeys(specs, inner, legendY + legendTitle.length * TITLE_LINE + 4);

  // Organizations have no shape, nor has a country the basemap lacks: both are named instead.
  const offMap = [
    ...counts.organizations.map((o) => ({ name: o.actor.name, count: o.count })),
    ...counts.countries.filter((c) => map && !drawn.has(c.code)).map((c) => ({ name: c.name, count: c.count })),
  ].sort((a, b) => b.count - a.count);
  const notes = listLines('Not on the map', offMap.map((o) => plainSpaces(`${o.name} (${formatCount(o.count)})`)), inner);
  const notesY = flowed.bottom + (notes.length ? GAP : 0);

  const shownDeals = filtered.deals.filter((d) => d.sites?.length);
  return {
    x: FRAME_PAD,
    title: MAP_TITLE,
    subtitle: plainSpaces(yearsNote(filtered, index) + mapSummary(counts.countries)),
    source: plainSpaces(mapSourceLine(index, [...filtered.engagements, ...shownDeals])),
    width: inner,
    mapHeight,
    sphere: map?.sphere ?? '',
    shapes,
    dots,
    sites,
    message,
    legendY,
    legendTitle,
    legend: flowed.keys,
    notesY,
    notes,
    chartHeight: Math.ceil(notesY + notes.length * NOTE_LINE),
    palette,
  };
}
