// The differential test of the fast path over a real store (PGlite, or
// PostgreSQL when TIERLINE_TEST_DATABASE_URL is set): random programs,
// master data, sales and targets are written into the tables, and
// calculateStore must agree with the reference `calculate` over the same
// cases on every field of the §4.4 output, to the cent. At least 1,000
// random cases run in every CI run, 25 to a store batch.
import fc from 'fast-check';
import {
  Dec,
  calculate,
  toCalculateJson,
  type CalculateJson,
} from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateStore } from '../../src/calculation/calculate-store.js';
import {
  randomStoreBatch,
  writeStoreBatch,
} from './support/random-store-batch.js';
import { createTestStore, type TestStore } from './support/test-store.js';

const CASES_PER_BATCH = 25;
const BATCHES = 40;
/** Shrinking a failure stops here; an interrupted run fails. */
const TIME_LIMIT_MS = 600_000;

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * The store keeps money with 2 decimals and quantities with 4, so "100"
 * comes back as "100.00": decimals compare by value, all else exactly.
 */
function differences(actual: unknown, expected: unknown, path = ''): string[] {
  if (
    typeof actual === 'string' &&
    typeof expected === 'string' &&
    DECIMAL.test(actual) &&
    DECIMAL.test(expected)
  ) {
    return Dec.of(actual).eq(Dec.of(expected))
      ? []
      : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) {
      return [`${path}: ${JSON.stringify(actual)} is not an object`];
    }
    const left = actual as Record<string, unknown>;
    const right = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);

    return [...keys].flatMap((key) =>
      differences(left[key], right[key], `${path}.${key}`),
    );
  }

  return Object.is(actual, expected)
    ? []
    : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}

let test: TestStore;

beforeAll(async () => {
  test = await createTestStore();
});

afterAll(async () => {
  await test.dispose();
});

describe('calculateStore', () => {
  describe('when the store holds random programs, lines and targets', () => {
    it(
      'agrees with calculate on every field, to the cent',
      async () => {
        let cases = 0;
        let rows = 0;
        await fc.assert(
          fc.asyncProperty(randomStoreBatch(CASES_PER_BATCH), async (batch) => {
            await writeStoreBatch(test.store, batch);
            const fast: CalculateJson = toCalculateJson(
              await calculateStore(test.store, batch.input.asOf),
            );
            const reference = toCalculateJson(calculate(batch.input));

            cases += batch.cases.length;
            rows += reference.results.length;
            expect(differences(fast, reference)).toEqual([]);
          }),
          {
            numRuns: BATCHES,
            interruptAfterTimeLimit: TIME_LIMIT_MS,
            markInterruptAsFailure: true,
          },
        );

        expect(cases).toBeGreaterThanOrEqual(CASES_PER_BATCH * BATCHES);
        expect(rows).toBeGreaterThan(0);
      },
      TIME_LIMIT_MS + 60_000,
    );
  });
});
