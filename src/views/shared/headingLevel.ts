/**
 * The level of the headings inside a view. On the dashboard a view's sections sit under the
 * page's level-2 headings (h3); an embed's page has only its level-1 title above the view (h2),
 * and a heading that skips a level leaves screen-reader users guessing what it belongs to.
 * An embed may ask for none (`null`): its one heading names the view and its filters, and a
 * section inside stays a named region without a heading of its own.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('heading level');

/** Called by a frame: the headings inside the views it holds take this level. */
export function setHeadingLevel(level: 2 | 3 | null): void {
  setContext(KEY, level);
}

/** The level a view's own sections use: `h${headingLevel()}`; null: no heading, a plain title. */
export function headingLevel(): 2 | 3 | null {
  const level = getContext<2 | 3 | null | undefined>(KEY);
  return level === undefined ? 3 : level;
}
