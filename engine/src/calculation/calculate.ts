// DESIGN §4.3 and §4.4: a row for every program, in-scope customer with a
// line in the term, and started period; warnings for other currencies.
import { isIsoDate } from '../periods/dates.js';
import { programPeriods } from '../periods/program-periods.js';
import { assembleOutput } from './assemble-output.js';
import { customerResults, periodFrames } from './customer-periods.js';
import { lineFigures } from './figure-source.js';
import type { CalculationInput } from './input.js';
import { prepareLines } from './lines.js';
import type {
  CalculationOutput,
  CalculationWarning,
  RebateResult,
} from './output.js';
import { planProgram } from './plan.js';
import { selectProgramLines } from './program-lines.js';
import { TargetBook } from './targets.js';

export function calculate(input: CalculationInput): CalculationOutput {
  const { asOf } = input;
  if (!isIsoDate(asOf)) {
    throw new RangeError(`as-of date "${asOf}" is not a YYYY-MM-DD date`);
  }

  const customersByCode = new Map(
    input.customers.map((customer) => [customer.code, customer]),
  );
  const productsBySku = new Map(
    input.products.map((product) => [product.sku, product]),
  );
  const lines = prepareLines(input.sales, productsBySku);
  const targets = new TargetBook(input.targets);

  const results: RebateResult[] = [];
  const warnings: CalculationWarning[] = [];

  for (const program of input.programs) {
    const plan = planProgram(program);
    const programLines = selectProgramLines(plan, lines, customersByCode, asOf);
    if (programLines.otherCurrencyLines > 0) {
      warnings.push({
        programCode: program.code,
        reason: 'currency',
        lines: programLines.otherCurrencyLines,
      });
    }

    const frames = periodFrames(plan, programPeriods(program, asOf), asOf);
    for (const customerCode of programLines.rowCustomers) {
      results.push(
        ...customerResults({
          plan,
          customerCode,
          figuresIn: lineFigures(
            programLines.byCustomer.get(customerCode) ?? [],
          ),
          frames,
          targets,
        }),
      );
    }
  }

  return assembleOutput(results, warnings);
}
