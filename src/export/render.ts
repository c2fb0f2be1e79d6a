/**
 * Server-side rendering of a view's SVG for the command-line export (loaded by scripts/export.ts
 * through Vite, which compiles the Svelte components for the server).
 */
import { render } from 'svelte/server';
import { filterDataset, indexDataset, type Filters } from '../lib/data/query';
import type { Dataset } from '../lib/data/schema';
import type { EmbedView } from '../lib/state/url';
import { prepareExport, SVG_EXPORTS } from './registry';
import { svgFile } from './svgText';

export async function renderViewSvg(view: EmbedView, data: Dataset, filters: Filters, width: number): Promise<string> {
  const component = SVG_EXPORTS[view];
  if (!component) {
    throw new Error(`The "${view}" view has no SVG export; use --format csv or json, or one of: ${Object.keys(SVG_EXPORTS).join(', ')}.`);
  }
  const index = indexDataset(data);
  const extra = await prepareExport(view);
  const { body } = render(component, { props: { index, filtered: filterDataset(index, filters), width, ...extra } });
  return svgFile(body);
}
