import type { ErrorDetail } from '../http/error-catalog.js';
import { AgreementError } from './agreement-errors.js';

/** The period an agreement covers must lie in its program's term. */
export function checkAgreementPeriod(
  period: { start: string; end: string },
  term: { start: string; end: string },
  path: { start: string; end: string },
): void {
  const problems: ErrorDetail[] = [];
  if (period.start < term.start || period.start > term.end) {
    problems.push({
      path: path.start,
      message: `must lie in the program's term ${term.start} to ${term.end}`,
      value: period.start,
    });
  }
  if (period.end < term.start || period.end > term.end) {
    problems.push({
      path: path.end,
      message: `must lie in the program's term ${term.start} to ${term.end}`,
      value: period.end,
    });
  }
  if (period.start > period.end) {
    problems.push({
      path: path.end,
      message: `must not be before the start ${period.start}`,
      value: period.end,
    });
  }

  if (problems.length > 0) {
    throw new AgreementError('agreement_invalid', problems);
  }
}
