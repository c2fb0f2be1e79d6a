/**
 * The closed word lists of the dataset format. Kept apart from schema.ts (zod) so the page can use
 * them without loading the validator: validation runs in a worker, and only this module and the
 * types travel to the main thread.
 */
export const ACTOR_TYPES = ['person', 'state', 'organization', 'company'] as const;
export const ENGAGEMENT_TYPES = ['bilateral', 'summit', 'signing', 'speech', 'call', 'roundtable'] as const;
export const QUALIFIERS = ['about', 'over', 'up-to', 'exact'] as const;
export const DEAL_BASES = [
  'agreement',
  'investment-plan',
  'financing',
  'cumulative-investment',
  'program',
  'project',
] as const;
/**
 * Kinds of money: the bases that are the same kind, so that a total only ever adds like with like.
 * A signed agreement is never added to an announced plan (the agreement may carry the plan out, and
 * the sum would count the same money twice), nor money already spent over past years to a new
 * commitment. Trackers such as AidData and the AEI China Global Investment Tracker keep announced
 * and completed apart for the same reason.
 */
export const MONEY_KINDS = ['agreements', 'plans', 'financing', 'programs', 'cumulative'] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];
export const KIND_OF_BASIS: Readonly<Record<DealBasis, MoneyKind>> = {
  agreement: 'agreements',
  'investment-plan': 'plans',
  financing: 'financing',
  program: 'programs',
  project: 'programs',
  'cumulative-investment': 'cumulative',
};
/** "planned": announced by the source as still to come when it was published. */
export const STATUSES = ['held', 'planned'] as const;
/** The languages the product is written in; a dataset may carry translations in any BCP 47 language. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;

export type ActorType = (typeof ACTOR_TYPES)[number];
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type DealBasis = (typeof DEAL_BASES)[number];
export type Language = (typeof LANGUAGES)[number];

/** Ids of records: letters, digits, ".", "_" and "-", starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
