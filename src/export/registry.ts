/**
 * Each view's static drawing for export (the default export of its folder's `export.ts`), loaded
 * on demand so that no export code is in the page's first chunk. The download buttons and
 * `npm run export` both go through `exportFrame`, so the browser and the command line make the
 * same file.
 */
import { viewDefinition, type ViewId } from '../lib/catalog/viewCatalog';
import { attribution, sentences } from '../lib/state/exportAttribution';
import { fileStem } from '../lib/state/context';
import type { ExportDrawing, ExportInput, ViewExport } from '../views/shared/types';
import { frameLayout, type FrameLabel, type FrameLayout } from './frame';
import { wellFormedXml } from './wellFormedXml';

// Lazy: each is a chunk of its own, found by its view's folder (the catalog's `folder`).
const LOADERS = import.meta.glob<ViewExport>('../views/*/export.ts', { import: 'default' });

const prepared = new Map<ViewId, Promise<{ spec: ViewExport; extra: Record<string, unknown> }>>();

function loader(view: ViewId): () => Promise<ViewExport> {
  const { folder } = viewDefinition(view);
  const load = LOADERS[`../views/${folder}/export.ts`];
  if (!load)
    throw new Error(`The view "${view}" has no export: add src/views/${folder}/export.ts (see docs/architecture.md).`);
  return load;
}

/** A view's export and whatever its drawing needs loaded (the map's basemap), once per page or process. */
export function loadViewExport(view: ViewId): Promise<{ spec: ViewExport; extra: Record<string, unknown> }> {
  let pending = prepared.get(view);
  if (!pending) {
    pending = loader(view)().then(async (spec) => ({ spec, extra: (await spec.prepare?.()) ?? {} }));
    pending.catch(() => prepared.delete(view));
    prepared.set(view, pending);
  }
  return pending;
}

export { DEFAULT_EXPORT_WIDTH } from './frame';

/** The drawing, the frame around it and its label, for these inputs. Pure once the export is loaded. */
export function exportFrame(
  view: ViewId,
  spec: ViewExport,
  extra: Record<string, unknown>,
  input: ExportInput,
): { layout: FrameLayout; drawing: ExportDrawing; label: FrameLabel } {
  const { i18n, index, filters, options } = input;
  // The drawing gets the width inside the frame's padding.
  const inner = { ...input, width: Math.max(40, input.width - 32) };
  const drawing = spec.draw(inner, extra);
  // Whose data, which view, which filters, from where: the same words as the embed and the printed page.
  const about = attribution({ filters, options, index, i18n, view, publishers: drawing.sources });
  const layout = frameLayout({
    width: input.width,
    title: about.title,
    context: about.context,
    chartHeight: drawing.height,
    notes: drawing.notes,
    source: [about.source, drawing.credit].filter(Boolean).join(' '),
  });
  const stem = fileStem(view, filters, options) || view;
  const label = {
    title: about.title,
    description: sentences([drawing.description]),
    titleId: `${stem}-title`,
    descId: `${stem}-desc`,
  };
  return { layout, drawing, label };
}

/**
 * A standalone SVG file from rendered markup: Svelte's hydration comments removed, the text made
 * well-formed XML (wellFormedXml), an XML prolog added, and (for files that must render the same
 * anywhere, and for PNG) the bundled font embedded. The browser and the command line both end here.
 */
export function svgFile(markup: string, fontCss = ''): string {
  // Comments first: a `>` that ends one is not text to escape.
  let svg = wellFormedXml(markup.replace(/<!--[\s\S]*?-->/g, ''))
    .replace(/\s+(?=\/?>)/g, '')
    // The DOM serialises U+00A0 as &nbsp;, which XML does not define: the file would not parse.
    .replaceAll('&nbsp;', '&#160;')
    .trim();
  // After the <title> and <desc>: they stay the root's first children, where screen readers look.
  if (fontCss)
    svg = svg.replace(
      /<svg\b[^>]*>(?:\s*<title\b[^>]*>[^<]*<\/title>)?(?:\s*<desc\b[^>]*>[^<]*<\/desc>)?/,
      (open) => `${open}<defs><style>${fontCss}</style></defs>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
