/**
 * Number and date wording shared by every view and the exports, so "about $4.2B" reads the same
 * on a bar, in a tooltip and in a CSV.
 */
import { format } from 'd3-format';
import type { DealValue, Qualifier } from './schema';

const QUALIFIER_WORDS: Record<Qualifier, string> = { about: 'about ', over: 'over ', 'up-to': 'up to ', exact: '' };

const SI_TO_FINANCE: Record<string, string> = { k: 'K', M: 'M', G: 'B', T: 'T', P: 'Q' };

/** "$4.2B", "$230M", "$950K", "$1.25B": three significant digits at most, no trailing zeros. */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '–';
  if (Math.abs(usd) < 1000) return `$${format(',.0f')(usd)}`;
  // d3's SI prefixes round across unit boundaries correctly (999,999 → 1M); only the letters differ.
  return `$${format('.3~s')(usd).replace(/[kMGTP]$/, (p) => SI_TO_FINANCE[p] ?? p)}`;
}

/** "about $4.2B", "over $230M", "$10M", or "undisclosed" for a value the sources do not give. */
export function formatValue(value: DealValue): string {
  if (!value) return 'undisclosed';
  return QUALIFIER_WORDS[value.qualifier] + formatUsd(value.usd);
}

/** "4,200,000,000": full figure for tables and screen readers. */
export function formatUsdFull(usd: number): string {
  return `$${format(',.0f')(usd)}`;
}

/** Whole-number counts with thousands separators: "300,000". */
export const formatCount = format(',');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "18 September 2023", "September 2023", or "date not reported". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'date not reported';
  const [y, m, d] = date.split('-').map(Number);
  const month = MONTHS[(m ?? 1) - 1] ?? '';
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** "78th", "80th", "81st", "82nd", "83rd", "111th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
