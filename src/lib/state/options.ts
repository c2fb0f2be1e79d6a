/**
 * The options a reader sets on a view, beside the filters: they live in the state, travel in the
 * URL, the share link and the embed code, and every download and the command line honour them, so
 * a file always looks like what the reader saw. Pure.
 */
export const SORT_KEYS = ['when', 'type', 'who', 'what', 'value'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ViewOptions {
  /** Deal chart: colour the parts of a bar by deal basis or by session. */
  colourBy: 'basis' | 'session';
  /** Deal chart and map: include cumulative investments (money spent over past years, not a commitment made at a session). */
  cumulative: boolean;
  /** Deal chart: every company, instead of the top ones and "Others". */
  showAll: boolean;
  /** Every view: count planned events (announced as still to come) as if held. They are always listed, drawn hollow. */
  planned: boolean;
  /** Engagements table: sort column and direction. */
  sort: { key: SortKey; descending: boolean };
  /** Engagements table: search text ("" for none). */
  search: string;
}

export const DEFAULT_OPTIONS: ViewOptions = {
  colourBy: 'basis',
  cumulative: false,
  showAll: false,
  planned: false,
  sort: { key: 'when', descending: false },
  search: '',
};
