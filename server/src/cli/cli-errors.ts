import { DataDirBusyError } from '../db/data-dir-lock.js';

/** Prints an error for a person at a terminal; returns the exit code. */
export function reportCliError(error: unknown): number {
  if (error instanceof DataDirBusyError) {
    console.error(`tierline: ${error.message}`);
    return 3;
  }
  if (error instanceof UserError) {
    console.error(`tierline: ${error.message}`);
    return error.exitCode;
  }

  console.error('tierline: unexpected error');
  console.error(
    error instanceof Error ? (error.stack ?? error.message) : error,
  );
  return 1;
}

/** A failure the user can act on: printed as is, without a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
