import type { DrawingProps } from '../shared/types';

/**
 * What the page's drawing adds to the picture, as props of TimelineDrawing that it hands on to the
 * detailed and compact forms and their session toggles: which item shows its tooltip, which items
 * Tab reaches, and the callbacks. The export passes `static` and none of the rest. Pure.
 */
export interface InteractionProps extends Pick<DrawingProps, 'static'> {
  /** Prefix of the items' element ids, unique in the document. */
  ids?: string;
  /** The item (its key) whose tooltip is open, and the tooltip's id. */
  described?: { id: string; tooltip: string } | null;
  /** The one session and the one mark that Tab reaches (roving tabindex); arrow keys move on. */
  tabStops?: ReadonlySet<string>;
  /** A session asks for its year in the filter. */
  ontoggle?: (year: number) => void;
  /** An item is hovered or focused: its tooltip opens. */
  onshow?: (key: string) => void;
  /** The pointer or the focus leaves an item. */
  onhide?: (key: string) => void;
  onkeydown?: (event: KeyboardEvent, key: string) => void;
}

/**
 * What each of the timeline's drawings (the whole, and its detailed and compact forms) takes: its
 * geometry, the colours and `static` like every view's drawing, and the interaction above.
 */
export interface TimelineDrawingProps<Geometry> extends DrawingProps, InteractionProps {
  geometry: Geometry;
}

/** Element id of an item, to move the focus to it. */
export const itemId = (ids: string | undefined, key: string) => `${ids ?? 'timeline'}-${key}`;

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
