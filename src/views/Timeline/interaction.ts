/**
 * What the live drawing needs beyond the picture: which item shows its tooltip, which items Tab
 * reaches, and the callbacks. The export passes none of it. Pure.
 */
export interface Live {
  /** Key of the session or mark whose tooltip is open. */
  active: string | null;
  /** The one session and the one mark that Tab reaches (roving tabindex); arrow keys move on. */
  tabStops: ReadonlySet<string>;
  tooltipId: string;
  /** Element id of an item, to move the focus to it. */
  idOf(key: string): string;
  toggle(year: number): void;
  show(key: string): void;
  hide(key: string): void;
  keydown(event: KeyboardEvent, key: string): void;
}

const STEPS: Record<string, (at: number, last: number) => number> = {
  ArrowRight: (at, last) => Math.min(at + 1, last),
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/** Where an arrow key, Home or End moves from `current` among `keys`; null when the key does not move. */
export function nextKey(keys: readonly string[], current: string, key: string): string | null {
  const step = STEPS[key];
  const at = keys.indexOf(current);
  if (!step || at < 0) return null;
  return keys[step(at, keys.length - 1)] ?? null;
}
