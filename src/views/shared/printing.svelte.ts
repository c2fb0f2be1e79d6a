/**
 * Whether the page is being printed (the browser's dialog or a PDF), for what only paper needs: a
 * view's source line under its title, every record's quote, the map as an SVG drawing (MapLibre's
 * canvas does not print). The browser lays the page out for print after `beforeprint`'s handlers
 * run; the handler applies what this turns on at once (flushSync), so that it is on the paper.
 * The page's one pair of print listeners, added when the first reader asks.
 */
import { flushSync } from 'svelte';

const state = $state({ printing: false });
let listening = false;

export function printing(): boolean {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    addEventListener('beforeprint', () => {
      state.printing = true;
      flushSync();
    });
    addEventListener('afterprint', () => (state.printing = false));
  }
  return state.printing;
}
