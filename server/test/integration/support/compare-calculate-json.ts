// Compares `tierline calculate` JSON with an expected.json of the shared
// examples, field by field: amounts as decimals ("9000" equals "9000.00"),
// percentages as printed with 4 decimals, everything else exactly.
import { Dec, type Program } from '@tierline/engine';

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Fields printed as percentages compare as printed. */
function isPercentField(path: string, program: Program | undefined): boolean {
  if (/\.(growth_pct|target_pct)$/.test(path)) return true;

  const percentMeasure =
    program?.measure === 'growth_pct' || program?.measure === 'target_pct';

  return (
    percentMeasure && /\.(measure|next\.gap|forecast\.measure)$/.test(path)
  );
}

function sameDecimal(actual: string, expected: string): boolean {
  return Dec.of(actual).eq(Dec.of(expected));
}

function comparePlain(
  actual: unknown,
  expected: unknown,
  path: string,
  program: Program | undefined,
): string | null {
  const decimals =
    typeof actual === 'string' &&
    typeof expected === 'string' &&
    DECIMAL.test(actual) &&
    DECIMAL.test(expected) &&
    !isPercentField(path, program);
  const same = decimals
    ? sameDecimal(actual, expected)
    : Object.is(actual, expected);

  return same
    ? null
    : `${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`;
}

function compareValue(
  actual: unknown,
  expected: unknown,
  path: string,
  program: Program | undefined,
  mismatches: string[],
): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      mismatches.push(
        `${path}: ${JSON.stringify(actual)} is not a list of ` +
          `${String(expected.length)}`,
      );
      return;
    }
    expected.forEach((item, index) => {
      const itemPath = `${path}[${String(index)}]`;
      compareValue(actual[index], item, itemPath, program, mismatches);
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
      compareValue(
        actualFields[key],
        expectedFields[key],
        `${path}.${key}`,
        program,
        mismatches,
      );
    }
    return;
  }

  const mismatch = comparePlain(actual, expected, path, program);
  if (mismatch !== null) mismatches.push(mismatch);
}

/** Every difference, each with its path; empty when they agree. */
export function calculateJsonMismatches(
  actual: unknown,
  expected: unknown,
  programs: readonly Program[],
): string[] {
  const mismatches: string[] = [];
  const byCode = new Map(programs.map((program) => [program.code, program]));
  const actualJson = actual as { results?: unknown; warnings?: unknown };
  const expectedJson = expected as { results?: unknown; warnings?: unknown };
  const expectedResults = Array.isArray(expectedJson.results)
    ? (expectedJson.results as { program?: string }[])
    : [];
  const actualResults = Array.isArray(actualJson.results)
    ? (actualJson.results as unknown[])
    : [];

  if (actualResults.length !== expectedResults.length) {
    mismatches.push(
      `results: ${String(actualResults.length)} rows, expected ` +
        `${String(expectedResults.length)}`,
    );
  }
  expectedResults.forEach((row, index) => {
    const program = byCode.get(row.program ?? '');
    const path = `results[${String(index)}]`;
    compareValue(actualResults[index], row, path, program, mismatches);
  });
  compareValue(
    actualJson.warnings,
    expectedJson.warnings,
    'warnings',
    undefined,
    mismatches,
  );

  return mismatches;
}
