import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Dec,
  calculate,
  toCalculateJson,
  type CalculateJson,
  type Program,
} from '../src/index.js';
import { exampleCases, examplesDir, loadExample } from './support/examples.js';

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Fields printed as percentages compare as printed, with 4 decimals. */
function isPercentField(path: string, program: Program | undefined): boolean {
  if (/\.(growth_pct|target_pct)$/.test(path)) return true;

  const percentMeasure =
    program?.measure === 'growth_pct' || program?.measure === 'target_pct';

  return (
    percentMeasure && /\.(measure|next\.gap|forecast\.measure)$/.test(path)
  );
}

function compare(
  actual: unknown,
  expected: unknown,
  path: string,
  program: Program | undefined,
  mismatches: string[],
): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      mismatches.push(
        `${path}: ${JSON.stringify(actual)} is not a list of ${String(expected.length)}`,
      );
      return;
    }
    expected.forEach((item, index) => {
      compare(
        actual[index],
        item,
        `${path}[${String(index)}]`,
        program,
        mismatches,
      );
    });
    return;
  }

  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) {
      mismatches.push(`${path}: ${JSON.stringify(actual)} is not an object`);
      return;
    }
    const actualFields = actual as Record<string, unknown>;
    const expectedFields = expected as Record<string, unknown>;
    const keys = new Set([
      ...Object.keys(actualFields),
      ...Object.keys(expectedFields),
    ]);
    for (const key of keys) {
      compare(
        actualFields[key],
        expectedFields[key],
        `${path}.${key}`,
        program,
        mismatches,
      );
    }
    return;
  }

  const asDecimals =
    typeof expected === 'string' &&
    typeof actual === 'string' &&
    DECIMAL.test(expected) &&
    DECIMAL.test(actual) &&
    !isPercentField(path, program);
  const same = asDecimals
    ? Dec.of(actual).eq(Dec.of(expected))
    : actual === expected;
  if (!same) {
    mismatches.push(
      `${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
    );
  }
}

function mismatchesOf(
  actual: CalculateJson,
  expected: CalculateJson,
  programs: readonly Program[],
): string[] {
  const mismatches: string[] = [];
  const byCode = new Map(programs.map((program) => [program.code, program]));

  compare(
    actual.warnings,
    expected.warnings,
    'warnings',
    undefined,
    mismatches,
  );
  if (actual.results.length !== expected.results.length) {
    mismatches.push(
      `results: ${String(actual.results.length)} rows, expected ${String(expected.results.length)}`,
    );
  }
  expected.results.forEach((row, index) => {
    const program = byCode.get(row.program);
    compare(
      actual.results[index],
      row,
      `results[${String(index)}]`,
      program,
      mismatches,
    );
  });

  return mismatches;
}

describe('calculate on the worked examples', () => {
  const cases = exampleCases();

  describe('when the examples folder is read', () => {
    it('exists and holds the nine cases', () => {
      expect(existsSync(examplesDir), `no examples at ${examplesDir}`).toBe(
        true,
      );
      expect(cases.length).toBeGreaterThanOrEqual(9);
    });
  });

  describe.each(cases)('when the case is %s', (name) => {
    it('prints every field of expected.json', () => {
      const { input, expected } = loadExample(name);

      const actual = toCalculateJson(calculate(input));

      expect(mismatchesOf(actual, expected, input.programs)).toEqual([]);
    });
  });
});
