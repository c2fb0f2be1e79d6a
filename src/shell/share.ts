/**
 * What an open share panel needs, in one chunk loaded when a reader first opens one: the panel
 * and the iframe code it offers (most readers never share, so neither is part of the first load).
 */
export { default as SharePanel } from './SharePanel.svelte';
export { iframeCode } from '../lib/state/iframeCode';
