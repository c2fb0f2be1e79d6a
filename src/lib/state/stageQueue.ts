/**
 * Large datasets: a filter answers in the frame after the click, and the views follow in the
 * frame after that, all those on screen together. Redrawing every view of 10,000 records takes
 * longer than a frame on a slow machine (the script, then laying out and painting thousands of
 * elements), so in one task the pressed button would wait for all of it and the page would not
 * answer meanwhile. Instead the control changes at once, the browser paints it, and then one pass
 * computes what the views need and gives it to every view on screen in one task (a view drawn in
 * two steps gives its second step the frame after). Views off screen cannot be seen to change:
 * they follow one per frame after that, or at once when they scroll into view, marked busy until
 * they do. The address bar is written when the last has followed, so that a link always names
 * what the views show.
 *
 * Small datasets (the bundled one, most readers' own) are drawn in the same task as the click,
 * exactly as before: nothing is staged below STAGED_FROM records.
 *
 * No Svelte, no DOM beyond the two timers given (tests pass their own).
 */
import { afterPaint, type AfterPaint } from './afterPaint';

/** From this many records (engagements plus deals) on, views follow a filter after the next paint. */
export const STAGED_FROM = 2_000;

/** True when a dataset of this size redraws its views after the next paint. */
export function stagedFor(records: number): boolean {
  return records >= STAGED_FROM;
}

export interface SettleOptions<T> {
  /** How many stages (views) follow the value. */
  stages: number;
  /**
   * The stages in the order they should follow, in batches: the stages of a batch follow in one
   * task, one batch per frame (those on screen first). Stages left out follow after, one per
   * frame, in order. Called at each request, and again when `reorder()` is told that what is on
   * screen changed.
   */
  order: () => readonly (readonly number[])[];
  /** Give one stage the value. The first stage of a request computes it (`value()` is called once). */
  apply: (stage: number, value: T) => void;
  /** Told when stages start and stop lagging behind the latest request. */
  onBusy: (busy: boolean) => void;
  afterPaint?: AfterPaint;
}

export interface Settler<T> {
  /** A new value for every stage; a request while one is under way replaces it. */
  request(value: () => T): void;
  /** Whether some stage still shows an older value. */
  readonly busy: boolean;
  /** What is on screen changed: the stages still to follow are put in the new order. */
  reorder(): void;
  /** Stop: pending stages are dropped. */
  cancel(): void;
}

/**
 * Hands the latest requested value to each batch of stages in turn, one batch per frame after the
 * next paint. A request made while stages are still following restarts from the first batch in
 * order, with the new value (a stage already given the older one is given the newer one).
 */
export function createSettler<T>({
  stages,
  order,
  apply,
  onBusy,
  afterPaint: later = afterPaint,
}: SettleOptions<T>): Settler<T> {
  let pending: { value: () => T; queue: number[][]; computed?: { v: T } } | null = null;
  let cancelTimer: (() => void) | null = null;

  /** The batches of the stages in `left`, in the order asked, each stage once; the rest one by one. */
  const batches = (left: ReadonlySet<number>): number[][] => {
    const seen = new Set<number>();
    const queue: number[][] = [];
    for (const batch of order()) {
      const b: number[] = [];
      for (const s of batch) {
        if (!left.has(s) || seen.has(s)) continue;
        b.push(s);
        seen.add(s);
      }
      if (b.length) queue.push(b);
    }
    for (const s of left) if (!seen.has(s)) queue.push([s]);
    return queue;
  };
  const all = () => new Set(Array.from({ length: stages }, (_, s) => s));

  const step = () => {
    cancelTimer = null;
    const job = pending;
    if (!job) return;
    const batch = job.queue.shift();
    if (batch) {
      job.computed ??= { v: job.value() };
      for (const stage of batch) apply(stage, job.computed.v);
    }
    if (job.queue.length) cancelTimer = later(step);
    else {
      pending = null;
      onBusy(false);
    }
  };

  return {
    request(value) {
      const wasBusy = pending !== null;
      pending = { value, queue: batches(all()) };
      if (!wasBusy) onBusy(true);
      cancelTimer?.();
      cancelTimer = later(step);
    },
    reorder() {
      if (!pending || !cancelTimer) return;
      pending.queue = batches(new Set(pending.queue.flat()));
    },
    get busy() {
      return pending !== null;
    },
    cancel() {
      cancelTimer?.();
      cancelTimer = null;
      if (pending) {
        pending = null;
        onBusy(false);
      }
    },
  };
}
