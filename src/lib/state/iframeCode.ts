/**
 * The iframe code for sharing one view in its current state (its title: attribution.ts publishedHeading). Pure string
 * builders over toQuery, so the share dialog, the README example and the tests agree. Apart from
 * ./embedCode.ts because only an open share panel needs them: ViewFrame imports this module with
 * the panel, so its code is not part of the page's first load.
 */
import { embedUrl } from './embedCode';
import type { ViewId } from '../catalog/viewCatalog';
import type { UrlState } from './url';

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The code a host page pastes: the iframe and the resize script that lets the iframe take its
 * content's height. Each code carries the script, so that it works pasted alone; public/embed.js
 * does nothing when loaded again, so a page with several embeds sizes each iframe once.
 */
export function iframeCode(opts: {
  base: string;
  view: ViewId;
  state: UrlState;
  title: string;
  height?: number;
}): string {
  const src = embedUrl(opts.base, opts.view, opts.state);
  const script = new URL('embed.js', opts.base).href;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(opts.title)}" data-unga-embed ` +
    `style="width:100%;height:${opts.height ?? 480}px;border:0" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(script)}" async></script>`
  );
}
