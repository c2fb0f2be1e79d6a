/**
 * The keys of the table's rows (RowsTable.svelte), attached to its body: the rows are ONE tab
 * stop (a roving tabindex). Up and down (Home, End) move between rows, left and right along the
 * row and its links and buttons, Enter or Space opens the row's quotes; focusing anything in a row
 * (a click on its link) makes that row the tab stop. Rows are `tr[data-at]`, `at` their place.
 */
import type { Attachment } from 'svelte/attachments';

export interface RowKeyboard {
  /** How many rows there are. */
  count: () => number;
  /** Row `at` is now the tab stop. */
  onactive: (at: number) => void;
  /** An arrow key was pressed (the keys need no more saying). */
  onarrow: () => void;
  /** Open or close row `at`'s quotes. */
  ontoggle: (at: number) => void;
}

const rowOf = (el: EventTarget | null) =>
  el instanceof Element ? el.closest<HTMLTableRowElement>('tr[data-at]') : null;

export function rowKeyboard({ count, onactive, onarrow, ontoggle }: RowKeyboard): Attachment<HTMLElement> {
  return (body) => {
    const focusRow = (at: number) => {
      const next = Math.min(Math.max(0, at), count() - 1);
      onactive(next);
      body.querySelector<HTMLElement>(`tr[data-at="${next}"]`)?.focus();
    };
    const onkeydown = (event: KeyboardEvent) => {
      const tr = rowOf(event.target);
      if (!tr) return;
      const at = Number(tr.dataset.at);
      const onRow = event.target === tr;
      // The row, then its links and buttons: left and right walk along them.
      const stops = [tr, ...tr.querySelectorAll<HTMLElement>('a, button')];
      const here = stops.indexOf(event.target as HTMLElement);
      if (event.key.startsWith('Arrow')) onarrow();
      if (event.key === 'ArrowDown') focusRow(at + 1);
      else if (event.key === 'ArrowUp') focusRow(at - 1);
      else if (event.key === 'Home' && onRow) focusRow(0);
      else if (event.key === 'End' && onRow) focusRow(count() - 1);
      else if (event.key === 'ArrowRight') stops[Math.min(here + 1, stops.length - 1)]?.focus();
      else if (event.key === 'ArrowLeft') stops[Math.max(here - 1, 0)]?.focus();
      else if ((event.key === 'Enter' || event.key === ' ') && onRow) ontoggle(at);
      else return;
      event.preventDefault();
    };
    // Clicking a link in row 7 makes row 7 the tab stop.
    const onfocusin = (event: FocusEvent) => {
      const tr = rowOf(event.target);
      if (tr) onactive(Number(tr.dataset.at));
    };
    body.addEventListener('keydown', onkeydown);
    body.addEventListener('focusin', onfocusin);
    return () => {
      body.removeEventListener('keydown', onkeydown);
      body.removeEventListener('focusin', onfocusin);
    };
  };
}
