/**
 * Large datasets: a filter answers in the frame after the click, and the views follow one per
 * frame. Redrawing every view of 10,000 records takes longer than a frame on a slow machine (the
 * script, then laying out and painting some 4,000 elements), so in one task the pressed button
 * would wait for all of it and the page would not answer meanwhile. Instead the control changes
 * at once, the browser paints it, and each view then takes the new filters in a task of its own,
 * those on screen first. The views are marked busy until the last one has followed, and the
 * address bar is written only then, so that a link always names what the views show.
 *
 * Small datasets (the bundled one, most readers' own) are drawn in the same task as the click,
 * exactly as before: nothing is staged below STAGED_FROM records.
 *
 * No Svelte, no DOM beyond the two timers given (tests pass their own).
 */
import { afterPaint, type AfterPaint } from './afterPaint';

/** From this many records (engagements plus deals) on, views follow a filter one per frame. */
export const STAGED_FROM = 2_000;

/** True when a dataset of this size redraws its views one per frame. */
export function stagedFor(records: number): boolean {
  return records >= STAGED_FROM;
}

export interface SettleOptions<T> {
  /** How many stages (views) follow the value. */
  stages: number;
  /** The stages in the order they should follow (those on screen first); called at each request. */
  order: () => readonly number[];
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
  /** Stop: pending stages are dropped. */
  cancel(): void;
}

/**
 * Hands the latest requested value to each stage in turn, one stage per frame after the next
 * paint. A request made while stages are still following restarts from the first stage in
 * order, with the new value (a stage already given the older one is given the newer one).
 */
export function createSettler<T>({
  stages,
  order,
  apply,
  onBusy,
  afterPaint: later = afterPaint,
}: SettleOptions<T>): Settler<T> {
  let pending: { value: () => T; queue: number[]; computed?: { v: T } } | null = null;
  let cancelTimer: (() => void) | null = null;

  const step = () => {
    cancelTimer = null;
    const job = pending;
    if (!job) return;
    const stage = job.queue.shift();
    if (stage !== undefined) {
      job.computed ??= { v: job.value() };
      apply(stage, job.computed.v);
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
      const queue = [...new Set(order())].filter((s) => s >= 0 && s < stages);
      for (let s = 0; s < stages; s++) if (!queue.includes(s)) queue.push(s);
      pending = { value, queue };
      if (!wasBusy) onBusy(true);
      cancelTimer?.();
      cancelTimer = later(step);
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
