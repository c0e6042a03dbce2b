// Refusals of the accrual and journal rules print as plain messages.
import { AccrualError } from '../../accruals/accrual-errors.js';
import { JournalError } from '../../journal/journal-errors.js';
import { UserError } from '../cli-errors.js';
import { asUserError } from './program-output.js';

export function asAccrualUserError(error: unknown): unknown {
  if (error instanceof AccrualError || error instanceof JournalError) {
    const details = error.details.map((detail) =>
      detail.path ? `${detail.path}: ${detail.message}` : detail.message,
    );
    return new UserError(
      [`${error.code}: ${error.message}`, ...details].join('\n  '),
    );
  }
  return asUserError(error);
}

export function isoDate(option: string) {
  return (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw new UserError(`${option} takes a date like 2027-03-31`);
    }
    return value;
  };
}
