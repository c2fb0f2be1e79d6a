/**
 * Sorting the Engagements table's rows by a column: what a column sorts by (`SortSpec`), every
 * row in ascending order (one sort per column, ties chronological), and the descending order made
 * from it in one pass. Used by tableKeys.ts, which keeps each order once made. Pure.
 */

export interface SortSpec {
  /** Compared first, in the chosen direction. */
  group?: Float64Array;
  /** Compared next, in either direction: no value (1, 2) after a value (0). */
  missing: Uint8Array;
  value: Float64Array;
}

/** Every row ascending: group, then missing values last, then value; ties by `tie`, then row number. */
export function sortRows(rows: number, spec: SortSpec, tie: ArrayLike<number>): Uint32Array {
  const { group, missing, value } = spec;
  const order = new Uint32Array(rows);
  for (let r = 0; r < rows; r++) order[r] = r;
  return order.sort(
    (a, b) =>
      (group ? group[a]! - group[b]! : 0) ||
      missing[a]! - missing[b]! ||
      value[a]! - value[b]! ||
      tie[a]! - tie[b]! ||
      a - b,
  );
}

/**
 * The descending order from the ascending one, in one pass instead of a second sort: groups in
 * reverse, and in each group the runs of equal values in reverse, each run keeping its
 * (chronological) order; rows without a value stay last in their group, as they were.
 */
export function reverseRuns(ascending: Uint32Array, { group, missing, value }: SortSpec): Uint32Array {
  const n = ascending.length;
  const out = new Uint32Array(n);
  let w = 0;
  let end = n;
  while (end > 0) {
    let start = end - 1;
    if (group) while (start > 0 && group[ascending[start - 1]!] === group[ascending[end - 1]!]) start--;
    else start = 0;
    let present = start;
    while (present < end && missing[ascending[present]!] === 0) present++;
    for (let hi = present; hi > start;) {
      let lo = hi - 1;
      while (lo > start && value[ascending[lo - 1]!] === value[ascending[hi - 1]!]) lo--;
      out.set(ascending.subarray(lo, hi), w);
      w += hi - lo;
      hi = lo;
    }
    out.set(ascending.subarray(present, end), w);
    w += end - present;
    end = start;
  }
  return out;
}
