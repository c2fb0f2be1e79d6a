/**
 * Links for sharing the dashboard in its current state, and the message an embed posts. Pure
 * string builders over toQuery; the iframe code is in ./iframeCode.ts, loaded when a share panel
 * opens.
 */
import type { ViewId } from '../catalog/viewCatalog';
import { toQuery, type UrlState } from './url';

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
export function embedUrl(base: string, view: ViewId, state: UrlState): string {
  return base + toQuery({ ...state, embed: view });
}

/** The message an embedded view posts to its parent page; public/embed.js listens for it. */
export const HEIGHT_MESSAGE = 'unga-embed:height';
