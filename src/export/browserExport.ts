/**
 * The browser side of "Download SVG / PNG": the view's static drawing in the same ExportFrame the
 * command line renders, mounted off-screen and serialised; for PNG that file drawn on a canvas at
 * twice its size. The bundled font is embedded in both, so Kazakh and Russian letters render
 * the same on any machine.
 */
import { flushSync, mount, unmount } from 'svelte';
import type { ViewId } from '../lib/catalog/viewCatalog';
import type { ExportInput } from '../views/shared/types';
import ExportFrame from './ExportFrame.svelte';
import { exportFrame, loadViewExport, svgFile } from './registry';
import { fontFaceCss, type FontWeight } from '../lib/basics/textMeasure';

let fontCss: Promise<string> | undefined;

/** The @font-face rules of the bundled font with the files inlined (fetched once from the app's own folder). */
export function embeddedFontCss(): Promise<string> {
  fontCss ??= Promise.all(
    ([400, 700] as FontWeight[]).map(async (weight) => {
      const response = await fetch(new URL(`fonts/noto-sans-${weight}.woff2`, document.baseURI));
      if (!response.ok) throw new Error(`the font file answered HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { weight, woff2Base64: btoa(binary) };
    }),
  ).then(fontFaceCss);
  fontCss.catch(() => (fontCss = undefined));
  return fontCss;
}

export async function viewSvg(view: ViewId, input: ExportInput): Promise<string> {
  const { spec, extra } = await loadViewExport(view);
  const { layout, drawing, label } = exportFrame(view, spec, extra, input);
  const target = document.createElement('div');
  const instance = mount(ExportFrame, {
    target,
    props: { layout, label, drawing, theme: input.theme, lang: input.i18n.lang },
  });
  flushSync();
  const markup = target.innerHTML;
  void unmount(instance);
  return svgFile(markup, await embeddedFontCss().catch(() => ''));
}

/** Rasterise an SVG file at `scale` times its size (2 for crisp slides and print). */
export async function svgToPng(
  svg: string,
  scale = 2,
  messages = { noCanvas: 'no canvas', encode: 'not encoded' },
): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const width = Number(doc.documentElement.getAttribute('width'));
  const height = Number(doc.documentElement.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(messages.noCanvas);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(messages.encode))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
