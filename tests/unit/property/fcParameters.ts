/**
 * One seed for every property in this folder, so CI runs the same cases each time (Observable
 * Plot's rule: seeded randomness). FC_SEED=random draws a new seed; FC_SEED=<number> replays one.
 * A failure prints the seed and fast-check's `path`: replay exactly that case with
 * FC_SEED=<seed> FC_PATH=<path> npx vitest run tests/unit/property
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20250914;

function seedFromEnv(): number {
  const raw = process.env.FC_SEED?.trim();
  if (!raw) return DEFAULT_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be a whole number or "random", not "${raw}"`);
  return seed;
}

export const SEED = seedFromEnv();
if (SEED !== DEFAULT_SEED) console.info(`fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);

/**
 * fast-check parameters: the seed, `numRuns` scaled by FC_RUNS_FACTOR (e.g. 10 for a longer hunt
 * on a fast machine), and FC_PATH to replay one failing case.
 */
export function fcParameters<T>(numRuns: number): fc.Parameters<T> {
  const factor = Number(process.env.FC_RUNS_FACTOR ?? 1);
  const path = process.env.FC_PATH?.trim();
  return {
    seed: SEED,
    numRuns: Math.max(1, Math.round(numRuns * (factor > 0 ? factor : 1))),
    ...(path ? { path } : {}),
  };
}
