/**
 * Server-side rendering of a view's SVG (the command line, the snapshot tests and the bench's
 * static page), through svelte/server and the same ExportFrame the browser mounts.
 */
import { render } from 'svelte/server';
import type { ViewId } from '../lib/catalog/viewCatalog';
import type { ExportInput } from '../views/shared/types';
import ExportFrame from './ExportFrame.svelte';
import { exportFrame, loadViewExport, svgFile } from './registry';

export async function renderViewSvg(
  view: ViewId,
  input: ExportInput,
  options: { fontCss?: string } = {},
): Promise<string> {
  const { spec, extra } = await loadViewExport(view);
  const { layout, drawing, label } = exportFrame(view, spec, extra, input);
  const { body } = render(ExportFrame, {
    props: { layout, label, drawing, theme: input.theme, lang: input.i18n.lang },
  });
  return svgFile(body, options.fontCss);
}
