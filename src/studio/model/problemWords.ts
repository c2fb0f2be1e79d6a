/**
 * A studio problem in the reader's words: format problems as the validator explains them (through
 * the shared problemText), quotes not found in their article from the studio's messages. Pure.
 */
import { problemText } from '../../lib/i18n/problemText';
import type { I18n } from '../../lib/i18n/i18n';
import type { StudioProblem } from './check';

export function problemWords(problem: StudioProblem, i18n: I18n): string {
  if (problem.kind === 'quote') return i18n.t('studio.problem.quoteNotFound', { source: problem.source });
  if (problem.kind === 'offMap') return i18n.t('studio.problem.offMap');
  return problemText(problem, i18n);
}
