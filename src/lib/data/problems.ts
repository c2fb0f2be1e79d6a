/**
 * What reading a dataset ends in: the dataset, or what stopped it and the problems found. Apart
 * from load.ts (zod) and request.ts (fetching) because both make these results. Pure.
 */
import type { Dataset } from './schema';

/** One thing wrong with a dataset: where (a JSON path such as `deals[2].company`) and what to do. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** What stopped a dataset: it could not be fetched, it is larger than the page holds (limits.ts), it is not JSON, or it breaks the format. */
export type ProblemKind = 'request' | 'limit' | 'json' | 'dataset';

export type ParseResult =
  | { ok: true; data: Dataset }
  | { ok: false; kind: ProblemKind; problems: DatasetProblem[]; /** All problems found; `problems` may hold only the first ones. */ total: number };

export type Failed = Extract<ParseResult, { ok: false }>;

/** A result with one problem: the shape of every failure that stops before validation. */
export function oneProblem(kind: ProblemKind, path: string, message: string): Failed {
  return { ok: false, kind, total: 1, problems: [{ path, message }] };
}
