// The fast path must equal the reference on every generated case, to the
// cent and beyond: the whole output, explanations included, compares equal.
// A faster kernel that drops a rule fails here, whatever the benchmark says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculate,
  calculateColumns,
  columnsFromLines,
  type CalculationInput,
  type CalculationOutput,
} from '../src/index.js';
import { randomCase } from './support/random-case.js';

/** Every CI run checks at least this many cases, each with a fresh seed. */
const CASES = 1_000;

/**
 * A failure shrinks towards a small counterexample; shrinking random cases
 * can take long, so it stops at this budget and reports the smallest case
 * found so far. An interrupted run is a failure, never a silent pass.
 */
const TIME_LIMIT_MS = 240_000;

function fastPath(input: CalculationInput): CalculationOutput {
  const columns = columnsFromLines(
    input.customers,
    input.products,
    input.sales,
  );

  return calculateColumns({ ...input, ...columns });
}

describe('calculateColumns', () => {
  describe('when given random programs, master data, sales and targets', () => {
    it(
      'returns exactly what calculate returns',
      () => {
        fc.assert(
          fc.property(
            randomCase({ prefix: '', unknownCodes: true }),
            ({ input }) => {
              expect(fastPath(input)).toEqual(calculate(input));
            },
          ),
          {
            numRuns: CASES,
            interruptAfterTimeLimit: TIME_LIMIT_MS,
            markInterruptAsFailure: true,
          },
        );
      },
      TIME_LIMIT_MS + 60_000,
    );
  });
});
