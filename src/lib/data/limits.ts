/**
 * What the page accepts, stated once: the README's "Limits" section quotes these numbers, and
 * the loader, the validator and the tests read them from here.
 */

/** The largest dataset file read, in bytes (128 MiB; a 100,000-engagement dataset is about 60 MB). Beyond it the download stops before the browser runs short of memory. */
export const MAX_BYTES = 128 * 1024 * 1024;

/** The most records (engagements plus deals) a dataset may hold: the views are measured up to 100,000 engagements and their deals. */
export const MAX_RECORDS = 250_000;

/** How long the page waits for a `?data=` server before saying that it is slow (it keeps waiting unless the reader stops it). */
export const SLOW_SERVER_MS = 10_000;

/**
 * The largest value one deal may state, in US dollars (10 trillion, far above any announced deal):
 * with at most MAX_RECORDS deals every sum stays a finite number.
 */
export const MAX_USD = 1e13;

/** UNGA sessions a dataset may name: the 1st (1946) to the 200th (2145). Session N opens in 1945 + N. */
export const MAX_SESSION = 200;
