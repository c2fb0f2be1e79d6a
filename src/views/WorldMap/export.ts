/**
 * The map as a static picture (SVG/PNG download, `npm run export`): the same drawing as the live
 * SVG map with its legend underneath, and what the page says around it: planned events not
 * counted, deals without a site, and the organizations (and any country the basemap lacks) that
 * have no shape to colour, by name.
 */
import { publishersOf } from '../../lib/data/query';
import type { Basemap } from '../../lib/geo/basemap';
import { loadBasemap } from '../../lib/geo/loadBasemap';
import type { ExportInput, ViewExport } from '../shared/types';
import WorldMapDrawing from './WorldMapDrawing.svelte';
import { mapHeight, missingCodes } from './geometry';
import { LEGEND_FONT, MESSAGE_GAP, legendLayout } from './legend';
import { mapModel, mapScales, type MapModel } from './model';
import { dealIncluded } from './sites';

const GAP = 12;
/** Past this many names the note says "and N more". */
const NAMED = 8;

/** "Not on the map: United Nations (2), FIFA (1)." */
function offMapNote(input: ExportInput, model: MapModel, basemap: Basemap): string | undefined {
  const { i18n } = input;
  const counted = model.entries.filter((e) => e.count > 0);
  const missing = new Set(
    missingCodes(
      basemap,
      counted.map((e) => e.code),
    ),
  );
  const off = [...model.organizations, ...counted.filter((e) => missing.has(e.code))].sort(
    (a, b) => b.count - a.count || i18n.compare(a.name, b.name),
  );
  if (!off.length) return undefined;
  const names = off.map((o) => i18n.t('map.note.offMapEntry', { name: o.name, count: i18n.count(o.count) }));
  const list =
    names.length > NAMED
      ? i18n.t('context.andMore', { list: names.slice(0, NAMED).join(', '), count: i18n.count(names.length - NAMED) })
      : i18n.list(names);
  return i18n.t('map.note.offMap', { list });
}

/** Publishers cited by what is drawn: counted engagements and deals shown as sites. */
function publishers({ index, filtered, options }: ExportInput): string[] {
  const included = dealIncluded(index, options);
  return publishersOf(index, [
    ...filtered.engagements.filter((_, k) => options.planned || !index.ePlanned[filtered.e[k]!]),
    ...filtered.deals.filter((d, k) => included(filtered.d[k]!) && d.sites?.length),
  ]);
}

export default {
  async prepare() {
    return { basemap: await loadBasemap() };
  },
  draw(input, extra) {
    const basemap = extra.basemap as Basemap | undefined;
    if (!basemap)
      throw new Error('The map export needs the basemap: call prepare() and pass what it returns as `extra`.');
    const model = mapModel(input, mapScales(input.index, input.options, input.theme.map.classes.length));
    // Nothing matched: the message takes a row under the map (over it, it would hide the country chosen).
    const below = model.empty ? MESSAGE_GAP + LEGEND_FONT + 4 : 0;
    const legend = legendLayout(model, input.width, input.i18n, mapHeight(input.width) + GAP + below);
    const offMap = offMapNote(input, model, basemap);
    return {
      component: WorldMapDrawing,
      props: {
        model,
        basemap,
        width: input.width,
        theme: input.theme,
        static: true,
        legend,
        message: model.empty ? input.i18n.t('map.empty') : undefined,
      },
      height: Math.ceil(legend.bottom),
      description: model.summary,
      notes: offMap ? [...model.notes, offMap] : model.notes,
      sources: publishers(input),
      credit: input.i18n.t('map.credit'),
    };
  },
} satisfies ViewExport;
