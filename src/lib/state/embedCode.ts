/**
 * Links and iframe code for sharing a view in its current state. Pure string builders over
 * toQuery, so the share dialog, the README example and the tests agree.
 */
import { toQuery, type EmbedView, type UrlState } from './url';

/** The dashboard's address without its query: `https://host/path/`. */
export function appBase(href: string): string {
  const url = new URL(href);
  return url.origin + url.pathname;
}

/** Link to the full dashboard in this state (no embed). */
export function shareUrl(base: string, state: UrlState): string {
  return base + toQuery({ ...state, embed: undefined });
}

/** Address of one view alone, in this state. */
export function embedUrl(base: string, view: EmbedView, state: UrlState): string {
  return base + toQuery({ ...state, embed: view });
}

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The code a host page pastes: the iframe and the resize script that lets the iframe take its
 * content's height. Each code carries the script, so that it works pasted alone; public/embed.js
 * does nothing when loaded again, so a page with several embeds sizes each iframe once.
 */
export function iframeCode(opts: { base: string; view: EmbedView; state: UrlState; title: string; height?: number }): string {
  const src = embedUrl(opts.base, opts.view, opts.state);
  const script = new URL('embed.js', opts.base).href;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(opts.title)}" data-unga-embed ` +
    `style="width:100%;height:${opts.height ?? 480}px;border:0" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(script)}" async></script>`
  );
}

/** The message an embedded view posts to its parent page; public/embed.js listens for it. */
export const HEIGHT_MESSAGE = 'unga-embed:height';
