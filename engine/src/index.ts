// The engine's public API: pure functions over decimal strings. The server,
// the CLI and the web code against exactly these names.
export type {
  Customer,
  Product,
  SalesLine,
  Target,
  CalculationInput,
} from './calculation/input.js';
export type {
  CalculationOutput,
  CalculationWarning,
  CapStep,
  Band,
  ConditionCheck,
  ConditionName,
  EntitlementPart,
  Explanation,
  Forecast,
  ForecastMethod,
  NextTier,
  Period,
  RebateResult,
  ReasonCode,
  WarningReason,
} from './calculation/output.js';
export { REASON_CODES } from './calculation/output.js';
export { calculate } from './calculation/calculate.js';
export {
  toCalculateJson,
  type CalculateJson,
  type CalculateJsonForecast,
  type CalculateJsonNext,
  type CalculateJsonResult,
  type CalculateJsonWarning,
} from './calculation/to-json.js';
export { validateTargets, type TargetProblem } from './calculation/targets.js';
export { compareCodePoints } from './calculation/order.js';

export type {
  Accounting,
  AccrualAt,
  Accumulate,
  BaseKind,
  Cap,
  Conditions,
  CustomerSelector,
  Eligibility,
  Enrollment,
  MeasureKind,
  ParseProgramResult,
  Payout,
  PayoutBalance,
  PayoutForm,
  ProductSelector,
  Program,
  ProgramProblem,
  ProgramTerm,
  ProgramTier,
  Rounding,
  RoundingMode,
  Scope,
  Settle,
  TierMethod,
} from './program/program.js';
export { parseProgram } from './program/parse-program.js';
export { programJsonSchema } from './program/json-schema.js';

export {
  programPeriods,
  allProgramPeriods,
} from './periods/program-periods.js';
export {
  addDays,
  daysBetween,
  inclusiveDays,
  isIsoDate,
  isLastDayOfFebruary,
  type IsoDate,
} from './periods/dates.js';
export { termPeriods, type TermPeriod } from './periods/periods.js';
export { periodWindow, type DateWindow } from './periods/window.js';
export {
  yearBackEnd,
  yearBackStart,
  yearBackWindow,
} from './periods/year-back.js';

export { matchesCustomer, matchesProduct } from './scope/eligibility.js';

export { Dec, maxDec, minDec, sumDec } from './money/dec.js';
export type { RoundingModeName } from './money/dec.js';
export {
  MONEY_DECIMALS,
  QUANTITY_DECIMALS,
  MAX_NUMBER_DIGITS,
  parseDecimal,
  parseMoney,
  parsePercent,
  parseProgramNumber,
  parseQuantity,
  significantDigits,
  type DecParseResult,
} from './money/parse.js';
export { formatAmount, formatPercent } from './money/format.js';
export { MAX_SAFE_FEN, fromFen, isSafeFen, toFen } from './money/fen.js';

export {
  calculateColumns,
  type ColumnsInput,
} from './kernel/calculate-columns.js';
export {
  columnsFromLines,
  type LineColumns,
} from './kernel/columns-from-lines.js';
export { KernelRangeError } from './kernel/kernel-range.js';
export {
  NO_DAY,
  SalesColumnsBuilder,
  type SalesColumns,
} from './kernel/sales-columns.js';
export {
  MONEY_UNIT_DECIMALS,
  QUANTITY_UNIT_DECIMALS,
  scaleBitsOf,
} from './kernel/units.js';
export { toDayNumber } from './periods/dates.js';

export { allocateByLargestRemainder } from './money/allocate.js';
export {
  splitCreditNote,
  type CreditNote,
  type CreditNoteLine,
  type CreditNoteResult,
  type SalesAtVatRate,
} from './payouts/credit-note.js';
export {
  planGoods,
  type GoodsLine,
  type GoodsPick,
  type GoodsPlan,
  type GoodsProblem,
  type GoodsResult,
} from './payouts/goods.js';
export {
  creditValidUntil,
  drawOnBalance,
  expiredCredits,
  isExpired,
  type BalanceCredit,
  type BalanceOrder,
  type BalanceRules,
  type CreditDraw,
  type CreditExpiry,
  type DrawResult,
  type DrawRule,
  type ProgramDraw,
} from './payouts/balance.js';
