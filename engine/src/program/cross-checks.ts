// DESIGN §4.2 rules that relate several fields. They read the raw file
// defensively, so they still run, and still report, when some other field is
// malformed: an author sees every problem at once.
import type { z } from 'zod';
import type { Dec } from '../money/dec.js';
import {
  MAX_NUMBER_DIGITS,
  parseDecimal,
  parseProgramNumber,
  significantDigits,
} from '../money/parse.js';
import type { BaseKind, MeasureKind, ProgramProblem } from './program.js';
import { formatPath } from './path.js';
import { defaultBase, isMoneyBase, isMoneyMeasure } from './kinds.js';
import {
  accumulateSchema,
  baseSchema,
  measureSchema,
  methodSchema,
} from './schema.js';

type Fields = Record<string, unknown>;

function fieldsOf(value: unknown): Fields | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return null;
  }

  return value as Fields;
}

function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = fieldsOf(current)?.[key];

  return current;
}

function validOrUndefined<T>(
  schema: z.ZodType<T>,
  value: unknown,
): T | undefined {
  const parsed = schema.safeParse(value);

  return parsed.success ? parsed.data : undefined;
}

function decimalOf(
  value: unknown,
  path: string,
  numberTexts: ReadonlyMap<string, string>,
): Dec | null {
  const parsed =
    typeof value === 'string'
      ? parseDecimal(value)
      : typeof value === 'number'
        ? parseProgramNumber(value, numberTexts.get(path))
        : null;

  return parsed?.ok === true ? parsed.value : null;
}

function tierList(file: unknown): Fields[] {
  const tiers = field(file, 'tiers');
  if (!Array.isArray(tiers)) return [];

  return tiers.map((tier) => fieldsOf(tier) ?? {});
}

function checkTiers(
  file: unknown,
  numberTexts: ReadonlyMap<string, string>,
): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  let previous: { from: Dec; index: number } | null = null;

  tierList(file).forEach((tier, index) => {
    const fromPath = formatPath(['tiers', index, 'from']);
    const hasPrice = ['rate', 'per_unit', 'amount'].some((key) => key in tier);
    if (!hasPrice) {
      problems.push({
        path: formatPath(['tiers', index]),
        message: 'a tier needs a rate, a per_unit or an amount',
      });
    }

    const from = decimalOf(tier['from'], fromPath, numberTexts);
    if (from === null) return;
    if (previous !== null && from.lte(previous.from)) {
      problems.push({
        path: fromPath,
        message: `must be greater than tiers[${String(previous.index)}].from`,
      });
    }
    previous = { from, index };
  });

  return problems;
}

function tiersWith(file: unknown, key: string): number[] {
  return tierList(file).flatMap((tier, index) =>
    tier[key] === undefined ? [] : [index],
  );
}

function checkMethod(file: unknown): ProgramProblem[] {
  const measure = validOrUndefined(measureSchema, field(file, 'measure'));
  if (measure === undefined) return [];

  const writtenBase = field(file, 'base');
  const base: BaseKind | undefined =
    writtenBase === undefined
      ? defaultBase(measure)
      : validOrUndefined(baseSchema, writtenBase);
  const method = validOrUndefined(
    methodSchema,
    field(file, 'method') ?? 'retroactive',
  );
  if (base === undefined || method === undefined) return [];

  return method === 'retroactive'
    ? checkRetroactive(file, base)
    : checkIncremental(file, measure, base, writtenBase !== undefined);
}

function checkRetroactive(file: unknown, base: BaseKind): ProgramProblem[] {
  if (isMoneyBase(base)) return [];

  return tiersWith(file, 'rate').map((index) => ({
    path: formatPath(['tiers', index, 'rate']),
    message: `a percentage rate needs a money base, and the base is ${base}`,
  }));
}

function checkIncremental(
  file: unknown,
  measure: MeasureKind,
  base: BaseKind,
  baseWritten: boolean,
): ProgramProblem[] {
  if (base !== measure) {
    return [
      baseWritten
        ? {
            path: 'base',
            message: `incremental needs base = measure (${measure})`,
          }
        : {
            path: 'method',
            message:
              'incremental needs base = measure, ' +
              `and ${measure} cannot be a base`,
          },
    ];
  }

  const rateProblems = isMoneyMeasure(measure)
    ? []
    : tiersWith(file, 'rate').map((index) => ({
        path: formatPath(['tiers', index, 'rate']),
        message:
          'an incremental rate needs a money measure, ' +
          `and the measure is ${measure}`,
      }));
  const perUnitProblems =
    measure === 'quantity'
      ? []
      : tiersWith(file, 'per_unit').map((index) => ({
          path: formatPath(['tiers', index, 'per_unit']),
          message:
            'an incremental per_unit needs the quantity measure, ' +
            `and the measure is ${measure}`,
        }));

  return [...rateProblems, ...perUnitProblems];
}

function checkTerm(file: unknown): ProgramProblem[] {
  const start = field(file, 'period', 'start');
  const end = field(file, 'period', 'end');
  if (typeof start !== 'string' || typeof end !== 'string') return [];
  if (end >= start) return [];

  return [{ path: 'period.end', message: 'must not be before period.start' }];
}

function checkCaps(file: unknown): ProgramProblem[] {
  const accumulate = validOrUndefined(
    accumulateSchema,
    field(file, 'period', 'accumulate'),
  );
  if (accumulate !== 'cumulative') return [];
  if (field(file, 'cap', 'per_period') === undefined) return [];

  return [
    {
      path: 'cap.per_period',
      message: 'cannot be used with period.accumulate: cumulative',
    },
  ];
}

function checkSelectors(file: unknown): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  const kinds = {
    customers: 'codes, groups, regions or tags',
    products: 'skus, categories or brands',
  } as const;

  for (const scope of ['customers', 'products'] as const) {
    for (const list of ['include', 'exclude'] as const) {
      const selector = fieldsOf(field(file, 'eligibility', scope, list));
      if (selector === null || Object.keys(selector).length > 0) continue;

      problems.push({
        path: formatPath(['eligibility', scope, list]),
        message: `must list at least one kind: ${kinds[scope]}`,
      });
    }
  }

  return problems;
}

/** YAML also reads 0x1F, 0o17 and .inf as numbers; a program means decimals. */
const DECIMAL_LITERAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function checkNumberLiterals(
  numberTexts: ReadonlyMap<string, string>,
): ProgramProblem[] {
  return [...numberTexts].flatMap(([path, text]) => {
    if (!DECIMAL_LITERAL.test(text)) {
      return [{ path, message: `${text} must be written in decimal digits` }];
    }
    if (significantDigits(text) <= MAX_NUMBER_DIGITS) return [];

    return [
      {
        path,
        message:
          `${text} has more than ${String(MAX_NUMBER_DIGITS)} significant ` +
          'digits and cannot be read exactly; write it as a string',
      },
    ];
  });
}

export function crossCheckProgram(
  file: unknown,
  numberTexts: ReadonlyMap<string, string>,
): ProgramProblem[] {
  return [
    ...checkTerm(file),
    ...checkSelectors(file),
    ...checkTiers(file, numberTexts),
    ...checkMethod(file),
    ...checkCaps(file),
    ...checkNumberLiterals(numberTexts),
  ];
}
