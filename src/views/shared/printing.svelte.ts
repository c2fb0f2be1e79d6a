/**
 * Whether the page is being printed, for what only paper needs (a view's source line under its
 * title, every record's quote): the browser lays the page out for print after `beforeprint`'s
 * handlers and the updates they schedule, so what this turns on is on the paper. One pair of
 * listeners for the page, added when the first reader asks.
 */
const state = $state({ printing: false });
let listening = false;

export function printing(): boolean {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    addEventListener('beforeprint', () => (state.printing = true));
    addEventListener('afterprint', () => (state.printing = false));
  }
  return state.printing;
}
